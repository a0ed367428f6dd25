package se.omvarld.port;

import java.util.UUID;

/** New identities for new aggregates. */
public interface IdGenerator {

    UUID next();
}
