package se.omvarld.application;

import com.google.common.collect.ImmutableList;
import se.omvarld.port.Violation;

/** Raised inside a use case when a valid-looking command does not make valid domain values; becomes Invalid. */
final class InvalidInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ImmutableList<Violation> violations;

    InvalidInput(ImmutableList<Violation> violations) {
        super(violations.toString(), null, false, false);
        this.violations = violations;
    }

    ImmutableList<Violation> violations() {
        return violations;
    }
}
