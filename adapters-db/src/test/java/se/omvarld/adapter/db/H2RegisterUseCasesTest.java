package se.omvarld.adapter.db;

class H2RegisterUseCasesTest extends RegisterUseCasesContract {

    @Override
    protected JooqPersistence persistence() {
        return H2.database().persistence();
    }
}
