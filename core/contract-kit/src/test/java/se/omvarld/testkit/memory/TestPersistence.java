package se.omvarld.testkit.memory;

import se.omvarld.contract.Persistence;

/** The contract kit's view of the in-memory adapter. */
final class TestPersistence {

    private TestPersistence() {
    }

    static Persistence of(InMemoryPersistence memory) {
        return new Persistence(memory.municipalities(), memory.partners(), memory.partnerships(),
                memory.projects(), memory.funding(), memory.grants(), memory.visits(), memory.visitReports(),
                memory.obligations(),
                memory.reportedFigures(), memory.tokens(), memory.accounts(), memory.audit(), memory.transactions());
    }
}
