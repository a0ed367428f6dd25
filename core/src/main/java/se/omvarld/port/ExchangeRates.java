package se.omvarld.port;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;
import se.omvarld.domain.shared.DateRange;

/** Exchange rates, e.g. the ECB's daily reference rates. A missing rate is empty, never zero. */
public interface ExchangeRates {

    /**
     * The rate from {@code from} to {@code to} that applies on {@code day}: that day's fixing, or the last one
     * before it within a week (weekends and holidays). Empty when there is none.
     */
    Optional<ExchangeRate> rate(Currency from, Currency to, LocalDate day);

    /**
     * The same rates, with those from each of {@code from} to {@code to} on the days of {@code days} read at once:
     * for a caller about to ask for many of them in one transaction (the statistics of several years), so that it
     * reads once instead of once per conversion. Every other question is still answered, by {@link #rate}. The
     * answers are exactly {@link #rate}'s. The default reads nothing ahead and returns these rates themselves.
     */
    default ExchangeRates readAhead(Set<Currency> from, Currency to, DateRange days) {
        return this;
    }
}
