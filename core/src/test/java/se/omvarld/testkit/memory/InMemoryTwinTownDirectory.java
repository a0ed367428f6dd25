package se.omvarld.testkit.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import se.omvarld.domain.twintown.TwinTownPair;
import se.omvarld.port.TwinTownDirectory;

/**
 * The in-memory national list of twin towns. A replacement is checked whole before anything changes and then made
 * at once, so it is atomic by itself; it is not part of {@link InMemoryTransactions}' rollback, which no use case
 * needs, since the national import writes nothing else.
 */
public final class InMemoryTwinTownDirectory implements TwinTownDirectory {

    private final Set<TwinTownPair> pairs = new HashSet<>();

    @Override
    public synchronized Replacement replaceAll(Collection<TwinTownPair> next) {
        checkNotNull(next, "pairs are required");
        Map<TwinTownPair.Key, TwinTownPair> byKey = new HashMap<>();
        for (TwinTownPair pair : next) {
            checkNotNull(pair, "a pair is required");
            checkArgument(byKey.put(pair.key(), pair) == null, "two pairs share the key %s", pair.key());
        }
        Set<TwinTownPair> wanted = new HashSet<>(byKey.values());
        int unchanged = (int) pairs.stream().filter(wanted::contains).count();
        int removed = pairs.size() - unchanged;
        int added = wanted.size() - unchanged;
        pairs.clear();
        pairs.addAll(wanted);
        return new Replacement(added, removed, unchanged);
    }

    @Override
    public synchronized ImmutableList<TwinTownPair> all() {
        return TwinTownPair.sorted(pairs);
    }

    @Override
    public synchronized boolean isEmpty() {
        return pairs.isEmpty();
    }
}
