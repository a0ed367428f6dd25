package se.omvarld.adapter.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The isolation of {@link JooqTransactions} on a database of one pooled connection: a transaction sees one snapshot
 * however many statements it runs, and the reads of one statement outside it run at READ COMMITTED, which costs H2
 * less per statement.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IsolationContract {

    private Database database;

    /** Settings of a fresh database of its own. */
    protected abstract DbSettings freshDatabase();

    @BeforeAll
    void start() throws SQLException {
        DbSettings fresh = freshDatabase();
        database = Database.start(new DbSettings(fresh.url(), fresh.user(), fresh.password(), 1, fresh.schema()));
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table isolation_probe (n int)");
        }
    }

    @AfterAll
    void stop() {
        database.close();
    }

    @Test
    void aTransactionDoesNotSeeWhatAnotherConnectionCommitsWhileItRuns() throws SQLException {
        JooqTransactions transactions = database.persistence().transactions();
        // The pool's one connection is the transaction's: the other writer has a connection of its own.
        try (Connection other = DriverManager.getConnection(database.settings().url(),
                database.settings().user(), database.settings().password())) {
            database.settings().schema().ifPresent(schema -> setSchema(other, schema));
            int[] counts = transactions.inTransaction(() -> {
                int before = count(transactions);
                insert(other);
                return new int[] {before, count(transactions)};
            });
            assertThat(counts[1]).isEqualTo(counts[0]);
        }
    }

    @Test
    void aReadOfOneStatementAfterATransactionRunsAtReadCommitted() {
        JooqTransactions transactions = database.persistence().transactions();
        transactions.inTransaction(() -> count(transactions));

        int isolation = transactions.<Integer>statement(
                dsl -> dsl.connectionResult(Connection::getTransactionIsolation));

        assertThat(isolation).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
    }

    private static int count(JooqTransactions transactions) {
        return transactions.dsl(dsl -> dsl.fetchOne("select count(*) from isolation_probe").get(0, Integer.class));
    }

    private static void insert(Connection connection) {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("insert into isolation_probe (n) values (1)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void setSchema(Connection connection, String schema) {
        try {
            connection.setSchema(schema);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
