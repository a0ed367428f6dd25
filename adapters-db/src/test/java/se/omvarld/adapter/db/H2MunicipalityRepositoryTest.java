package se.omvarld.adapter.db;

import se.omvarld.contract.MunicipalityRepositoryContract;
import se.omvarld.contract.Persistence;

/** The contract kit's MunicipalityRepositoryContract on H2 (in memory, PostgreSQL mode). */
class H2MunicipalityRepositoryTest extends MunicipalityRepositoryContract {

    @Override
    protected Persistence persistence() {
        return H2.persistence();
    }
}
