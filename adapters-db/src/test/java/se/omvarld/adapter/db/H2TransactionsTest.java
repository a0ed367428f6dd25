package se.omvarld.adapter.db;

import se.omvarld.contract.TransactionsContract;
import se.omvarld.contract.Persistence;

/** The contract kit's TransactionsContract on H2 (in memory, PostgreSQL mode). */
class H2TransactionsTest extends TransactionsContract {

    @Override
    protected Persistence persistence() {
        return H2.persistence();
    }
}
