package se.omvarld.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.StaleVersionException;

/**
 * One kind of aggregate, keyed by {@code K}, with optimistic versions: a save succeeds only if the stored version
 * is the one the aggregate carries (0 for nothing stored), and stores it one version further. Not thread-safe on
 * its own: {@link MemoryStore} guards every table with its lock.
 */
final class VersionedTable<K, V> {

    private final String aggregate;
    private final ToLongFunction<V> version;
    private final BiFunction<V, Long, V> withVersion;
    private final Consumer<MunicipalityCode> saved;
    private Map<K, V> rows = new HashMap<>();

    /** {@code saved} hears of every save, with the municipality whose register it changed. */
    VersionedTable(String aggregate, ToLongFunction<V> version, BiFunction<V, Long, V> withVersion,
            Consumer<MunicipalityCode> saved) {
        this.aggregate = aggregate;
        this.version = version;
        this.withVersion = withVersion;
        this.saved = saved;
    }

    Optional<V> find(K key) {
        return Optional.ofNullable(rows.get(key));
    }

    /** Stores {@code value} at its next version, or throws if the stored version is not the one it was read at. */
    V save(K key, V value) {
        checkNotNull(value, "%s is required", aggregate);
        long expected = version.applyAsLong(value);
        V stored = rows.get(key);
        long current = stored == null ? 0 : version.applyAsLong(stored);
        if (current != expected) {
            throw new StaleVersionException(aggregate, idOf(key), expected);
        }
        V next = withVersion.apply(value, expected + 1);
        rows.put(key, next);
        saved.accept(key instanceof Scoped<?> scoped ? scoped.municipality() : (MunicipalityCode) key);
        return next;
    }

    ImmutableList<V> where(Predicate<? super V> filter) {
        return rows.values().stream().filter(filter).collect(ImmutableList.toImmutableList());
    }

    /** A copy of the rows as they are now, and how to put them back. */
    Runnable snapshot() {
        Map<K, V> copy = new HashMap<>(rows);
        return () -> rows = new HashMap<>(copy);
    }

    private static String idOf(Object key) {
        return key instanceof Scoped<?> scoped ? scoped.id().toString() : key.toString();
    }
}
