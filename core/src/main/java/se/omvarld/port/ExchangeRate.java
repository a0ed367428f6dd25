package se.omvarld.port;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.Text;

/**
 * How many units of {@code to} one unit of {@code from} buys, fixed on {@code day} by {@code source}. A conversion
 * always names the rate's day and source: the day may be earlier than the one asked for (a weekend takes the last
 * business day's rate).
 */
public record ExchangeRate(Currency from, Currency to, BigDecimal rate, LocalDate day, String source) {

    public ExchangeRate {
        checkNotNull(from, "from is required");
        checkNotNull(to, "to is required");
        checkNotNull(rate, "rate is required");
        checkArgument(rate.signum() > 0, "rate must be positive, was %s", rate);
        checkNotNull(day, "day is required");
        source = Text.required("rate source", source);
    }

    public static ExchangeRate identity(Currency currency, LocalDate day) {
        return new ExchangeRate(currency, currency, BigDecimal.ONE, day, "identity");
    }

    /** Converts {@code amount}, rounding half-even to öre. */
    public Money convert(Money amount) {
        checkArgument(amount.currency().equals(from), "this rate converts %s, not %s", from, amount.currency());
        return Money.rounded(amount.amount().multiply(rate), to);
    }
}
