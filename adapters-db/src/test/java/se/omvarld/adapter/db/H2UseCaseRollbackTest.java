package se.omvarld.adapter.db;

class H2UseCaseRollbackTest extends UseCaseRollbackContract {

    @Override
    protected JooqPersistence persistence() {
        return H2.database().persistence();
    }
}
