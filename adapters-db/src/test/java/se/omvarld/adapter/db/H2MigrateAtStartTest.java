package se.omvarld.adapter.db;

/** The start's migration on fresh in-memory H2 databases. */
class H2MigrateAtStartTest extends MigrateAtStartContract {

    @Override
    protected DbSettings freshDatabase() {
        return H2.freshDatabase();
    }
}
