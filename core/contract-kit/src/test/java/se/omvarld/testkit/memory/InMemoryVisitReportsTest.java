package se.omvarld.testkit.memory;

import se.omvarld.contract.Persistence;
import se.omvarld.contract.VisitReportsContract;

class InMemoryVisitReportsTest extends VisitReportsContract {

    /** One store for the whole class, as a database would be: the kit must not rely on an empty store. */
    private static final Persistence PERSISTENCE = TestPersistence.of(InMemoryPersistence.create());

    @Override
    protected Persistence persistence() {
        return PERSISTENCE;
    }
}
