package se.omvarld.adapter.db;

import se.omvarld.contract.FundingRepositoryContract;
import se.omvarld.contract.Persistence;

/** The contract kit's FundingRepositoryContract on H2 (in memory, PostgreSQL mode). */
class H2FundingRepositoryTest extends FundingRepositoryContract {

    @Override
    protected Persistence persistence() {
        return H2.persistence();
    }
}
