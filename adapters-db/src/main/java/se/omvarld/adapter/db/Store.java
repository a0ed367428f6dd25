package se.omvarld.adapter.db;

import static se.omvarld.adapter.db.jooq.Tables.REGISTER_VERSION;

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
 * whole, all in the caller's transaction; and the municipality's register version raised in the same transaction.
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
     * Raises the register version of the root's municipality (the first column of every root's primary key) in the
     * same transaction: every save of every aggregate passes here, so no change to a register leaves it unchanged.
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
            raiseRegisterVersion(dsl, municipalityOf(root));
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
        raiseRegisterVersion(dsl, municipalityOf(root));
        return expectedVersion + 1;
    }

    /** The municipality code of a root row: the first column of its primary key, as in every table. */
    private static <R extends UpdatableRecord<R>> String municipalityOf(R root) {
        TableField<R, ?> first = root.getTable().getPrimaryKey().getFields().get(0);
        Object code = root.get(first);
        if (!(code instanceof String s) || !(first.getName().equals("municipality_code")
                || first.getName().equals("code"))) {
            throw new IllegalStateException("the primary key of " + root.getTable().getName()
                    + " does not begin with the municipality code");
        }
        return s;
    }

    /**
     * Raises {@code municipality}'s register version by one, in the caller's transaction, or starts it at 1. An
     * update first (a row exists from the municipality's first save on, or from migration V9); an insert that yields
     * to a concurrent one, then the update again, where it does not. Every writer to a municipality's register
     * therefore holds its version row until commit: writers to one municipality follow each other. On PostgreSQL,
     * at REPEATABLE READ, a writer whose snapshot predates another writer's commit to the same municipality then
     * fails with a serialisation failure, which {@link #translate} reports as a stale version (retry the use case),
     * even where the two saved different aggregates; H2 lets the later writer raise the version it now sees.
     */
    static void raiseRegisterVersion(DSLContext dsl, String municipality) {
        if (update(dsl, municipality) == 1) {
            return;
        }
        int inserted = dsl.insertInto(REGISTER_VERSION)
                .set(REGISTER_VERSION.MUNICIPALITY_CODE, municipality)
                .set(REGISTER_VERSION.VERSION, 1L)
                .onConflictDoNothing()
                .execute();
        if (inserted == 0 && update(dsl, municipality) != 1) {
            throw new IllegalStateException("the register version of " + municipality + " could not be raised");
        }
    }

    private static int update(DSLContext dsl, String municipality) {
        return dsl.update(REGISTER_VERSION)
                .set(REGISTER_VERSION.VERSION, REGISTER_VERSION.VERSION.plus(1L))
                .where(REGISTER_VERSION.MUNICIPALITY_CODE.eq(municipality))
                .execute();
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
