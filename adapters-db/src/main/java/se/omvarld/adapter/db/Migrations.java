package se.omvarld.adapter.db;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;

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

    private Migrations() {
    }

    /** Migrates the database of {@code settings} to the latest version; returns how many migrations ran. */
    public static int migrate(DbSettings settings) {
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

    private static Flyway flyway(DbSettings settings, MigrationVersion target) {
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
                .javaMigrations(new V5_1__Committee_ids(), new V8_1__Unit_ids())
                .failOnMissingLocations(true);
        settings.schema().ifPresent(schema -> configuration.schemas(schema).defaultSchema(schema)
                .createSchemas(true));
        return configuration.load();
    }
}
