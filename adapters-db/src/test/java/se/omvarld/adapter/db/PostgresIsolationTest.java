package se.omvarld.adapter.db;

/** The transactions' isolation on PostgreSQL, in a fresh schema. */
class PostgresIsolationTest extends IsolationContract {

    @Override
    protected DbSettings freshDatabase() {
        return Postgres.freshSchema("omvarld_isolation_");
    }
}
