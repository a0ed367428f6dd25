package se.omvarld.domain.shared;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/**
 * The stable identity of a unit (verksamhet, skola, bolag): a readable key given when the unit is first registered,
 * e.g. {@code barn-skola} for "Barn &amp; Skola", kept when the unit is renamed, so that the projects it owns stay
 * with it. Of the same form as a {@link CommitteeId}.
 */
public record UnitId(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int MAX_LENGTH = 120;

    public UnitId {
        checkNotNull(value, "unit id is required");
        checkArgument(value.length() <= MAX_LENGTH && FORM.matcher(value).matches(),
                "unit id must be lower-case letters and digits in '-'-separated words, at most %s characters,"
                + " was '%s'", MAX_LENGTH, value);
    }

    public static UnitId of(String value) {
        return new UnitId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
