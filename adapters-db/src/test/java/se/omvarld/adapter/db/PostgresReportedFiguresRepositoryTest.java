package se.omvarld.adapter.db;

import org.junit.jupiter.api.BeforeEach;
import se.omvarld.contract.Persistence;
import se.omvarld.contract.ReportedFiguresRepositoryContract;

/** The contract kit's ReportedFiguresRepositoryContract on PostgreSQL, in this run's own schema. */
class PostgresReportedFiguresRepositoryTest extends ReportedFiguresRepositoryContract {

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
