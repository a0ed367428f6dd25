package se.omvarld.adapter.http.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import se.omvarld.adapter.http.Access;
import se.omvarld.adapter.http.Description;
import se.omvarld.adapter.http.OpenApiDocument;
import se.omvarld.adapter.http.ProblemException;
import se.omvarld.adapter.http.Reply;
import se.omvarld.adapter.http.Route;

/** The service's own routes: health, metrics, the OpenAPI document and Swagger UI. */
public final class SystemRoutes {

    private static final String TAG = "Service";
    /** The webjar's version: the pom names the same one. */
    static final String SWAGGER_UI = "/webjars/swagger-ui/5.34.1";

    private final BooleanSupplier ready;
    private final Supplier<String> metrics;
    private final String version;
    private final ObjectMapper json;

    public SystemRoutes(BooleanSupplier ready, Supplier<String> metrics, String version, ObjectMapper json) {
        this.ready = ready;
        this.metrics = metrics;
        this.version = version;
        this.json = json;
    }

    @Description("The service's health.")
    public record Health(String status) {
    }

    /** These routes, with {@code all} (every route of the service, these included) for the document. */
    public List<Route> routes(Supplier<List<Route>> all) {
        return List.of(
                Route.get("/health/live").operation("live", "Is the service alive").tag(TAG).access(Access.PUBLIC)
                        .description("Answers 200 while the process runs.")
                        .returnsList(Health.class).handle(x -> Reply.ok(List.of(new Health("UP")))),
                Route.get("/health/ready").operation("ready", "Is the service ready").tag(TAG)
                        .access(Access.PUBLIC)
                        .description("Answers 200 when the database answers, 503 otherwise.")
                        .mayAnswer(503).returnsList(Health.class).handle(x -> {
                            if (!ready.getAsBoolean()) {
                                throw ProblemException.of(503, "Service unavailable", "the database does not answer");
                            }
                            return Reply.ok(List.of(new Health("UP")));
                        }),
                Route.get("/metrics").operation("metrics", "Read the metrics").tag(TAG).access(Access.PUBLIC)
                        .description("Prometheus metrics: requests by route and status, latency histograms,"
                                + " database pool use, JVM.")
                        .returnsText("text/plain").handle(x -> Reply.text("text/plain; version=0.0.4",
                                metrics.get())),
                Route.get("/openapi.json").operation("openApi", "Read the OpenAPI document").tag(TAG)
                        .access(Access.PUBLIC).description("This document.")
                        .returnsText("application/json").handle(x -> Reply.text("application/json",
                                document(all.get()))),
                Route.get("/docs").operation("docs", "Read the API's documentation").tag(TAG)
                        .access(Access.PUBLIC).description("Swagger UI on this document, served from this service.")
                        .returnsText("text/html").handle(x -> Reply.text("text/html; charset=utf-8", page())));
    }

    private String document(List<Route> routes) {
        try {
            return json.writeValueAsString(OpenApiDocument.of(version, "/", routes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the document is always writable", e);
        }
    }

    private static String page() {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Omvärld API</title>"
                + "<link rel=\"stylesheet\" href=\"" + SWAGGER_UI + "/swagger-ui.css\"></head><body>"
                + "<div id=\"swagger-ui\"></div><script src=\"" + SWAGGER_UI + "/swagger-ui-bundle.js\"></script>"
                + "<script>window.ui = SwaggerUIBundle({url: '/openapi.json', dom_id: '#swagger-ui'});</script>"
                + "</body></html>\n";
    }
}
