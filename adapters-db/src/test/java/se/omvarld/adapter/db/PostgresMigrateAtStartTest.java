package se.omvarld.adapter.db;

import org.junit.jupiter.api.BeforeEach;

/** The start's migration on PostgreSQL, each test in a fresh schema of its own (with the PostgreSQL-only migrations). */
class PostgresMigrateAtStartTest extends MigrateAtStartContract {

    /** Skips each test, saying why, when PostgreSQL is unreachable (fails it under CI=true). */
    @BeforeEach
    void requirePostgres() {
        Postgres.require();
    }

    @Override
    protected DbSettings freshDatabase() {
        return Postgres.freshSchema("omvarld_start_");
    }
}
