package se.omvarld.port;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import se.omvarld.domain.partnership.PartnershipStatus;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.PartnerId;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.PartnershipKind;

/** One line of a list of partnerships: the partnership with its partner's name and locality, read in one query. */
public record PartnershipSummary(PartnershipId id, String title, PartnershipKind kind, PartnershipStatus status,
        PartnerId partner, String partnerName, CountryCode country, String locality, LocalDate proposedOn,
        Optional<LocalDate> activatedOn, long version) {

    public PartnershipSummary {
        checkNotNull(id, "id is required");
        checkNotNull(title, "title is required");
        checkNotNull(kind, "kind is required");
        checkNotNull(status, "status is required");
        checkNotNull(partner, "partner is required");
        checkNotNull(partnerName, "partnerName is required");
        checkNotNull(country, "country is required");
        checkNotNull(locality, "locality is required");
        checkNotNull(proposedOn, "proposedOn is required");
        checkNotNull(activatedOn, "activatedOn is required (may be empty)");
    }
}
