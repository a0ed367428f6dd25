package se.omvarld.domain.access;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * What a person wants to be reminded of by e-mail (påminnelser): a weekly digest of what they answer for, and/or a
 * reminder a chosen number of days (1 to 90) before each due date.
 */
public record ReminderPreferences(boolean weeklyDigest, Optional<Integer> daysBefore) {

    public static final int MAX_DAYS_BEFORE = 90;

    public ReminderPreferences {
        checkNotNull(daysBefore, "daysBefore is required (may be empty)");
        daysBefore.ifPresent(days -> checkArgument(days >= 1 && days <= MAX_DAYS_BEFORE,
                "daysBefore must be from 1 to %s", MAX_DAYS_BEFORE));
    }

    /** No e-mail at all. */
    public static ReminderPreferences none() {
        return new ReminderPreferences(false, Optional.empty());
    }

    public boolean wantsAny() {
        return weeklyDigest || daysBefore.isPresent();
    }
}
