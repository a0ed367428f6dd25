package se.omvarld.domain.shared;

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
        if (value.length() > MAX_LENGTH || !FORM.matcher(value).matches()) {
            throw InvalidValue.of(WordingKey.FIELD_UNIT_ID, "unit id must be lower-case letters and digits in"
                    + " '-'-separated words, at most " + MAX_LENGTH + " characters, was '" + value + "'", MAX_LENGTH, value);
        }
    }

    public static UnitId of(String value) {
        return new UnitId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
