package se.omvarld.adapter.db;

import se.omvarld.contract.PartnershipRepositoryContract;
import se.omvarld.contract.Persistence;

/** The contract kit's PartnershipRepositoryContract on H2 (in memory, PostgreSQL mode). */
class H2PartnershipRepositoryTest extends PartnershipRepositoryContract {

    @Override
    protected Persistence persistence() {
        return H2.persistence();
    }
}
