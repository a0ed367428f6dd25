package se.omvarld.adapter.db;

import se.omvarld.contract.Persistence;
import se.omvarld.contract.VisitReportsContract;

/** The contract kit's VisitReportsContract on H2 (in memory, PostgreSQL mode). */
class H2VisitReportsTest extends VisitReportsContract {

    @Override
    protected Persistence persistence() {
        return H2.persistence();
    }
}
