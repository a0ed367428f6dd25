package se.omvarld.domain.municipality;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;
import se.omvarld.domain.shared.InvalidValue;
import se.omvarld.domain.shared.WordingKey;

/**
 * A Swedish organisation number (organisationsnummer), ten digits of which the last is a Luhn check digit over the
 * first nine, as Bolagsverket and Skatteverket give it. A municipality's begins 212000 (legal form 2, the state,
 * regions and municipalities; 12000 the municipalities' series). Kept as its ten digits, written NNNNNN-NNNN.
 *
 * @param value the ten digits, without the hyphen
 */
public record OrganisationNumber(String value) {

    /** The first six digits every Swedish municipality's number shares. */
    public static final String MUNICIPALITY_PREFIX = "212000";

    private static final Pattern WRITTEN = Pattern.compile("\\d{6}-?\\d{4}");

    public OrganisationNumber {
        checkNotNull(value, "organisation number is required");
        if (value.length() != 10 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw InvalidValue.of(WordingKey.FIELD_ORGANISATION_NUMBER_DIGITS, "an organisation number is ten digits,"
                    + " was '" + value + "'", value);
        }
        if (checkDigit(value.substring(0, 9)) != value.charAt(9) - '0') {
            throw InvalidValue.of(WordingKey.FIELD_ORGANISATION_NUMBER_CHECK_DIGIT, "organisation number " + value
                    + " fails its check digit", value);
        }
    }

    /** Parses "212000-1710" or "2120001710" (surrounding blanks ignored), or an error naming what is wrong. */
    public static OrganisationNumber parse(String written) {
        checkNotNull(written, "organisation number is required");
        String stripped = written.strip();
        if (!WRITTEN.matcher(stripped).matches()) {
            throw InvalidValue.of(WordingKey.FIELD_ORGANISATION_NUMBER_DIGITS, "an organisation number is ten digits,"
                    + " written NNNNNN-NNNN or NNNNNNNNNN, was '" + written + "'", written);
        }
        return new OrganisationNumber(stripped.replace("-", ""));
    }

    /** Parses a municipality's number: as {@link #parse}, and it must begin {@value #MUNICIPALITY_PREFIX}. */
    public static OrganisationNumber parseMunicipal(String written) {
        OrganisationNumber number = parse(written);
        if (!number.isMunicipality()) {
            throw InvalidValue.of(WordingKey.FIELD_ORGANISATION_NUMBER_NOT_MUNICIPAL, number + " is not a"
                    + " municipality's organisation number (those begin " + MUNICIPALITY_PREFIX + ")",
                    number.toString(), MUNICIPALITY_PREFIX);
        }
        return number;
    }

    /** Whether it is in the series of Sweden's municipalities. */
    public boolean isMunicipality() {
        return value.startsWith(MUNICIPALITY_PREFIX);
    }

    /** The Luhn digit: from the left, digits doubled and not in turn, the digits of the products summed. */
    private static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int product = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return (10 - sum % 10) % 10;
    }

    /** The number as Swedish registers write it, NNNNNN-NNNN. */
    @Override
    public String toString() {
        return value.substring(0, 6) + "-" + value.substring(6);
    }
}
