package se.omvarld.adapter.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * What {@link Migrations#migrate} does at a start: Flyway only when the schema history lacks a shipped migration or
 * holds a failed one; a database already up to date is left alone, unvalidated.
 */
abstract class MigrateAtStartContract {

    /** Settings of a fresh, empty database (or schema) no other test uses. */
    protected abstract DbSettings freshDatabase();

    /** Every migration Flyway finds for the database of {@code settings}, oldest first. */
    private static List<MigrationVersion> shippedByFlyway(DbSettings settings) {
        return Stream.of(Migrations.flyway(settings, MigrationVersion.LATEST).info().all())
                .map(MigrationInfo::getVersion).sorted().collect(Collectors.toList());
    }

    @Test
    void the_versions_the_start_checks_are_every_migration_flyway_finds() {
        DbSettings settings = freshDatabase();

        assertThat(shippedByFlyway(settings)).extracting(MigrationVersion::getVersion)
                .as("Migrations.COMMON_VERSIONS and POSTGRESQL_VERSIONS name every shipped migration")
                .containsExactlyInAnyOrderElementsOf(Migrations.shippedVersions(settings));
    }

    @Test
    void an_empty_database_is_migrated_to_the_latest_version() {
        DbSettings settings = freshDatabase();

        assertThat(Migrations.migrate(settings)).isEqualTo(Migrations.shippedVersions(settings).size());
        assertThat(Migrations.upToDate(settings)).isTrue();
    }

    @Test
    void a_database_one_migration_behind_is_migrated_to_the_latest_version() {
        DbSettings settings = freshDatabase();
        List<MigrationVersion> versions = shippedByFlyway(settings);
        Migrations.migrateTo(settings, versions.get(versions.size() - 2).getVersion());
        assertThat(Migrations.upToDate(settings)).isFalse();

        assertThat(Migrations.migrate(settings)).isEqualTo(1);
        assertThat(Migrations.upToDate(settings)).isTrue();
    }

    @Test
    void an_up_to_date_database_is_not_migrated_nor_validated_again() throws SQLException {
        DbSettings settings = freshDatabase();
        Migrations.migrate(settings);
        // A checksum Flyway's validation would refuse: only a start that leaves Flyway out gets past it.
        execute(settings, "update " + history(settings) + " set checksum = checksum + 1 where version = '1'");
        assertThatThrownBy(() -> Migrations.flyway(settings, MigrationVersion.LATEST).validate())
                .isInstanceOf(FlywayException.class);

        assertThat(Migrations.migrate(settings)).isZero();
    }

    @Test
    void a_database_with_a_failed_migration_goes_to_flyway_which_refuses_it() throws SQLException {
        DbSettings settings = freshDatabase();
        Migrations.migrate(settings);
        execute(settings, "update " + history(settings) + " set success = false where version = '9'");

        assertThat(Migrations.upToDate(settings)).isFalse();
        assertThatThrownBy(() -> Migrations.migrate(settings)).isInstanceOf(FlywayException.class)
                .hasMessageContaining("failed");
    }

    private static String history(DbSettings settings) {
        return settings.schema().map(s -> s + ".").orElse("") + "flyway_schema_history";
    }

    private static void execute(DbSettings settings, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
                Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
