package se.omvarld.port;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import se.omvarld.domain.grant.GrantStatus;
import se.omvarld.domain.shared.GrantId;
import se.omvarld.domain.shared.Money;

/** One line of a list of association grants, read in one query. */
public record GrantSummary(GrantId id, String association, GrantStatus status, Money requested,
        Optional<Money> granted, LocalDate exchangeStart, LocalDate exchangeEnd, LocalDate appliedOn, long version) {

    public GrantSummary {
        checkNotNull(id, "id is required");
        checkNotNull(association, "association is required");
        checkNotNull(status, "status is required");
        checkNotNull(requested, "requested is required");
        checkNotNull(granted, "granted is required (may be empty)");
        checkNotNull(exchangeStart, "exchangeStart is required");
        checkNotNull(exchangeEnd, "exchangeEnd is required");
        checkNotNull(appliedOn, "appliedOn is required");
    }
}
