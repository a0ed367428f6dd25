package se.omvarld.adapter.db;

import se.omvarld.contract.VisitRepositoryContract;
import se.omvarld.contract.Persistence;

/** The contract kit's VisitRepositoryContract on H2 (in memory, PostgreSQL mode). */
class H2VisitRepositoryTest extends VisitRepositoryContract {

    @Override
    protected Persistence persistence() {
        return H2.persistence();
    }
}
