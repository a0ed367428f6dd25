package se.omvarld.port;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import se.omvarld.domain.grant.GrantStatus;

/**
 * Which association grants a list holds (each filter left empty matches all) and in which order. {@code year}
 * matches the grants applied for in that year.
 */
public record GrantQuery(Optional<GrantStatus> status, Optional<Integer> year, Sort sort) {

    /** The orders of a list of grants; ties are broken by id (in its canonical text form), ascending. */
    public enum Sort {
        APPLIED_ON, APPLIED_ON_DESCENDING, ASSOCIATION, ASSOCIATION_DESCENDING
    }

    public GrantQuery {
        checkNotNull(status, "status is required (may be empty)");
        checkNotNull(year, "year is required (may be empty)");
        checkNotNull(sort, "sort is required");
    }

    /** Every grant, by application day. */
    public static GrantQuery all() {
        return new GrantQuery(Optional.empty(), Optional.empty(), Sort.APPLIED_ON);
    }
}
