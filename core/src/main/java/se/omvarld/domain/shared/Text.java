package se.omvarld.domain.shared;

import static com.google.common.base.Preconditions.checkNotNull;

/** Checks for the free text the register keeps: present, not blank, and of a length a person can read. */
public final class Text {

    public static final int MAX_LENGTH = 4000;
    /** Names and titles are listed, sorted and indexed: kept short enough for any database's index entries. */
    public static final int MAX_NAME_LENGTH = 300;

    private Text() {
    }

    /** The stripped text, or an error naming the field when it is missing, blank or too long. */
    public static String required(String field, String value) {
        return checked(field, value, MAX_LENGTH);
    }

    /** A name or title: present, not blank, at most {@value #MAX_NAME_LENGTH} characters. */
    public static String name(String field, String value) {
        return checked(field, value, MAX_NAME_LENGTH);
    }

    private static String checked(String field, String value, int maxLength) {
        checkNotNull(value, "%s is required", field);
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw InvalidValue.of(WordingKey.FIELD_BLANK, field + " must not be blank", field);
        }
        if (stripped.length() > maxLength) {
            throw InvalidValue.of(WordingKey.FIELD_TOO_LONG, field + " must be at most " + maxLength + " characters",
                    field, maxLength);
        }
        return stripped;
    }
}
