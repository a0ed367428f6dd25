package se.omvarld.application;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import se.omvarld.port.Violation;

/**
 * Turns a command's plain values into domain values, collecting every failure as a violation of the named field,
 * so a caller learns about all bad fields at once. Only a value's own check ({@link IllegalArgumentException}) is the
 * field's fault; anything else is a fault of the program and propagates.
 */
final class Input {

    private final List<Violation> violations = new ArrayList<>();

    /** The domain value, or null after recording why {@code field} could not become one. */
    <T> T field(String field, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(field, e.getMessage() == null ? "is invalid" : e.getMessage()));
            return null;
        }
    }

    /**
     * Records a violation of {@code field} if {@code day} is after {@code today}: a decision, submission or record
     * is dated on the day it happened, which cannot be later than today.
     */
    void notAfter(String field, LocalDate day, LocalDate today) {
        if (day != null && day.isAfter(today)) {
            violations.add(new Violation(field, "must not be after today (" + today + ")"));
        }
    }

    /** The value of a field a step needs although the command may leave it out, or null after recording so. */
    <T> T required(String field, T value, String reason) {
        if (value == null) {
            violations.add(new Violation(field, reason));
        }
        return value;
    }

    /** Throws if any field failed; call before using the converted values. */
    void check() {
        if (!violations.isEmpty()) {
            throw new InvalidInput(ImmutableList.copyOf(violations));
        }
    }
}
