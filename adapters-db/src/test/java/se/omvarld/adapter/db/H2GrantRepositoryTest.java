package se.omvarld.adapter.db;

import se.omvarld.contract.GrantRepositoryContract;
import se.omvarld.contract.Persistence;

/** The contract kit's GrantRepositoryContract on H2 (in memory, PostgreSQL mode). */
class H2GrantRepositoryTest extends GrantRepositoryContract {

    @Override
    protected Persistence persistence() {
        return H2.persistence();
    }
}
