package se.omvarld.adapter.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Observes each answered request twice: as one JSON line in the request log (logger {@code omvarld.request}), and in
 * the metrics as {@code http_server_requests} by method, route and status, with a latency histogram.
 */
public final class RequestMetrics implements RequestObserver {

    private static final Logger REQUESTS = LoggerFactory.getLogger("omvarld.request");

    private final PrometheusMeterRegistry registry;
    private final ObjectMapper json;
    private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();

    public RequestMetrics(PrometheusMeterRegistry registry, ObjectMapper json) {
        this.registry = registry;
        this.json = json;
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

    /** The request's log line, written field by field (a map through the object mapper cost twice as much). */
    private String line(String requestId, String method, String route, int status, double millis, Caller caller) {
        StringWriter line = new StringWriter(192);
        try (JsonGenerator g = json.getFactory().createGenerator(line)) {
            g.writeStartObject();
            g.writeStringField("time", Instant.now().toString());
            g.writeStringField("requestId", requestId);
            g.writeStringField("method", method);
            g.writeStringField("route", route);
            g.writeNumberField("status", status);
            g.writeNumberField("ms", Math.round(millis * 100) / 100.0);
            if (caller != null) {
                g.writeStringField("municipality", caller.municipality().value());
                g.writeStringField("token", caller.tokenId());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("a log line is always writable", e);
        }
        return line.toString();
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }
}
