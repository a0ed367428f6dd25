package se.omvarld.adapter.db;

import se.omvarld.contract.PartnerRepositoryContract;
import se.omvarld.contract.Persistence;

/** The contract kit's PartnerRepositoryContract on H2 (in memory, PostgreSQL mode). */
class H2PartnerRepositoryTest extends PartnerRepositoryContract {

    @Override
    protected Persistence persistence() {
        return H2.persistence();
    }
}
