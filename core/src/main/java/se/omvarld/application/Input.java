package se.omvarld.application;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import se.omvarld.port.Violation;

/**
 * Turns a command's plain values into domain values, collecting every failure as a violation of the named field,
 * so a caller learns about all bad fields at once.
 */
final class Input {

    private final List<Violation> violations = new ArrayList<>();

    /** The domain value, or null after recording why {@code field} could not become one. */
    <T> T field(String field, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            violations.add(new Violation(field, e.getMessage() == null ? "is invalid" : e.getMessage()));
            return null;
        }
    }

    /** Throws if any field failed; call before using the converted values. */
    void check() {
        if (!violations.isEmpty()) {
            throw new InvalidInput(ImmutableList.copyOf(violations));
        }
    }
}
