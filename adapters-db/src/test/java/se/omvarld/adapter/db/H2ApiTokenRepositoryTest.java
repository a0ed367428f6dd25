package se.omvarld.adapter.db;

import se.omvarld.contract.ApiTokenRepositoryContract;
import se.omvarld.contract.Persistence;

/** The contract kit's ApiTokenRepositoryContract on H2 (in memory, PostgreSQL mode). */
class H2ApiTokenRepositoryTest extends ApiTokenRepositoryContract {

    @Override
    protected Persistence persistence() {
        return H2.persistence();
    }
}
