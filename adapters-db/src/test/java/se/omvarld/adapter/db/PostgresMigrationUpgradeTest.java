package se.omvarld.adapter.db;

import org.junit.jupiter.api.BeforeEach;
/** The upgrade from V1 on PostgreSQL, in a fresh schema of its own. */
class PostgresMigrationUpgradeTest extends MigrationUpgradeContract {

    /** Skips each test, saying why, when PostgreSQL is unreachable (fails it under CI=true). */
    @BeforeEach
    void requirePostgres() {
        Postgres.require();
    }

    @Override
    protected DbSettings freshDatabase() {
        return Postgres.freshSchema("omvarld_upgrade_");
    }
}
