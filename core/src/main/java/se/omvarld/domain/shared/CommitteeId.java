package se.omvarld.domain.shared;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/**
 * The stable identity of a committee (nämnd): a readable key given when the committee is first registered, e.g.
 * {@code barn-och-skolnamnden}, kept when the committee is renamed after an election, so that what was recorded
 * against it (an annual-report section, a project) stays with it.
 */
public record CommitteeId(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int MAX_LENGTH = 120;

    public CommitteeId {
        checkNotNull(value, "committee id is required");
        if (value.length() > MAX_LENGTH || !FORM.matcher(value).matches()) {
            throw InvalidValue.of(WordingKey.FIELD_COMMITTEE_ID, "committee id must be lower-case letters and digits in"
                    + " '-'-separated words, at most " + MAX_LENGTH + " characters, was '" + value + "'", MAX_LENGTH, value);
        }
    }

    public static CommitteeId of(String value) {
        return new CommitteeId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
