package se.omvarld.port;

import java.time.Instant;
import java.time.LocalDate;

/** The time, as the core may know it: never from the wall clock directly, so tests can fix it. */
public interface Clock {

    /** Today in Sweden (Europe/Stockholm). */
    LocalDate today();

    Instant now();
}
