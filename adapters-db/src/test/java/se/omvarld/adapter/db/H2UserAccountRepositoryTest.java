package se.omvarld.adapter.db;

import se.omvarld.contract.Persistence;
import se.omvarld.contract.UserAccountRepositoryContract;

/** The contract kit's UserAccountRepositoryContract on H2 (in memory, PostgreSQL mode). */
class H2UserAccountRepositoryTest extends UserAccountRepositoryContract {

    @Override
    protected Persistence persistence() {
        return H2.persistence();
    }
}
