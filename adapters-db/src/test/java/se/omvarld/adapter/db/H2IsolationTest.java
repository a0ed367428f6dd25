package se.omvarld.adapter.db;

/** The transactions' isolation on a fresh in-memory H2 database. */
class H2IsolationTest extends IsolationContract {

    @Override
    protected DbSettings freshDatabase() {
        return H2.freshDatabase();
    }
}
