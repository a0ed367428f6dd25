package se.omvarld.adapter.db;

import java.util.Collection;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;
import org.jooq.UpdatableRecord;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import se.omvarld.port.StaleVersionException;

/**
 * How every repository writes an aggregate: its root row with optimistic locking, then its child rows replaced as a
 * whole, all in the caller's transaction.
 */
final class Store {

    /** SQLStates of a unique or primary key violation (both databases). */
    private static final Set<String> UNIQUE_VIOLATION = Set.of("23505");
    /** SQLStates of a foreign key violation: PostgreSQL 23503, H2 23506 (parent missing) and 23503. */
    private static final Set<String> FOREIGN_KEY_VIOLATION = Set.of("23503", "23506");
    /**
     * SQLStates of a write that lost a race: H2's "concurrent update" (90131), serialisation failures and
     * deadlocks (40001, 40P01).
     */
    private static final Set<String> LOST_RACE = Set.of("90131", "40001", "40P01");

    private Store() {
    }

    /**
     * Stores the root row of an aggregate read at {@code expectedVersion}: inserts it when that is 0 (a new
     * aggregate), else updates it where the stored version still is the expected one. Returns the new version.
     *
     * @throws StaleVersionException when the key is already taken (new aggregate) or the stored version moved on
     */
    static <R extends UpdatableRecord<R>> long saveRoot(DSLContext dsl, R root, TableField<R, Long> version,
            long expectedVersion, String aggregate, String id) {
        Table<R> table = root.getTable();
        if (expectedVersion == 0) {
            root.set(version, 1L);
            int inserted = dsl.insertInto(table).set(root).onConflictDoNothing().execute();
            if (inserted == 0) {
                throw new StaleVersionException(aggregate, id, expectedVersion);
            }
            return 1;
        }
        Condition key = DSL.noCondition();
        for (TableField<R, ?> field : table.getPrimaryKey().getFields()) {
            key = key.and(equal(field, root));
            root.changed(field, false);
        }
        root.set(version, expectedVersion + 1);
        int updated = dsl.update(table).set(root).where(key).and(version.eq(expectedVersion)).execute();
        if (updated == 0) {
            throw new StaleVersionException(aggregate, id, expectedVersion);
        }
        return expectedVersion + 1;
    }

    private static <R extends UpdatableRecord<R>, T> Condition equal(TableField<R, T> field, R record) {
        return field.eq(record.get(field));
    }

    /** Replaces the child rows of one aggregate: deletes those matching {@code owner}, inserts {@code rows}. */
    static void replaceChildren(DSLContext dsl, Table<?> table, Condition owner,
            Collection<? extends TableRecord<?>> rows) {
        dsl.deleteFrom(table).where(owner).execute();
        insertAll(dsl, rows);
    }

    static void insertAll(DSLContext dsl, Collection<? extends TableRecord<?>> rows) {
        if (!rows.isEmpty()) {
            dsl.batchInsert(rows).execute();
        }
    }

    /**
     * A database error as the core understands it: a lost race or a taken key is a stale version; a reference to
     * a row that is not stored (in the same municipality) is an illegal argument.
     */
    static RuntimeException translate(DataAccessException e, String aggregate, String id, long expectedVersion) {
        String state = sqlState(e);
        if (LOST_RACE.contains(state) || (expectedVersion == 0 && UNIQUE_VIOLATION.contains(state))) {
            StaleVersionException stale = new StaleVersionException(aggregate, id, expectedVersion);
            stale.initCause(e);
            return stale;
        }
        if (FOREIGN_KEY_VIOLATION.contains(state)) {
            return new IllegalArgumentException(aggregate + " " + id + " refers to a record that is not stored in"
                    + " its municipality's register", e);
        }
        return e;
    }

    /** Whether {@code e} is a unique or primary key violation. */
    static boolean uniqueViolation(DataAccessException e) {
        return UNIQUE_VIOLATION.contains(sqlState(e));
    }

    /** Whether {@code e} is a foreign key violation. */
    static boolean foreignKeyViolation(DataAccessException e) {
        return FOREIGN_KEY_VIOLATION.contains(sqlState(e));
    }

    private static String sqlState(DataAccessException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }

    /** Runs the writes of one save, translating database errors with {@link #translate}. */
    static <T> T guard(String aggregate, String id, long expectedVersion, java.util.function.Supplier<T> writes) {
        try {
            return writes.get();
        } catch (DataAccessException e) {
            throw translate(e, aggregate, id, expectedVersion);
        }
    }
}
