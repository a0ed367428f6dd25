package se.omvarld.port;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import se.omvarld.domain.partnership.PartnershipStatus;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.PartnershipKind;

/** Which partnerships a list holds (each filter left empty matches all) and in which order. */
public record PartnershipQuery(Optional<PartnershipStatus> status, Optional<PartnershipKind> kind,
        Optional<CountryCode> country, Sort sort) {

    /** The orders of a list of partnerships; ties are broken by id (in its canonical text form), ascending. */
    public enum Sort {
        TITLE, TITLE_DESCENDING, PROPOSED_ON, PROPOSED_ON_DESCENDING
    }

    public PartnershipQuery {
        checkNotNull(status, "status is required (may be empty)");
        checkNotNull(kind, "kind is required (may be empty)");
        checkNotNull(country, "country is required (may be empty)");
        checkNotNull(sort, "sort is required");
    }

    /** Every partnership, by title. */
    public static PartnershipQuery all() {
        return new PartnershipQuery(Optional.empty(), Optional.empty(), Optional.empty(), Sort.TITLE);
    }
}
