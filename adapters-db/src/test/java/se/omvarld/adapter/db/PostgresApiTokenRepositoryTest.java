package se.omvarld.adapter.db;

import org.junit.jupiter.api.BeforeEach;
import se.omvarld.contract.ApiTokenRepositoryContract;
import se.omvarld.contract.Persistence;

/** The contract kit's ApiTokenRepositoryContract on PostgreSQL, in this run's own schema. */
class PostgresApiTokenRepositoryTest extends ApiTokenRepositoryContract {

    /** Skips each test, saying why, when PostgreSQL is unreachable (fails it under CI=true). */
    @BeforeEach
    void requirePostgres() {
        Postgres.require();
    }

    @Override
    protected Persistence persistence() {
        return Postgres.persistence();
    }
}
