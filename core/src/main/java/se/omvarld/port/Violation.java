package se.omvarld.port;

import static com.google.common.base.Preconditions.checkNotNull;

/** One field of a command that failed validation, and why. */
public record Violation(String field, String reason) {

    public Violation {
        checkNotNull(field, "field is required");
        checkNotNull(reason, "reason is required");
    }

    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
