package se.omvarld.port;

import static com.google.common.base.Preconditions.checkNotNull;

import se.omvarld.domain.shared.Wording;

/**
 * One field of a command that failed validation, and why: a key ({@code field.…}) any language can say, and the
 * English {@link #reason()}.
 */
public record Violation(String field, Wording wording) {

    public Violation {
        checkNotNull(field, "field is required");
        checkNotNull(wording, "wording is required");
    }

    /** Why the field is invalid, in English. */
    public String reason() {
        return wording.english();
    }

    @Override
    public String toString() {
        return field + ": " + reason();
    }
}
