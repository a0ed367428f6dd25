package se.omvarld.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import se.omvarld.adapter.db.DbSettings;

/**
 * How the service runs, from environment variables: {@value #PORT} (default 8080; 0 picks a free port),
 * {@value #DEMO_DATA} ({@code true} by default: an empty database gets the demo register), {@value #PROFILES_DIR}
 * (a folder of further policy profiles), {@value #ECB_URL} and {@value #ECB_REFRESH} (where to fetch the ECB's rates
 * file and how often, an ISO 8601 duration such as {@code PT24H}; no refresh unless both are set), {@value #PUBLIC_URL}
 * (the address the public reaches the service at, e.g. {@code https://omvarld.lidkoping.se}: the open-data feed names
 * itself by it; default {@code http://localhost:} and the port) and the database's own variables ({@link DbSettings}).
 */
public record ServiceSettings(int port, boolean demoData, Optional<Path> profilesDir, DbSettings database,
        Optional<URI> ecbUrl, Optional<Duration> ecbRefresh, Optional<URI> publicUrl) {

    public static final String PORT = "OMVARLD_PORT";
    public static final String DEMO_DATA = "OMVARLD_DEMO_DATA";
    public static final String PROFILES_DIR = "OMVARLD_PROFILES_DIR";
    public static final String ECB_URL = "OMVARLD_ECB_URL";
    public static final String ECB_REFRESH = "OMVARLD_ECB_REFRESH";
    public static final String PUBLIC_URL = "OMVARLD_PUBLIC_URL";

    public ServiceSettings {
        checkArgument(port >= 0 && port <= 65535, "%s must be 0 to 65535, was %s", PORT, port);
        checkNotNull(profilesDir, "profilesDir is required (may be empty)");
        checkNotNull(database, "database is required");
        checkNotNull(ecbUrl, "ecbUrl is required (may be empty)");
        checkNotNull(ecbRefresh, "ecbRefresh is required (may be empty)");
        checkArgument(ecbRefresh.isEmpty() || ecbUrl.isPresent(), "%s needs %s", ECB_REFRESH, ECB_URL);
        checkArgument(ecbRefresh.map(d -> d.compareTo(Duration.ofMinutes(1)) >= 0).orElse(true),
                "%s must be at least a minute, was %s", ECB_REFRESH, ecbRefresh.orElse(null));
        checkNotNull(publicUrl, "publicUrl is required (may be empty)");
    }

    /** Without a public address of its own. */
    public ServiceSettings(int port, boolean demoData, Optional<Path> profilesDir, DbSettings database,
            Optional<URI> ecbUrl, Optional<Duration> ecbRefresh) {
        this(port, demoData, profilesDir, database, ecbUrl, ecbRefresh, Optional.empty());
    }

    /** The address the public reaches the service at. */
    public URI publicAddress() {
        return publicUrl.orElseGet(() -> URI.create("http://localhost:" + port));
    }

    /** Without the ECB refresh. */
    public ServiceSettings(int port, boolean demoData, Optional<Path> profilesDir, DbSettings database) {
        this(port, demoData, profilesDir, database, Optional.empty(), Optional.empty());
    }

    public static ServiceSettings fromEnvironment(Map<String, String> environment) {
        String port = environment.getOrDefault(PORT, "8080");
        checkArgument(port.matches("\\d{1,5}"), "%s must be a port number, was '%s'", PORT, port);
        String demo = environment.getOrDefault(DEMO_DATA, "true");
        checkArgument(demo.equals("true") || demo.equals("false"), "%s must be true or false, was '%s'", DEMO_DATA,
                demo);
        String profiles = environment.get(PROFILES_DIR);
        Optional<URI> ecbUrl = Optional.ofNullable(environment.get(ECB_URL)).filter(u -> !u.isBlank())
                .map(u -> {
                    checkArgument(u.startsWith("http://") || u.startsWith("https://"),
                            "%s must be an http(s) URL, was '%s'", ECB_URL, u);
                    return URI.create(u);
                });
        Optional<Duration> ecbRefresh = Optional.ofNullable(environment.get(ECB_REFRESH)).filter(r -> !r.isBlank())
                .map(r -> {
                    try {
                        return Duration.parse(r);
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException(ECB_REFRESH + " must be an ISO 8601 duration such as"
                                + " PT24H, was '" + r + "'", e);
                    }
                });
        Optional<URI> publicUrl = Optional.ofNullable(environment.get(PUBLIC_URL)).filter(u -> !u.isBlank())
                .map(u -> {
                    checkArgument(u.matches("https?://[^/?#]+/?"), "%s must be an http(s) address without a path,"
                            + " was '%s'", PUBLIC_URL, u);
                    return URI.create(u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
                });
        return new ServiceSettings(Integer.parseInt(port), Boolean.parseBoolean(demo),
                profiles == null || profiles.isBlank() ? Optional.empty() : Optional.of(Path.of(profiles)),
                DbSettings.fromEnvironment(environment), ecbUrl, ecbRefresh, publicUrl);
    }
}
