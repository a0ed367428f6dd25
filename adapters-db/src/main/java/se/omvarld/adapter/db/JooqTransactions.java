package se.omvarld.adapter.db;

import static com.google.common.base.Preconditions.checkNotNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import se.omvarld.port.Transactions;

/**
 * One JDBC transaction per use case. The transaction is bound to the calling thread: a nested
 * {@link #inTransaction} joins it, and every repository of the same {@link JooqPersistence} called within it works
 * on its connection. When the work throws, everything it wrote is rolled back; a repository called outside any
 * transaction runs in one of its own, except a read of one statement, which runs in auto-commit ({@link #statement}).
 *
 * <p>A transaction runs at REPEATABLE READ, so that the several queries that read one aggregate (or one page of them)
 * see one snapshot, and a write that loses a race fails with a serialisation error, which the repositories report as
 * a stale version. Its connection goes back at READ COMMITTED, the level {@link Database} opens its connections at
 * and the reads of one statement run at.
 */
public final class JooqTransactions implements Transactions {

    private final DataSource dataSource;
    private final SQLDialect dialect;
    private final Settings settings;
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();
    /** Takes a connection from the pool for each statement and gives it back after, in auto-commit. */
    private final DSLContext autoCommit;

    public JooqTransactions(DataSource dataSource, SQLDialect dialect, Settings settings) {
        this.dataSource = checkNotNull(dataSource, "dataSource is required");
        this.dialect = checkNotNull(dialect, "dialect is required");
        this.settings = checkNotNull(settings, "settings are required");
        this.autoCommit = DSL.using(dataSource, dialect, settings);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        checkNotNull(work, "work is required");
        if (current.get() != null) {
            return work.get();
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            current.set(DSL.using(connection, dialect, settings));
            try {
                T result = work.get();
                connection.commit();
                return result;
            } catch (RuntimeException | Error | SQLException e) {
                rollback(connection, e);
                throw e;
            } finally {
                current.remove();
                restore(connection);
            }
        } catch (SQLException e) {
            throw new DataAccessException("the transaction could not be completed: " + e.getMessage(), e);
        }
    }

    /**
     * Gives the connection back in auto-commit at READ COMMITTED. Best effort: the pool resets the connection anyway,
     * and a failure here must not hide the real outcome.
     */
    private static void restore(Connection connection) {
        try {
            connection.setAutoCommit(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        } catch (SQLException | RuntimeException ignored) {
            // HikariCP restores auto-commit and the isolation when the connection is returned, or evicts a broken one.
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /** Runs {@code work} in the thread's transaction, or in a transaction of its own when there is none. */
    <T> T dsl(Function<DSLContext, T> work) {
        DSLContext dsl = current.get();
        if (dsl != null) {
            return work.apply(dsl);
        }
        return inTransaction(() -> work.apply(current.get()));
    }

    /**
     * Runs {@code work}, which reads with one statement, in the thread's transaction, or in auto-commit when there is
     * none, at READ COMMITTED: one statement sees one snapshot by itself, and a transaction around it would only add
     * its commit (a round trip to PostgreSQL).
     */
    <T> T statement(Function<DSLContext, T> work) {
        DSLContext dsl = current.get();
        return work.apply(dsl != null ? dsl : autoCommit);
    }

    /** Whether the calling thread is inside a transaction. */
    boolean active() {
        return current.get() != null;
    }
}
