package se.omvarld.service;

import java.util.UUID;
import se.omvarld.port.IdGenerator;

/** Random (version 4) UUIDs. */
final class RandomIds implements IdGenerator {

    @Override
    public UUID next() {
        return UUID.randomUUID();
    }
}
