package se.omvarld.port;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import se.omvarld.domain.partner.PartnerKind;
import se.omvarld.domain.shared.CountryCode;

/** Which partners a list holds (each filter left empty matches all) and in which order. */
public record PartnerQuery(Optional<PartnerKind> kind, Optional<CountryCode> country, Sort sort) {

    /** The orders of a list of partners; ties are broken by id (in its canonical text form), ascending. */
    public enum Sort {
        NAME, NAME_DESCENDING
    }

    public PartnerQuery {
        checkNotNull(kind, "kind is required (may be empty)");
        checkNotNull(country, "country is required (may be empty)");
        checkNotNull(sort, "sort is required");
    }

    /** Every partner, by name. */
    public static PartnerQuery all() {
        return new PartnerQuery(Optional.empty(), Optional.empty(), Sort.NAME);
    }
}
