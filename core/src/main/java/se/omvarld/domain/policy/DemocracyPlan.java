package se.omvarld.domain.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import se.omvarld.domain.shared.Text;

/**
 * How the cooperation reflects on democratic processes and states the municipality's values on democracy and
 * human rights: what R2 asks of partnerships in non-democratic countries.
 */
public record DemocracyPlan(String reflection, LocalDate adoptedOn) {

    public DemocracyPlan {
        reflection = Text.required("democracy plan reflection", reflection);
        checkNotNull(adoptedOn, "adoptedOn is required");
    }
}
