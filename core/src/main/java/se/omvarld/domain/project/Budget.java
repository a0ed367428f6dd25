package se.omvarld.domain.project;

import static com.google.common.base.Preconditions.checkNotNull;

import se.omvarld.domain.shared.InvalidValue;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.WordingKey;

/**
 * A project's money, each amount in its own currency (EUR for EU programmes, SEK for Sida/ICLD, ...): the total,
 * the external funding applied for or granted, and the municipality's own contribution (egenfinansiering).
 */
public record Budget(Money total, Money externalFunding, Money ownContribution) {

    public Budget {
        checkNotNull(total, "total is required");
        checkNotNull(externalFunding, "externalFunding is required");
        checkNotNull(ownContribution, "ownContribution is required");
        notNegative("total", total);
        notNegative("externalFunding", externalFunding);
        notNegative("ownContribution", ownContribution);
        if (externalFunding.currency().equals(total.currency()) && externalFunding.compareTo(total) > 0) {
            throw InvalidValue.of(WordingKey.FIELD_BUDGET_EXTERNAL_EXCEEDS_TOTAL, "externalFunding " + externalFunding
                    + " exceeds the total " + total, externalFunding, total);
        }
    }

    private static void notNegative(String part, Money amount) {
        if (amount.isNegative()) {
            throw InvalidValue.of(WordingKey.FIELD_BUDGET_NEGATIVE, part + " must not be negative", part);
        }
    }

    public Budget withExternalFunding(Money granted) {
        return new Budget(total, granted, ownContribution);
    }
}
