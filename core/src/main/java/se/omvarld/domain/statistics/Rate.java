package se.omvarld.domain.statistics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.Text;

/**
 * How many kronor one unit of {@code from} bought, fixed on {@code day} by {@code source} (e.g. "ECB euro reference
 * rates"). The day may be earlier than the day asked for: a Saturday takes the last business day's fixing.
 */
public record Rate(Currency from, BigDecimal sekPerUnit, LocalDate day, String source) {

    public Rate {
        checkNotNull(from, "from is required");
        checkNotNull(sekPerUnit, "sekPerUnit is required");
        checkArgument(sekPerUnit.signum() > 0, "a rate must be positive, was %s", sekPerUnit);
        checkNotNull(day, "day is required");
        source = Text.required("rate source", source);
    }

    /** Kronor are kronor: rate 1 on the day asked for. */
    public static Rate sek(LocalDate day) {
        return new Rate(Money.SEK, BigDecimal.ONE, day, "SEK, no conversion");
    }

    /** Converts {@code amount} to SEK, rounding half-even to öre: the only rounding in the statistics. */
    public Money toSek(Money amount) {
        checkNotNull(amount, "amount is required");
        checkArgument(amount.currency().equals(from), "this rate converts %s, not %s", from, amount.currency());
        return Money.rounded(amount.amount().multiply(sekPerUnit), Money.SEK);
    }
}
