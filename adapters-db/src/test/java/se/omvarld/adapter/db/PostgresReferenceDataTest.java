package se.omvarld.adapter.db;

class PostgresReferenceDataTest extends ReferenceDataContract {

    @Override
    protected DbSettings freshDatabase() {
        return Postgres.freshSchema("omvarld_reference_");
    }
}
