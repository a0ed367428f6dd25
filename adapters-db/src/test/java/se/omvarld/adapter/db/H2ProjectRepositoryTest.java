package se.omvarld.adapter.db;

import se.omvarld.contract.ProjectRepositoryContract;
import se.omvarld.contract.Persistence;

/** The contract kit's ProjectRepositoryContract on H2 (in memory, PostgreSQL mode). */
class H2ProjectRepositoryTest extends ProjectRepositoryContract {

    @Override
    protected Persistence persistence() {
        return H2.persistence();
    }
}
