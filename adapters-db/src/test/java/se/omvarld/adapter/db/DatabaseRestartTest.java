package se.omvarld.adapter.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.testkit.Fixtures;

/** The service's default, an H2 file database, keeps the register across restarts and migrates only once. */
class DatabaseRestartTest {

    @Test
    void an_h2_file_database_keeps_the_register_across_a_restart(@TempDir Path directory) {
        DbSettings settings = new DbSettings("jdbc:h2:file:" + directory.resolve("omvarld") + DbSettings.H2_FLAGS,
                DbSettings.DEFAULT_USER, DbSettings.DEFAULT_PASSWORD, 2, Optional.empty());
        Municipality municipality = Fixtures.municipality(Fixtures.uniqueMunicipalityCode());

        try (Database first = Database.start(settings)) {
            first.persistence().municipalities().save(municipality);
        }
        assertThat(Files.exists(directory.resolve("omvarld.mv.db"))).isTrue();

        try (Database second = Database.start(settings)) {
            assertThat(Migrations.migrate(settings)).as("migrations run on the restarted database").isZero();
            assertThat(second.persistence().municipalities().find(municipality.code())).get()
                    .extracting(Municipality::version).isEqualTo(1L);
        }
    }

    @Test
    void stopping_an_h2_file_database_compacts_its_file(@TempDir Path directory) throws Exception {
        DbSettings settings = new DbSettings("jdbc:h2:file:" + directory.resolve("omvarld") + DbSettings.H2_FLAGS,
                DbSettings.DEFAULT_USER, DbSettings.DEFAULT_PASSWORD, 2, Optional.empty());
        Path file = directory.resolve("omvarld.mv.db");
        long churned;
        try (Database database = Database.start(settings)) {
            try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("create table churn (id integer primary key, text varchar(1000))");
                for (int round = 0; round < 20; round++) {
                    s.execute("insert into churn select \"X\", repeat('x', 1000) from system_range(1, 2000)");
                    s.execute("delete from churn");
                }
                s.execute("checkpoint");
            }
            churned = Files.size(file);
        }

        assertThat(Files.size(file)).isLessThan(churned / 2);
        try (Database again = Database.start(settings)) {
            assertThat(Migrations.migrate(settings)).as("the compacted file is still the migrated database").isZero();
        }
    }
}
