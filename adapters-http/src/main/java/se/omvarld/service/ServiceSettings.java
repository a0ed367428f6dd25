package se.omvarld.service;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import se.omvarld.adapter.db.DbSettings;

/**
 * How the service runs, from environment variables: {@value #PORT} (default 8080; 0 picks a free port),
 * {@value #DEMO_DATA} ({@code true} by default: an empty database gets the demo register), {@value #PROFILES_DIR}
 * (a folder of further policy profiles) and the database's own variables ({@link DbSettings}).
 */
public record ServiceSettings(int port, boolean demoData, Optional<Path> profilesDir, DbSettings database) {

    public static final String PORT = "OMVARLD_PORT";
    public static final String DEMO_DATA = "OMVARLD_DEMO_DATA";
    public static final String PROFILES_DIR = "OMVARLD_PROFILES_DIR";

    public ServiceSettings {
        checkArgument(port >= 0 && port <= 65535, "%s must be 0 to 65535, was %s", PORT, port);
        checkNotNull(profilesDir, "profilesDir is required (may be empty)");
        checkNotNull(database, "database is required");
    }

    public static ServiceSettings fromEnvironment(Map<String, String> environment) {
        String port = environment.getOrDefault(PORT, "8080");
        checkArgument(port.matches("\\d{1,5}"), "%s must be a port number, was '%s'", PORT, port);
        String demo = environment.getOrDefault(DEMO_DATA, "true");
        checkArgument(demo.equals("true") || demo.equals("false"), "%s must be true or false, was '%s'", DEMO_DATA,
                demo);
        String profiles = environment.get(PROFILES_DIR);
        return new ServiceSettings(Integer.parseInt(port), Boolean.parseBoolean(demo),
                profiles == null || profiles.isBlank() ? Optional.empty() : Optional.of(Path.of(profiles)),
                DbSettings.fromEnvironment(environment));
    }
}
