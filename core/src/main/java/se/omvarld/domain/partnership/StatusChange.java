package se.omvarld.domain.partnership;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import se.omvarld.domain.shared.Decision;

/** One step of a partnership's lifecycle and the decision that took it. */
public record StatusChange(PartnershipStatus from, PartnershipStatus to, Decision decision) {

    public StatusChange {
        checkNotNull(from, "from is required");
        checkNotNull(to, "to is required");
        checkNotNull(decision, "decision is required");
        checkArgument(from != to, "a status change must change the status");
    }
}
