package se.omvarld.adapter.db;

import org.junit.jupiter.api.BeforeEach;

class PostgresRegisterUseCasesTest extends RegisterUseCasesContract {

    /** Skips each test, saying why, when PostgreSQL is unreachable (fails it under CI=true). */
    @BeforeEach
    void requirePostgres() {
        Postgres.require();
    }

    @Override
    protected JooqPersistence persistence() {
        return Postgres.database().persistence();
    }
}
