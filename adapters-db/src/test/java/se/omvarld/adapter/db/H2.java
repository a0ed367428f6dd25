package se.omvarld.adapter.db;

import java.util.UUID;
import se.omvarld.contract.Persistence;

/**
 * The H2 database every H2 test of this JVM shares: in memory, migrated once. Tests never clean up: each works in a
 * municipality of its own.
 */
final class H2 {

    private static final class Holder {
        static final Database DATABASE = Database.start(DbSettings.inMemory("omvarld_test"));
        static final Persistence PERSISTENCE = TestPersistence.of(DATABASE.persistence());
    }

    private H2() {
    }

    static Database database() {
        return Holder.DATABASE;
    }

    static Persistence persistence() {
        return Holder.PERSISTENCE;
    }

    /** Settings of a fresh, empty in-memory database, for tests that migrate themselves. */
    static DbSettings freshDatabase() {
        return DbSettings.inMemory("omvarld_" + UUID.randomUUID().toString().replace("-", ""));
    }
}
