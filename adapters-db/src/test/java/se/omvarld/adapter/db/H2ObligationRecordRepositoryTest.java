package se.omvarld.adapter.db;

import se.omvarld.contract.ObligationRecordRepositoryContract;
import se.omvarld.contract.Persistence;

/** The contract kit's ObligationRecordRepositoryContract on H2 (in memory, PostgreSQL mode). */
class H2ObligationRecordRepositoryTest extends ObligationRecordRepositoryContract {

    @Override
    protected Persistence persistence() {
        return H2.persistence();
    }
}
