package se.omvarld.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import se.omvarld.port.Clock;

/** The wall clock, in Sweden's time zone: the one place the service reads it. */
final class SystemClock implements Clock {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Override
    public LocalDate today() {
        return LocalDate.now(SWEDEN);
    }

    @Override
    public Instant now() {
        return Instant.now();
    }
}
