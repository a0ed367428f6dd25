package se.omvarld.port;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The ECB's rule for a rate between two currencies, shared by every {@link ExchangeRates} built on its euro reference
 * rates: both legs through the euro, fixed on one business day, the requested day or the last one before it within
 * {@value #LOOK_BACK_DAYS} days (a weekend or a long Easter takes the last fixing, never a stale month). Where no day
 * in that week fixed both currencies there is no rate; none is ever made up.
 */
public final class EuroCrossRates {

    public static final int LOOK_BACK_DAYS = 7;

    private static final Currency EUR = Currency.getInstance("EUR");

    private EuroCrossRates() {
    }

    /**
     * @param source  the fixings' source, named with the day in every rate, e.g. "ECB euro reference rates"
     * @param perEuro units of a currency per euro fixed on exactly a day; empty where that day has none
     */
    public static Optional<ExchangeRate> rate(Currency from, Currency to, LocalDate day, String source,
            BiFunction<Currency, LocalDate, Optional<BigDecimal>> perEuro) {
        checkNotNull(from, "from is required");
        checkNotNull(to, "to is required");
        checkNotNull(day, "day is required");
        if (from.equals(to)) {
            return Optional.of(ExchangeRate.identity(from, day));
        }
        for (int back = 0; back <= LOOK_BACK_DAYS; back++) {
            LocalDate fixed = day.minusDays(back);
            Optional<BigDecimal> fromPerEuro = from.equals(EUR) ? Optional.of(BigDecimal.ONE)
                    : perEuro.apply(from, fixed);
            Optional<BigDecimal> toPerEuro = to.equals(EUR) ? Optional.of(BigDecimal.ONE) : perEuro.apply(to, fixed);
            if (fromPerEuro.isPresent() && toPerEuro.isPresent()) {
                return Optional.of(new ExchangeRate(from, to,
                        toPerEuro.get().divide(fromPerEuro.get(), MathContext.DECIMAL64), fixed,
                        source + " of " + fixed));
            }
        }
        return Optional.empty();
    }
}
