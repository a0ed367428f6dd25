package se.omvarld.adapter.db;

import org.junit.jupiter.api.BeforeEach;
import se.omvarld.contract.Persistence;
import se.omvarld.contract.VisitReportsContract;

/** The contract kit's VisitReportsContract on PostgreSQL, in this run's own schema. */
class PostgresVisitReportsTest extends VisitReportsContract {

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
