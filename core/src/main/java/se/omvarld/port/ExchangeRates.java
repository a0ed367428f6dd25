package se.omvarld.port;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/** Exchange rates, e.g. the ECB's daily reference rates. A missing rate is empty, never zero. */
public interface ExchangeRates {

    /**
     * The rate from {@code from} to {@code to} that applies on {@code day}: that day's fixing, or the last one
     * before it within a week (weekends and holidays). Empty when there is none.
     */
    Optional<ExchangeRate> rate(Currency from, Currency to, LocalDate day);
}
