package se.omvarld.testkit.memory;

import java.util.UUID;

/** How the in-memory adapter orders ids where a listing says "then id": as PostgreSQL orders {@code uuid}. */
final class Ordering {

    private Ordering() {
    }

    /** Unsigned, byte by byte: the order of the ids' canonical text, which is also PostgreSQL's. */
    static String key(UUID id) {
        return id.toString();
    }
}
