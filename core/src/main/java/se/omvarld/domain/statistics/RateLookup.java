package se.omvarld.domain.statistics;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * The rate to SEK the statistics convert with, as the domain reads it. The application adapts its exchange-rate port
 * to this, e.g. {@code (from, day) -> exchangeRates.rate(from, SEK, day).map(r -> new Rate(from, r.rate(), r.day(),
 * r.source()))}. A missing rate is empty, never a zero.
 */
@FunctionalInterface
public interface RateLookup {

    /** The rate from {@code from} to SEK that applies on {@code day}; empty when there is none. */
    Optional<Rate> rate(Currency from, LocalDate day);

    /** A lookup that knows no rate at all: every amount not in SEK stays unconverted. */
    static RateLookup none() {
        return (from, day) -> Optional.empty();
    }
}
