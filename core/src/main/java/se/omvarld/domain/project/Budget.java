package se.omvarld.domain.project;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import se.omvarld.domain.shared.Money;

/**
 * A project's money, each amount in its own currency (EUR for EU programmes, SEK for Sida/ICLD, ...): the total,
 * the external funding applied for or granted, and the municipality's own contribution (egenfinansiering).
 */
public record Budget(Money total, Money externalFunding, Money ownContribution) {

    public Budget {
        checkNotNull(total, "total is required");
        checkNotNull(externalFunding, "externalFunding is required");
        checkNotNull(ownContribution, "ownContribution is required");
        checkArgument(!total.isNegative(), "total must not be negative");
        checkArgument(!externalFunding.isNegative(), "externalFunding must not be negative");
        checkArgument(!ownContribution.isNegative(), "ownContribution must not be negative");
        if (externalFunding.currency().equals(total.currency())) {
            checkArgument(externalFunding.compareTo(total) <= 0, "externalFunding %s exceeds the total %s",
                    externalFunding, total);
        }
    }

    public Budget withExternalFunding(Money granted) {
        return new Budget(total, granted, ownContribution);
    }
}
