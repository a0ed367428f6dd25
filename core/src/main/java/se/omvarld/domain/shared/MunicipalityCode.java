package se.omvarld.domain.shared;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/**
 * A municipality's official four-digit code (kommunkod), e.g. {@code 1494} for Lidköping, {@code 0138} for Tyresö.
 * Every aggregate belongs to exactly one municipality; the code scopes every query.
 */
public record MunicipalityCode(String value) implements Comparable<MunicipalityCode> {

    /** Compiled once: {@code String.matches} compiled it for every code, thousands per register read. */
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    public MunicipalityCode {
        checkNotNull(value, "municipality code is required");
        if (!FOUR_DIGITS.matcher(value).matches()) {
            throw InvalidValue.of(WordingKey.FIELD_MUNICIPALITY_CODE, "municipality code must be four digits, was '"
                    + value + "'", value);
        }
        if (value.equals("0000")) {
            throw InvalidValue.of(WordingKey.FIELD_MUNICIPALITY_CODE_ZERO,
                    "municipality code 0000 is not a municipality");
        }
    }

    public static MunicipalityCode of(String value) {
        return new MunicipalityCode(value);
    }

    @Override
    public int compareTo(MunicipalityCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
