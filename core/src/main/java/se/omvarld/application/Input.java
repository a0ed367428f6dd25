package se.omvarld.application;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.shared.InvalidValue;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;
import se.omvarld.port.Violation;

/**
 * Turns a command's plain values into domain values, collecting every failure as a violation of the named field,
 * so a caller learns about all bad fields at once. Only a value's own check ({@link IllegalArgumentException}) is the
 * field's fault; anything else is a fault of the program and propagates.
 */
final class Input {

    static final Wording REQUIRED_TO_APPROVE = Wording.of(WordingKey.FIELD_REQUIRED_TO_APPROVE,
            "is required to approve");
    static final Wording REQUIRED_TO_GRANT = Wording.of(WordingKey.FIELD_REQUIRED_TO_GRANT, "is required to grant");

    private final List<Violation> violations = new ArrayList<>();

    /** The domain value, or null after recording why {@code field} could not become one. */
    <T> T field(String field, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(field, wording(e)));
            return null;
        }
    }

    /**
     * Records a violation of {@code field} if {@code day} is after {@code today}: a decision, submission or record
     * is dated on the day it happened, which cannot be later than today.
     */
    void notAfter(String field, LocalDate day, LocalDate today) {
        if (day != null && day.isAfter(today)) {
            violations.add(new Violation(field, Wording.of(WordingKey.FIELD_AFTER_TODAY, "must not be after today ("
                    + today + ")", today)));
        }
    }

    /** The value of a field a step needs although the command may leave it out, or null after recording so. */
    <T> T required(String field, T value, Wording reason) {
        if (value == null) {
            violations.add(new Violation(field, reason));
        }
        return value;
    }

    /** Why a value's check failed: its wording where it has one, else its message in English. */
    static Wording wording(IllegalArgumentException e) {
        if (e instanceof InvalidValue invalid) {
            return invalid.wording();
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? Wording.of(WordingKey.FIELD_INVALID, "is invalid")
                : Wording.unkeyed(e.getMessage());
    }

    /** Why a unit named in a command is not the municipality's, with the units it has. */
    static Wording unitNotOf(Municipality municipality) {
        List<String> units = municipality.units().stream().map(u -> u.id().value()).toList();
        return Wording.of(WordingKey.FIELD_UNIT_NOT_OF_MUNICIPALITY, "is not a unit of " + municipality.name()
                + ": it has " + units, municipality.name(), String.join(", ", units));
    }

    /** Throws if any field failed; call before using the converted values. */
    void check() {
        if (!violations.isEmpty()) {
            throw new InvalidInput(ImmutableList.copyOf(violations));
        }
    }
}
