package se.omvarld.adapter.db;

import org.junit.jupiter.api.BeforeEach;
import se.omvarld.contract.TwinTownDirectoryContract;
import se.omvarld.port.TwinTownDirectory;

/** The contract kit's TwinTownDirectoryContract on PostgreSQL, in this run's own schema. */
class PostgresTwinTownDirectoryTest extends TwinTownDirectoryContract {

    /** Skips each test, saying why, when PostgreSQL is unreachable (fails it under CI=true). */
    @BeforeEach
    void requirePostgres() {
        Postgres.require();
    }

    @Override
    protected TwinTownDirectory directory() {
        return new JooqTwinTownDirectory(Postgres.database().persistence().transactions());
    }
}
