package se.omvarld.adapter.db;

import se.omvarld.contract.Persistence;
import se.omvarld.contract.ReportedFiguresRepositoryContract;

/** The contract kit's ReportedFiguresRepositoryContract on H2 (in memory, PostgreSQL mode). */
class H2ReportedFiguresRepositoryTest extends ReportedFiguresRepositoryContract {

    @Override
    protected Persistence persistence() {
        return H2.persistence();
    }
}
