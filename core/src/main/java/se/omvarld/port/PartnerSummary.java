package se.omvarld.port;

import static com.google.common.base.Preconditions.checkNotNull;

import se.omvarld.domain.partner.PartnerKind;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.PartnerId;

/** One line of a list of partners, read in one query. */
public record PartnerSummary(PartnerId id, PartnerKind kind, String name, CountryCode country, String locality,
        long version) {

    public PartnerSummary {
        checkNotNull(id, "id is required");
        checkNotNull(kind, "kind is required");
        checkNotNull(name, "name is required");
        checkNotNull(country, "country is required");
        checkNotNull(locality, "locality is required");
    }
}
