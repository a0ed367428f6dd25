package se.omvarld.testkit.memory;

import se.omvarld.contract.ApiTokenRepositoryContract;
import se.omvarld.contract.Persistence;

class InMemoryApiTokenRepositoryTest extends ApiTokenRepositoryContract {

    /** One store for the whole class, as a database would be: the kit must not rely on an empty store. */
    private static final Persistence PERSISTENCE = TestPersistence.of(InMemoryPersistence.create());

    @Override
    protected Persistence persistence() {
        return PERSISTENCE;
    }
}
