package se.omvarld.adapter.db;

import static com.google.common.base.Preconditions.checkNotNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running database: a HikariCP pool on a migrated schema, and the jOOQ repositories on it. Start one per process
 * (it owns the pool) and close it on shutdown.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final DbSettings settings;
    private final HikariDataSource dataSource;
    private final JooqPersistence persistence;

    private Database(DbSettings settings, HikariDataSource dataSource) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.persistence = JooqPersistence.on(dataSource, dialect(settings), jooqSettings());
    }

    /** Migrates the database to the latest schema and opens the pool. */
    public static Database start(DbSettings settings) {
        checkNotNull(settings, "settings are required");
        // H2 closes an embedded file when its last connection closes, compacting it for up to 200 ms, and the pool
        // then opens it again: the migrations' check and the pool would read the file twice. One connection held
        // across both keeps it open once.
        try (Connection held = settings.embeddedFile() ? DriverManager.getConnection(settings.url(), settings.user(),
                settings.password()) : null) {
            int migrations = Migrations.migrate(settings);
            LOG.info("Database {}: {} migration(s) applied", settings, migrations);
            return new Database(settings, new HikariDataSource(pool(settings)));
        } catch (SQLException e) {
            throw new IllegalStateException("the database " + settings + " could not be opened", e);
        }
    }

    private static HikariConfig pool(DbSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("omvarld");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(Math.min(2, settings.poolSize()));
        config.setAutoCommit(true);
        // Read committed, the level of the reads of one statement in auto-commit: a statement sees one snapshot of
        // its tables by itself. JooqTransactions runs every transaction at repeatable read. At repeatable read, H2
        // also takes a snapshot of every table a statement's tables reference through their foreign keys, and of
        // theirs, at each statement (a tenth of a single read's time in H2, adapters-http/BENCHMARK.md).
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        settings.schema().ifPresent(config::setSchema);
        return config;
    }

    static SQLDialect dialect(DbSettings settings) {
        return settings.vendor() == DbSettings.Vendor.POSTGRESQL ? SQLDialect.POSTGRES : SQLDialect.H2;
    }

    /** Unqualified names (the connection's schema decides), quoted as generated: lower case. */
    static Settings jooqSettings() {
        return new Settings()
                .withRenderSchema(false)
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_QUOTED)
                .withExecuteLogging(false);
    }

    /** Every repository, the audit trail and the transactions, all on this database. */
    public JooqPersistence persistence() {
        return persistence;
    }

    public DbSettings settings() {
        return settings;
    }

    /** The pool, for tests and tools that need plain JDBC (e.g. to inspect the schema). */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Closes the pool; an embedded H2 file is compacted first (see {@link #compactEmbeddedFile()}). */
    @Override
    public void close() {
        compactEmbeddedFile();
        dataSource.close();
    }

    /**
     * H2 keeps the old versions of changed pages in its file until it compacts them, and compacts at most 200 ms when
     * it closes: a file grows many times its data's size, and every start must read it. The national benchmark's file
     * was 611 MB for 20 MB of data and took 1.3 s to open; compacted (1.8 s), 0.5 s. So a stop compacts the file
     * completely, once no request is left in flight.
     */
    private void compactEmbeddedFile() {
        if (!settings.embeddedFile()) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("shutdown compact");
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Database {}: the file could not be compacted at shutdown: {}", settings, e.getMessage());
        }
    }
}
