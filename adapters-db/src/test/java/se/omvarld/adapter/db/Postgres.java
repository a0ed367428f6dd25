package se.omvarld.adapter.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.LoggerFactory;
import se.omvarld.contract.Persistence;

/**
 * The PostgreSQL database every PostgreSQL test of this JVM shares, in a schema of its own
 * ({@code omvarld_test_<random>}, dropped when the JVM exits), so that runs never see each other's data.
 *
 * <p>The server is {@value #URL_VARIABLE}, by default {@value #DEFAULT_URL} (user postgres, no password). When it
 * is unreachable the PostgreSQL tests are skipped, saying so, on a developer's machine, and fail when
 * {@code CI=true}.
 */
final class Postgres {

    static final String URL_VARIABLE = "OMVARLD_TEST_PG_URL";
    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String USER = "postgres";

    private static final String URL = Optional.ofNullable(System.getenv(URL_VARIABLE)).filter(u -> !u.isBlank())
            .orElse(DEFAULT_URL);
    private static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));

    /** Why PostgreSQL cannot be used, or empty when it can; probed once per JVM. */
    private static final Optional<String> UNREACHABLE = probe();

    private static final class Holder {
        static final Database DATABASE = startInNewSchema("omvarld_test_");
        static final Persistence PERSISTENCE = TestPersistence.of(DATABASE.persistence());
    }

    private Postgres() {
    }

    /** Skips the calling test (or fails it, under CI=true) when PostgreSQL is unreachable. */
    static void require() {
        if (UNREACHABLE.isEmpty()) {
            return;
        }
        String message = "PostgreSQL is unreachable at " + URL + " (" + UNREACHABLE.get() + "); set "
                + URL_VARIABLE + " or start it with: pg_ctlcluster --skip-systemctl-redirect <version> main start";
        if (CI) {
            Assertions.fail("CI=true requires the PostgreSQL tests to run. " + message);
        }
        Assumptions.abort("Skipping the PostgreSQL tests: " + message);
    }

    static Database database() {
        require();
        return Holder.DATABASE;
    }

    static Persistence persistence() {
        require();
        return Holder.PERSISTENCE;
    }

    /** Settings for a fresh schema of its own, named {@code prefix<random>}, dropped when the JVM exits. */
    static DbSettings freshSchema(String prefix) {
        require();
        String schema = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropSchema(schema), "drop " + schema));
        return new DbSettings(URL, USER, "", 4, Optional.of(schema));
    }

    private static Database startInNewSchema(String prefix) {
        return Database.start(freshSchema(prefix));
    }

    private static Optional<String> probe() {
        try (Connection ignored = connect()) {
            return Optional.empty();
        } catch (SQLException e) {
            LoggerFactory.getLogger(Postgres.class).warn("PostgreSQL is unreachable at {} ({}): the PostgreSQL tests"
                    + " are {}", URL, e.getMessage(), CI ? "FAILED (CI=true)" : "SKIPPED (set CI=true to fail instead)");
            return Optional.of(e.getMessage());
        }
    }

    private static Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("loginTimeout", "3");
        return DriverManager.getConnection(URL, properties);
    }

    private static void dropSchema(String schema) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            System.err.println("Could not drop the test schema " + schema + ": " + e.getMessage());
        }
    }
}
