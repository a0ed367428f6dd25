package se.omvarld.domain.shared;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A recorded decision (beslut): who decided, on which day, under which reference number (diarienummer).
 * Older decisions taken over from paper archives may lack a reference number.
 */
public record Decision(Body decidedBy, LocalDate date, Optional<String> reference) {

    public Decision {
        checkNotNull(decidedBy, "deciding body is required");
        if (!decidedBy.kind().isMunicipal()) {
            throw InvalidValue.of(WordingKey.FIELD_DECISION_NOT_MUNICIPAL, "a decision is taken by a body of the"
                    + " municipality, not by " + decidedBy.kind(), decidedBy.kind());
        }
        checkNotNull(date, "decision date is required");
        checkNotNull(reference, "reference is required (may be empty)");
        reference = reference.map(String::strip);
        if (reference.filter(String::isEmpty).isPresent()) {
            throw InvalidValue.of(WordingKey.FIELD_REFERENCE_BLANK, "reference must not be blank when given");
        }
    }

    public static Decision of(Body decidedBy, LocalDate date, String reference) {
        return new Decision(decidedBy, date, Optional.of(reference));
    }

    public static Decision unreferenced(Body decidedBy, LocalDate date) {
        return new Decision(decidedBy, date, Optional.empty());
    }
}
