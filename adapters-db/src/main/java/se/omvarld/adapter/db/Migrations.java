package se.omvarld.adapter.db;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * The Flyway migrations, the one source of the schema: {@code db/migration} for every database, plus
 * {@code db/vendor/postgresql} for what only PostgreSQL can say (e.g. the trigger that keeps the audit trail
 * append-only), plus the Java migrations of this package for what SQL cannot say portably (e.g.
 * {@link V5_1__Committee_ids} and {@link V8_1__Unit_ids}, which give stored committees and units the ids the domain
 * makes from their names).
 */
public final class Migrations {

    static final String COMMON_LOCATION = "classpath:db/migration";
    static final String POSTGRESQL_LOCATION = "classpath:db/vendor/postgresql";

    /**
     * The versions of every migration shipped for every database (SQL and Java), and those only PostgreSQL has.
     * Written out because listing them at run time is the class-path scan a start should not pay for;
     * {@code MigrationUpgradeContract} fails when they differ from what Flyway finds.
     */
    static final ImmutableSet<String> COMMON_VERSIONS = ImmutableSet.of("1", "2", "3", "4", "5", "5.1", "5.2", "6",
            "8", "8.1", "8.2", "9", "10", "11", "12", "13", "14", "15");
    static final ImmutableSet<String> POSTGRESQL_VERSIONS = ImmutableSet.of("1.1", "4.1", "9.1", "12.1");

    private Migrations() {
    }

    /**
     * Migrates the database of {@code settings} to the latest version; returns how many migrations ran. A database
     * whose schema history records every shipped migration as applied, and none as failed, is left to itself:
     * configuring Flyway and validating the applied migrations took most of a restart (seconds on two cores), and
     * Flyway would find nothing to do. The price: an applied script edited afterwards is no longer noticed at start.
     */
    public static int migrate(DbSettings settings) {
        checkNotNull(settings, "settings are required");
        if (upToDate(settings)) {
            return 0;
        }
        return flyway(settings, MigrationVersion.LATEST).migrate().migrationsExecuted;
    }

    /**
     * Migrates the database of {@code settings} up to {@code version} (e.g. {@code "1"}) and no further: for tests
     * of upgrades from an older schema.
     */
    public static int migrateTo(DbSettings settings, String version) {
        checkNotNull(version, "version is required");
        return flyway(settings, MigrationVersion.fromVersion(version)).migrate().migrationsExecuted;
    }

    /** The versions of the migrations shipped for the database of {@code settings}. */
    static ImmutableSet<String> shippedVersions(DbSettings settings) {
        if (settings.vendor() == DbSettings.Vendor.POSTGRESQL) {
            return ImmutableSet.<String>builder().addAll(COMMON_VERSIONS).addAll(POSTGRESQL_VERSIONS).build();
        }
        return COMMON_VERSIONS;
    }

    /**
     * Whether the schema history holds every shipped migration as applied and no failed one: one query. Any error
     * (no history table, no schema, an unreachable database) answers no, and Flyway, which runs then, reports it.
     */
    static boolean upToDate(DbSettings settings) {
        String history = settings.schema().map(s -> s + ".").orElse("") + "flyway_schema_history";
        Set<String> applied = new HashSet<>();
        try (Connection c = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select version, success from " + history)) {
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return false;
                }
                applied.add(rows.getString(1));
            }
        } catch (SQLException e) {
            return false;
        }
        return applied.containsAll(shippedVersions(settings));
    }

    static Flyway flyway(DbSettings settings, MigrationVersion target) {
        checkNotNull(settings, "settings are required");
        List<String> locations = new ArrayList<>(List.of(COMMON_LOCATION));
        if (settings.vendor() == DbSettings.Vendor.POSTGRESQL) {
            locations.add(POSTGRESQL_LOCATION);
        }
        FluentConfiguration configuration = Flyway.configure()
                .dataSource(settings.url(), settings.user(), settings.password())
                .locations(locations.toArray(String[]::new))
                .target(target)
                // Java migrations are given, not scanned for: they live in this package, beside their SQL.
                .javaMigrations(javaMigrations().toArray(JavaMigration[]::new))
                .failOnMissingLocations(true);
        settings.schema().ifPresent(schema -> configuration.schemas(schema).defaultSchema(schema)
                .createSchemas(true));
        return configuration.load();
    }

    private static ImmutableList<JavaMigration> javaMigrations() {
        return ImmutableList.of(new V5_1__Committee_ids(), new V8_1__Unit_ids());
    }
}
