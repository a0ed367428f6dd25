package se.omvarld.domain.shared;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/** Checks for the free text the register keeps: present, not blank, and of a length a person can read. */
public final class Text {

    public static final int MAX_LENGTH = 4000;

    private Text() {
    }

    /** The stripped text, or an error naming the field when it is missing, blank or too long. */
    public static String required(String field, String value) {
        checkNotNull(value, "%s is required", field);
        String stripped = value.strip();
        checkArgument(!stripped.isEmpty(), "%s must not be blank", field);
        checkArgument(stripped.length() <= MAX_LENGTH, "%s must be at most %s characters", field, MAX_LENGTH);
        return stripped;
    }
}
