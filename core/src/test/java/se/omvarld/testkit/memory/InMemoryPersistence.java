package se.omvarld.testkit.memory;

import se.omvarld.contract.Persistence;

/**
 * The in-memory adapter of every repository port, the audit trail and the transactions: what use-case tests and
 * scenario tests run on, and the reference the contract kit is proven against.
 *
 * <p>Data lives in maps keyed by (municipality, id); versions are enforced exactly as the ports say; every call is
 * thread-safe; {@link se.omvarld.port.Transactions#inTransaction} really rolls back what its work wrote when the
 * work throws.
 */
public final class InMemoryPersistence {

    private InMemoryPersistence() {
    }

    /** A fresh, empty store and every port over it. */
    public static Persistence create() {
        MemoryStore store = new MemoryStore();
        return new Persistence(new InMemoryMunicipalityRepository(store), new InMemoryPartnerRepository(store),
                new InMemoryPartnershipRepository(store), new InMemoryProjectRepository(store),
                new InMemoryFundingRepository(store), new InMemoryGrantRepository(store),
                new InMemoryVisitRepository(store), new InMemoryObligationRecordRepository(store),
                new InMemoryAuditTrail(store), new InMemoryTransactions(store));
    }
}
