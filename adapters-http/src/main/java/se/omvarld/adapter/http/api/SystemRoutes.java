package se.omvarld.adapter.http.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.base.Suppliers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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
    /** Where Swagger UI's webjar keeps its files: the pom names the same version. */
    private static final String SWAGGER_UI = "/META-INF/resources/webjars/swagger-ui/5.34.1/";
    /** The files change only with the webjar's version, that is with the service's. */
    private static final Map<String, String> CACHED_FOR_A_DAY = Map.of("Cache-Control", "public, max-age=86400");
    private static final String INITIALIZER = "window.onload = function () {\n"
            + "  window.ui = SwaggerUIBundle({url: '/openapi.json', dom_id: '#swagger-ui'});\n};\n";

    /** Read on first use: the bundle is 1.7 MB that most starts of the service never serve. */
    private final Supplier<byte[]> bundle = Suppliers.memoize(() -> webjarFile("swagger-ui-bundle.js"));
    private final Supplier<byte[]> stylesheet = Suppliers.memoize(() -> webjarFile("swagger-ui.css"));

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
                        .returnsText("text/html").handle(x -> Reply.text("text/html; charset=utf-8", page())),
                Route.get("/docs/swagger-ui-bundle.js").operation("docsScript", "Read Swagger UI's script").tag(TAG)
                        .access(Access.PUBLIC).description("Swagger UI's script, from its webjar.")
                        .returnsText("text/javascript").handle(x -> Reply.bytes("text/javascript; charset=utf-8",
                                bundle.get(), CACHED_FOR_A_DAY)),
                Route.get("/docs/swagger-initializer.js").operation("docsInitializer",
                        "Read the script that starts Swagger UI").tag(TAG).access(Access.PUBLIC)
                        .description("Starts Swagger UI on this service's document; a file, not an inline script,"
                                + " so that a strict Content-Security-Policy allows it.")
                        .returnsText("text/javascript").handle(x -> Reply.bytes("text/javascript; charset=utf-8",
                                INITIALIZER.getBytes(StandardCharsets.UTF_8), CACHED_FOR_A_DAY)),
                Route.get("/docs/swagger-ui.css").operation("docsStylesheet", "Read Swagger UI's stylesheet")
                        .tag(TAG).access(Access.PUBLIC).description("Swagger UI's stylesheet, from its webjar.")
                        .returnsText("text/css").handle(x -> Reply.bytes("text/css; charset=utf-8",
                                stylesheet.get(), CACHED_FOR_A_DAY)));
    }

    private static byte[] webjarFile(String name) {
        try (InputStream in = SystemRoutes.class.getResourceAsStream(SWAGGER_UI + name)) {
            if (in == null) {
                throw new IllegalStateException("Swagger UI's " + name + " is not on the classpath at " + SWAGGER_UI);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
                + "<link rel=\"stylesheet\" href=\"/docs/swagger-ui.css\"></head><body>"
                + "<div id=\"swagger-ui\"></div><script src=\"/docs/swagger-ui-bundle.js\"></script>"
                + "<script src=\"/docs/swagger-initializer.js\"></script></body></html>\n";
    }
}
