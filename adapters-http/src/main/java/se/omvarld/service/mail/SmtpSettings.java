package se.omvarld.service.mail;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.omvarld.domain.access.EmailAddress;

/**
 * How reminder e-mails are sent, from environment variables: {@value #HOST} (no host, no reminders), {@value #PORT}
 * (default 25, 587 with STARTTLS, 465 with TLS), {@value #USER} and {@value #PASSWORD} (both or neither; without them
 * the server is not asked to authenticate), {@value #TLS} ({@code none}, {@code starttls} or {@code tls}; default
 * {@code starttls}: a password never crosses the network in the clear unless asked), {@value #FROM} (the sender's
 * address, required with a host) and {@value #INTERVAL} (how often the reminders are looked at, an ISO 8601 duration
 * of at least a minute; default {@code PT1H}).
 */
public record SmtpSettings(String host, int port, Optional<String> user, Optional<String> password, Tls tls,
        EmailAddress from, Duration interval) {

    public static final String HOST = "OMVARLD_SMTP_HOST";
    public static final String PORT = "OMVARLD_SMTP_PORT";
    public static final String USER = "OMVARLD_SMTP_USER";
    public static final String PASSWORD = "OMVARLD_SMTP_PASSWORD";
    public static final String TLS = "OMVARLD_SMTP_TLS";
    public static final String FROM = "OMVARLD_MAIL_FROM";
    public static final String INTERVAL = "OMVARLD_REMINDER_INTERVAL";

    /** How the connection to the SMTP server is protected. */
    public enum Tls {
        /** In the clear: for a relay on the same host or network only. */
        NONE(25),
        /** A plain connection upgraded with STARTTLS, which must succeed (submission, port 587). */
        STARTTLS(587),
        /** TLS from the first byte (implicit TLS, port 465). */
        TLS(465);

        private final int defaultPort;

        Tls(int defaultPort) {
            this.defaultPort = defaultPort;
        }

        public int defaultPort() {
            return defaultPort;
        }
    }

    public SmtpSettings {
        checkNotNull(host, "%s is required", HOST);
        checkArgument(host.matches("[A-Za-z0-9.:\\[\\]-]{1,253}"), "%s must be a host name or address, was '%s'",
                HOST, host);
        checkArgument(port >= 1 && port <= 65535, "%s must be 1 to 65535, was %s", PORT, port);
        checkNotNull(user, "user is required (may be empty)");
        checkNotNull(password, "password is required (may be empty)");
        checkArgument(user.isPresent() == password.isPresent(), "%s and %s are set together or not at all", USER,
                PASSWORD);
        checkNotNull(tls, "%s is required", TLS);
        checkNotNull(from, "%s is required", FROM);
        checkNotNull(interval, "%s is required", INTERVAL);
        checkArgument(interval.compareTo(Duration.ofMinutes(1)) >= 0, "%s must be at least a minute, was %s",
                INTERVAL, interval);
    }

    /** The settings of {@code environment}, or empty when {@value #HOST} is not set: then no reminders are sent. */
    public static Optional<SmtpSettings> fromEnvironment(Map<String, String> environment) {
        Optional<String> host = value(environment, HOST);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        String tlsName = value(environment, TLS).orElse("starttls");
        Tls tls;
        try {
            tls = Tls.valueOf(tlsName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(TLS + " must be none, starttls or tls, was '" + tlsName + "'", e);
        }
        String port = value(environment, PORT).orElse(String.valueOf(tls.defaultPort()));
        checkArgument(port.matches("\\d{1,5}"), "%s must be a port number, was '%s'", PORT, port);
        String from = value(environment, FROM).orElseThrow(() -> new IllegalArgumentException(FROM
                + " is required when " + HOST + " is set: the address reminders are sent from"));
        EmailAddress sender;
        try {
            sender = EmailAddress.of(from);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(FROM + " must be an e-mail address, was '" + from + "'", e);
        }
        Duration interval = value(environment, INTERVAL).map(i -> {
            try {
                return Duration.parse(i);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(INTERVAL + " must be an ISO 8601 duration such as PT1H, was '" + i
                        + "'", e);
            }
        }).orElse(Duration.ofHours(1));
        return Optional.of(new SmtpSettings(host.get(), Integer.parseInt(port), value(environment, USER),
                Optional.ofNullable(environment.get(PASSWORD)).filter(p -> !p.isEmpty()), tls, sender, interval));
    }

    private static Optional<String> value(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", tls=" + tls.name().toLowerCase(Locale.ROOT)
                + user.map(u -> ", user=" + u).orElse("") + ", from=" + from + ", every " + interval + "]";
    }
}
