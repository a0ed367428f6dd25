package se.omvarld.adapter.db;

/** The upgrade from V1 on a fresh in-memory H2 database. */
class H2MigrationUpgradeTest extends MigrationUpgradeContract {

    @Override
    protected DbSettings freshDatabase() {
        return H2.freshDatabase();
    }
}
