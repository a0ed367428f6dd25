package se.omvarld.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.function.Supplier;
import se.omvarld.port.Transactions;

/**
 * Transactions over the in-memory store: one at a time, rolled back by restoring a snapshot when the work throws.
 * A transaction begun inside another joins it.
 */
final class InMemoryTransactions implements Transactions {

    private final MemoryStore store;

    InMemoryTransactions(MemoryStore store) {
        this.store = store;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        checkNotNull(work, "work is required");
        return store.inTransaction(work);
    }
}
