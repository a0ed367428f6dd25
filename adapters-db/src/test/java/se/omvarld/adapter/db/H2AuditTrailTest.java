package se.omvarld.adapter.db;

import se.omvarld.contract.AuditTrailContract;
import se.omvarld.contract.Persistence;

/** The contract kit's AuditTrailContract on H2 (in memory, PostgreSQL mode). */
class H2AuditTrailTest extends AuditTrailContract {

    @Override
    protected Persistence persistence() {
        return H2.persistence();
    }
}
