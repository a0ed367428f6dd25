package se.omvarld.adapter.db;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to reach the database: JDBC URL, user, password, pool size and, optionally, the schema to work in. The one
 * settings type of the db adapter.
 *
 * <p>Defaults: an embedded H2 file database under the working directory ({@code ./data/omvarld}), so the service
 * starts with no database installed; PostgreSQL by setting {@code OMVARLD_DB_URL} to a {@code jdbc:postgresql:} URL.
 *
 * @param schema the schema the register lives in, created by the migrations when missing; empty for the
 *               connection's default ({@code public} on PostgreSQL, {@code public} on H2)
 */
public record DbSettings(String url, String user, String password, int poolSize, Optional<String> schema) {

    public static final String URL_VARIABLE = "OMVARLD_DB_URL";
    public static final String USER_VARIABLE = "OMVARLD_DB_USER";
    public static final String PASSWORD_VARIABLE = "OMVARLD_DB_PASSWORD";
    public static final String POOL_SIZE_VARIABLE = "OMVARLD_DB_POOL_SIZE";
    public static final String SCHEMA_VARIABLE = "OMVARLD_DB_SCHEMA";

    /** The flags every H2 URL needs: PostgreSQL mode, and the lower-case names jOOQ's generated code uses. */
    public static final String H2_FLAGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    /**
     * H2 closes an embedded database in a shutdown hook of its own, which may run before the service's: the service's
     * stop then finds it closed and cannot compact the file (see {@code Database#close}). So an embedded file database
     * is left for the service to close, which it does when it stops.
     */
    private static final String CLOSE_ON_EXIT = "DB_CLOSE_ON_EXIT";
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/omvarld" + H2_FLAGS;
    public static final String DEFAULT_USER = "sa";
    public static final String DEFAULT_PASSWORD = "";
    public static final int DEFAULT_POOL_SIZE = 10;
    public static final int MAX_POOL_SIZE = 200;

    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** The databases the adapter speaks to. */
    public enum Vendor {
        H2, POSTGRESQL
    }

    public DbSettings {
        checkNotNull(url, "url is required");
        checkNotNull(user, "user is required");
        checkNotNull(password, "password is required (may be empty)");
        checkNotNull(schema, "schema is required (may be empty)");
        checkArgument(vendorOf(url).isPresent(), "url must be a jdbc:h2: or jdbc:postgresql: URL, was '%s'", url);
        if (embeddedFile(url) && !url.toUpperCase(Locale.ROOT).contains(CLOSE_ON_EXIT)) {
            url = url + ";" + CLOSE_ON_EXIT + "=FALSE";
        }
        checkArgument(!user.isBlank(), "user must not be blank");
        checkArgument(poolSize >= 1 && poolSize <= MAX_POOL_SIZE, "poolSize must be 1 to %s, was %s", MAX_POOL_SIZE,
                poolSize);
        schema.ifPresent(s -> checkArgument(SCHEMA_NAME.matcher(s).matches(),
                "schema must be a lower-case SQL name (a-z, 0-9, _; at most 63 characters), was '%s'", s));
    }

    /** The service's default: the H2 file database {@code ./data/omvarld}. */
    public static DbSettings defaults() {
        return new DbSettings(DEFAULT_URL, DEFAULT_USER, DEFAULT_PASSWORD, DEFAULT_POOL_SIZE, Optional.empty());
    }

    /** A private in-memory H2 database, kept while the JVM runs: for fast tests. */
    public static DbSettings inMemory(String name) {
        checkArgument(name.matches("[A-Za-z0-9_]+"), "in-memory database name must be letters, digits or _");
        return new DbSettings("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + H2_FLAGS, DEFAULT_USER,
                DEFAULT_PASSWORD, 4, Optional.empty());
    }

    /** The settings from the process environment, with the defaults for what is not set. */
    public static DbSettings fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /**
     * The settings from {@code environment}: {@value #URL_VARIABLE}, {@value #USER_VARIABLE},
     * {@value #PASSWORD_VARIABLE}, {@value #POOL_SIZE_VARIABLE} and {@value #SCHEMA_VARIABLE}, each optional.
     *
     * @throws IllegalArgumentException naming the variable whose value is unusable
     */
    public static DbSettings fromEnvironment(Map<String, String> environment) {
        checkNotNull(environment, "environment is required");
        String url = valueOf(environment, URL_VARIABLE).orElse(DEFAULT_URL);
        if (vendorOf(url).isEmpty()) {
            throw invalid(URL_VARIABLE, url, "a jdbc:h2: or jdbc:postgresql: URL");
        }
        String user = valueOf(environment, USER_VARIABLE).orElse(DEFAULT_USER);
        String password = Optional.ofNullable(environment.get(PASSWORD_VARIABLE)).orElse(DEFAULT_PASSWORD);
        int poolSize = valueOf(environment, POOL_SIZE_VARIABLE).map(DbSettings::poolSize).orElse(DEFAULT_POOL_SIZE);
        Optional<String> schema = valueOf(environment, SCHEMA_VARIABLE);
        schema.ifPresent(s -> {
            if (!SCHEMA_NAME.matcher(s).matches()) {
                throw invalid(SCHEMA_VARIABLE, s, "a lower-case SQL name (a-z, 0-9, _; at most 63 characters)");
            }
        });
        return new DbSettings(url, user, password, poolSize, schema);
    }

    private static Optional<String> valueOf(Map<String, String> environment, String variable) {
        String value = environment.get(variable);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(variable + " is set but blank; unset it to use the default");
        }
        return Optional.of(value.strip());
    }

    private static int poolSize(String value) {
        try {
            int size = Integer.parseInt(value);
            if (size >= 1 && size <= MAX_POOL_SIZE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(POOL_SIZE_VARIABLE, value, "a whole number from 1 to " + MAX_POOL_SIZE);
    }

    private static IllegalArgumentException invalid(String variable, String value, String expected) {
        return new IllegalArgumentException(variable + " must be " + expected + ", was '" + value + "'");
    }

    private static Optional<Vendor> vendorOf(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return Optional.of(Vendor.H2);
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return Optional.of(Vendor.POSTGRESQL);
        }
        return Optional.empty();
    }

    /** Whether this is an H2 database in a file of this process, rather than in memory or behind an H2 server. */
    public boolean embeddedFile() {
        return embeddedFile(url);
    }

    private static boolean embeddedFile(String url) {
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:") && !url.startsWith("jdbc:h2:tcp:")
                && !url.startsWith("jdbc:h2:ssl:");
    }

    public Vendor vendor() {
        return vendorOf(url).orElseThrow();
    }

    /** The same settings working in {@code newSchema}. */
    public DbSettings withSchema(String newSchema) {
        return new DbSettings(url, user, password, poolSize, Optional.of(newSchema));
    }

    /** The same settings with another pool size. */
    public DbSettings withPoolSize(int newPoolSize) {
        return new DbSettings(url, user, password, newPoolSize, schema);
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "DbSettings[url=" + url + ", user=" + user + ", password=" + (password.isEmpty() ? "(none)" : "***")
                + ", poolSize=" + poolSize + ", schema=" + schema.orElse("(default)") + "]";
    }
}
