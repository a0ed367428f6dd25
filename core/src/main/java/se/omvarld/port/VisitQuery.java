package se.omvarld.port;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.visit.Direction;

/**
 * Which visits a list holds (each filter left empty matches all) and in which order. {@code year} matches the visits
 * whose first day falls in that year.
 */
public record VisitQuery(Optional<Direction> direction, Optional<PartnershipId> partnership, Optional<Integer> year,
        Sort sort) {

    /** The orders of a list of visits; ties are broken by id (in its canonical text form), ascending. */
    public enum Sort {
        FIRST_DAY, FIRST_DAY_DESCENDING
    }

    public VisitQuery {
        checkNotNull(direction, "direction is required (may be empty)");
        checkNotNull(partnership, "partnership is required (may be empty)");
        checkNotNull(year, "year is required (may be empty)");
        checkNotNull(sort, "sort is required");
    }

    /** Every visit, by first day. */
    public static VisitQuery all() {
        return new VisitQuery(Optional.empty(), Optional.empty(), Optional.empty(), Sort.FIRST_DAY);
    }
}
