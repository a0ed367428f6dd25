package se.omvarld.adapter.db;

class H2ReferenceDataTest extends ReferenceDataContract {

    @Override
    protected DbSettings freshDatabase() {
        return H2.freshDatabase();
    }
}
