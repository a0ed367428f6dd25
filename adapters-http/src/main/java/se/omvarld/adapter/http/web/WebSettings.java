package se.omvarld.adapter.http.web;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * How the web app keeps its sessions and guards its sign-in, from environment variables:
 * {@value #SECURE_COOKIES} ({@code true} or {@code false}: whether the session cookie is sent only over TLS; by
 * default, whether the service's public address is https), {@value #SESSION_IDLE} and {@value #SESSION_MAX} (ISO 8601
 * durations: a session ends after 30 minutes without a request, and 8 hours after sign-in whatever happens),
 * {@value #SIGN_IN_FAILURES} and {@value #SIGN_IN_LOCKOUT} (after 5 failed sign-ins for one e-mail address or from one
 * client address, that address is refused for 15 minutes).
 */
public record WebSettings(boolean secureCookies, Duration sessionIdle, Duration sessionMax, int signInFailures,
        Duration signInLockout) {

    public static final String SECURE_COOKIES = "OMVARLD_SECURE_COOKIES";
    public static final String SESSION_IDLE = "OMVARLD_SESSION_IDLE";
    public static final String SESSION_MAX = "OMVARLD_SESSION_MAX";
    public static final String SIGN_IN_FAILURES = "OMVARLD_SIGN_IN_FAILURES";
    public static final String SIGN_IN_LOCKOUT = "OMVARLD_SIGN_IN_LOCKOUT";

    public static final Duration DEFAULT_IDLE = Duration.ofMinutes(30);
    public static final Duration DEFAULT_MAX = Duration.ofHours(8);
    public static final int DEFAULT_FAILURES = 5;
    public static final Duration DEFAULT_LOCKOUT = Duration.ofMinutes(15);

    public WebSettings {
        checkNotNull(sessionIdle, "sessionIdle is required");
        checkNotNull(sessionMax, "sessionMax is required");
        checkNotNull(signInLockout, "signInLockout is required");
        checkArgument(sessionIdle.compareTo(Duration.ofMinutes(1)) >= 0, "%s must be at least a minute, was %s",
                SESSION_IDLE, sessionIdle);
        checkArgument(sessionMax.compareTo(sessionIdle) >= 0, "%s (%s) must not be shorter than %s (%s)", SESSION_MAX,
                sessionMax, SESSION_IDLE, sessionIdle);
        checkArgument(signInFailures >= 1 && signInFailures <= 100, "%s must be 1 to 100, was %s", SIGN_IN_FAILURES,
                signInFailures);
        checkArgument(!signInLockout.isNegative() && !signInLockout.isZero(), "%s must be positive, was %s",
                SIGN_IN_LOCKOUT, signInLockout);
    }

    /** The defaults for a service reached at {@code publicAddress}: secure cookies when it is https. */
    public static WebSettings defaults(URI publicAddress) {
        return new WebSettings("https".equalsIgnoreCase(publicAddress.getScheme()), DEFAULT_IDLE, DEFAULT_MAX,
                DEFAULT_FAILURES, DEFAULT_LOCKOUT);
    }

    public static WebSettings fromEnvironment(Map<String, String> environment, URI publicAddress) {
        WebSettings defaults = defaults(publicAddress);
        String secure = environment.getOrDefault(SECURE_COOKIES, Boolean.toString(defaults.secureCookies()));
        checkArgument(secure.equals("true") || secure.equals("false"), "%s must be true or false, was '%s'",
                SECURE_COOKIES, secure);
        String failures = environment.getOrDefault(SIGN_IN_FAILURES, Integer.toString(DEFAULT_FAILURES));
        checkArgument(failures.matches("\\d{1,3}"), "%s must be a number, was '%s'", SIGN_IN_FAILURES, failures);
        return new WebSettings(Boolean.parseBoolean(secure), duration(environment, SESSION_IDLE, DEFAULT_IDLE),
                duration(environment, SESSION_MAX, DEFAULT_MAX), Integer.parseInt(failures),
                duration(environment, SIGN_IN_LOCKOUT, DEFAULT_LOCKOUT));
    }

    private static Duration duration(Map<String, String> environment, String name, Duration otherwise) {
        String given = environment.get(name);
        if (given == null || given.isBlank()) {
            return otherwise;
        }
        try {
            return Duration.parse(given);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an ISO 8601 duration such as PT30M, was '" + given
                    + "'", e);
        }
    }

    /** These settings with another lockout, e.g. for a test that must see one end. */
    public WebSettings withSignInLockout(int failures, Duration lockout) {
        return new WebSettings(secureCookies, sessionIdle, sessionMax, failures, lockout);
    }
}
