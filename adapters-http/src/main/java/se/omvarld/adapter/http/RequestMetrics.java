package se.omvarld.adapter.http;

import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Observes each answered request twice: as one JSON line in the request log (logger {@code omvarld.request}), and in
 * the metrics as {@code http_server_requests} by method, route and status, with a latency histogram.
 */
public final class RequestMetrics implements RequestObserver {

    /** The logger of the request log. */
    public static final String LOGGER = "omvarld.request";
    private static final Logger REQUESTS = LoggerFactory.getLogger(LOGGER);

    private final PrometheusMeterRegistry registry;
    private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();

    public RequestMetrics(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    /** Building a timer looks it up in the registry by its sorted tags: once per route and status, not per request. */
    private record TimerKey(String method, String route, int status) {
    }

    private Timer timer(TimerKey key) {
        return Timer.builder("http.server.requests").description("Requests answered, by route and status")
                .tag("method", key.method()).tag("route", key.route()).tag("status", Integer.toString(key.status()))
                .publishPercentileHistogram().serviceLevelObjectives(Duration.ofMillis(10), Duration.ofMillis(50),
                        Duration.ofMillis(250))
                .register(registry);
    }

    @Override
    public void answered(String requestId, String method, String route, int status, double millis,
            Caller caller) {
        timers.computeIfAbsent(new TimerKey(method, route, status), this::timer)
                .record(Duration.ofNanos((long) (millis * 1_000_000)));
        if (REQUESTS.isInfoEnabled()) {
            REQUESTS.info(line(requestId, method, route, status, millis, caller));
        }
    }

    /**
     * The request's log line, one JSON object. Written into a string builder rather than through a JSON generator:
     * the generator, the number's {@code Double.toString} and its own buffers were half of what a request's log and
     * metrics cost (JFR, single read under load: adapters-http/BENCHMARK.md). The values are ids, names and numbers
     * the service made or checked, but each string is still escaped as JSON requires.
     */
    static String line(String requestId, String method, String route, int status, double millis, Caller caller) {
        StringBuilder line = new StringBuilder(192).append("{\"time\":\"");
        DateTimeFormatter.ISO_INSTANT.formatTo(Instant.now(), line);
        line.append('"');
        field(line, "requestId", requestId);
        field(line, "method", method);
        field(line, "route", route);
        line.append(",\"status\":").append(status).append(",\"ms\":");
        hundredths(line, Math.round(millis * 100));
        if (caller != null) {
            field(line, "municipality", caller.municipality().value());
            field(line, "token", caller.tokenId());
        }
        return line.append('}').toString();
    }

    private static void field(StringBuilder line, String name, String value) {
        line.append(",\"").append(name).append("\":\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                line.append('\\').append(c);
            } else if (c < 0x20) {
                line.append(String.format("\\u%04x", (int) c));
            } else {
                line.append(c);
            }
        }
        line.append('"');
    }

    /** A number of hundredths as a decimal, written as {@code Double.toString} writes it: 12.5, 0.07, 3.0. */
    private static void hundredths(StringBuilder line, long hundredths) {
        line.append(hundredths / 100).append('.');
        long fraction = hundredths % 100;
        if (fraction % 10 == 0) {
            line.append(fraction / 10);
        } else {
            line.append(fraction < 10 ? "0" : "").append(fraction);
        }
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }
}
