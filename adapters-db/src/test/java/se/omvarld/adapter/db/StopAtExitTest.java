package se.omvarld.adapter.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service closes its database in a shutdown hook (a SIGTERM from the platform). That stop must compact the H2
 * file, which H2's own shutdown hook, racing ours, used to prevent: so this is proven in a process of its own that
 * exits as the service does: it finishes its requests in flight, then closes the database.
 */
class StopAtExitTest {

    @Test
    void a_process_that_closes_its_database_in_a_shutdown_hook_compacts_the_file(@TempDir Path directory)
            throws Exception {
        Path log = directory.resolve("child.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ChurnThenExit.class.getName(), directory.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();

        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the child exits").isTrue();
        assertThat(child.exitValue()).as(Files.readString(log)).isZero();
        long churned = Long.parseLong(Files.readString(directory.resolve("churned")).strip());
        assertThat(Files.size(directory.resolve("omvarld.mv.db"))).as(Files.readString(log))
                .isLessThan(churned / 2);
    }

    /** Grows the file with churn, notes its size, and exits, leaving the stop to a shutdown hook. */
    static final class ChurnThenExit {
        public static void main(String[] args) throws SQLException, IOException {
            Path directory = Path.of(args[0]);
            Database database = Database.start(new DbSettings("jdbc:h2:file:" + directory.resolve("omvarld")
                    + DbSettings.H2_FLAGS, DbSettings.DEFAULT_USER, DbSettings.DEFAULT_PASSWORD, 2,
                    Optional.empty()));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                finishInFlightRequests(database);
                database.close();
            }));
            try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("create table churn (id integer primary key, text varchar(1000))");
                for (int round = 0; round < 20; round++) {
                    s.execute("insert into churn select \"X\", repeat('x', 1000) from system_range(1, 2000)");
                    s.execute("delete from churn");
                }
                s.execute("checkpoint");
            }
            Files.write(directory.resolve("churned"), List.of(Long.toString(Files.size(
                    directory.resolve("omvarld.mv.db")))));
            System.exit(0);
        }

        /** As the service's stop does before it closes the database; H2's own hook runs meanwhile. */
        private static void finishInFlightRequests(Database database) {
            try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
                for (int request = 0; request < 2000; request++) {
                    s.executeQuery("select count(*) from churn").close();
                }
            } catch (SQLException e) {
                System.out.println("a request failed while stopping: " + e.getMessage());
            }
        }
    }
}
