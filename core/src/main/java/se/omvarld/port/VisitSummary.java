package se.omvarld.port;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.VisitId;
import se.omvarld.domain.visit.Direction;

/** One line of a list of visits, read in one query. */
public record VisitSummary(VisitId id, Optional<PartnershipId> partnership, Direction direction, LocalDate firstDay,
        LocalDate lastDay, String purpose, int participants, long version) {

    public VisitSummary {
        checkNotNull(id, "id is required");
        checkNotNull(partnership, "partnership is required (may be empty)");
        checkNotNull(direction, "direction is required");
        checkNotNull(firstDay, "firstDay is required");
        checkNotNull(lastDay, "lastDay is required");
        checkNotNull(purpose, "purpose is required");
    }
}
