package se.omvarld.adapter.http;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.omvarld.domain.shared.MunicipalityCode;

/**
 * The HTTP server of the API: registers each route of the table and puts every request through the same checks, in
 * this order — a route for the path and method (404, 405), the path's parameters (400), the token (401, 429), its
 * municipality (404, never a hint that another exists) and role (403), the query (400), what the client accepts
 * (406), the body's media type and size (415, 413) and If-Match (428, 412) — before the route's endpoint runs.
 * Every error is an RFC 9457 problem; a fault is a 500 problem with the request id, and the log holds the rest.
 *
 * <p>The same server may serve {@linkplain Extension extensions} beside the API under path prefixes of their own (the
 * coordinator's web app under {@code /app}): they register what they serve, and answer the errors on their paths
 * their own way; the API's routes, checks and problems stay as they are.
 */
public final class HttpApi {

    public static final String REQUEST_ID = "X-Request-Id";
    /** The largest body the API reads. */
    public static final long MAX_BODY = 256 * 1024;
    /** How much of a file too large for its route is read and thrown away before the 413. */
    private static final long MAX_DISCARDED = 64L * 1024 * 1024;
    /** How long a stop waits for the requests in flight to finish. */
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
    private static final Pattern CLIENT_REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern ETAG = Pattern.compile("\"(0|[1-9]\\d{0,17})\"");
    private static final String CALLER = "omvarld.caller";
    private static final String ROUTE = "omvarld.route";
    private static final String ID = "omvarld.requestId";

    private final List<Route> routes;
    private final Authentication authentication;
    private final ObjectMapper json;
    private final Validator validator;
    private final RequestObserver observer;

    public HttpApi(List<Route> routes, Authentication authentication, ObjectMapper json, Validator validator,
            RequestObserver observer) {
        this.routes = List.copyOf(routes);
        this.authentication = checkNotNull(authentication, "authentication is required");
        this.json = checkNotNull(json, "json is required");
        this.validator = checkNotNull(validator, "validator is required");
        this.observer = checkNotNull(observer, "observer is required");
        Set<String> seen = new HashSet<>();
        for (Route r : routes) {
            if (!seen.add(r.method() + " " + r.path()) || !seen.add(r.operationId())) {
                throw new IllegalArgumentException("two routes share " + r + " or " + r.operationId());
            }
        }
    }

    public List<Route> routes() {
        return routes;
    }

    /**
     * Something the server serves beside the API under a path prefix of its own, such as the coordinator's web app:
     * it registers its handlers and files, and answers every error on its paths (an HTML page, not a problem).
     */
    public interface Extension {

        /** The prefix of every path it serves, e.g. {@code /app}; the paths below it are its own. */
        String pathPrefix();

        /** The other paths it serves outside its prefix, such as shared static files (e.g. {@code /webjars}). */
        default List<String> otherPrefixes() {
            return List.of();
        }

        /** Registers its handlers, filters and static files. */
        void register(JavalinConfig config);

        /**
         * Answers {@code failure} (a {@link HttpResponseException} for Javalin's own 404, 405 and 413) on one of its
         * paths; the request's id is the one the response carries in {@value #REQUEST_ID}.
         */
        void failed(Context ctx, Exception failure, String requestId);
    }

    /** The server, not yet started. */
    public Javalin create() {
        return create(List.of());
    }

    /** The server with {@code extensions} beside the API, not yet started. */
    public Javalin create(List<? extends Extension> extensions) {
        List<Extension> beside = List.copyOf(extensions);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_BODY;
            config.http.prefer405over404 = true;
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(new JettyProblems(json));
                server.setStopTimeout(STOP_TIMEOUT.toMillis());
                server.insertHandler(new GracefulHandler());
            });
            config.requestLogger.http(this::log);
            config.routes.before(this::begin);
            for (Route route : routes) {
                config.routes.addHttpHandler(HandlerType.findOrCreate(route.method()), route.path(),
                        ctx -> dispatch(route, ctx));
            }
            for (Extension extension : beside) {
                extension.register(config);
            }
            // Javalin answers an HttpResponseException itself unless a handler names that class: each is named.
            config.routes.exception(ProblemException.class, (e, ctx) -> failed(beside, ctx, e));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> failed(beside, ctx, e));
            config.routes.exception(Exception.class, (e, ctx) -> failed(beside, ctx, e));
        });
    }

    private void failed(List<Extension> extensions, Context ctx, Exception e) {
        Optional<Extension> owner = owner(extensions, ctx.path());
        if (owner.isPresent()) {
            owner.get().failed(ctx, e, id(ctx));
        } else if (e instanceof ProblemException problem) {
            write(ctx, problem.problem());
        } else if (e instanceof HttpResponseException response) {
            write(ctx, fromJavalin(response));
        } else {
            LOG.error("request {} {} {} failed", id(ctx), ctx.method(), ctx.path(), e);
            write(ctx, Problem.of(500, "Internal server error", "the service failed to answer; quote request id "
                    + id(ctx) + " when you report it"));
        }
    }

    /** Names the route (its path template) a request of an extension matched, for the request log and metrics. */
    public static void matched(Context ctx, String route) {
        ctx.attribute(ROUTE, route);
    }

    /** The extension whose paths hold {@code path}, if any. */
    private static Optional<Extension> owner(List<Extension> extensions, String path) {
        return extensions.stream().filter(x -> within(path, x.pathPrefix())
                || x.otherPrefixes().stream().anyMatch(other -> within(path, other))).findFirst();
    }

    private static boolean within(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    /**
     * A random version 4 UUID from the thread's generator: a request id need not be secret, and
     * {@link UUID#randomUUID()}'s one SecureRandom is a lock every request would wait for (JFR, under load).
     */
    private static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private void begin(Context ctx) {
        String given = ctx.header(REQUEST_ID);
        String id = given != null && CLIENT_REQUEST_ID.matcher(given).matches() ? given : newRequestId();
        ctx.attribute(ID, id);
        ctx.header(REQUEST_ID, id);
    }

    private void dispatch(Route route, Context ctx) throws IOException {
        ctx.attribute(ROUTE, route.path());
        Map<String, String> pathParams = new HashMap<>();
        for (Param p : route.pathParams()) {
            String value = ctx.pathParam(p.name());
            Optional<String> fault = p.fault(value);
            if (fault.isPresent()) {
                throw ProblemException.badField(p.name(), fault.get());
            }
            pathParams.put(p.name(), value);
        }
        Caller caller = null;
        if (route.access() != Access.PUBLIC) {
            caller = authentication.authenticate(ctx.header("Authorization"), ctx.ip());
            ctx.attribute(CALLER, caller);
            if (pathParams.containsKey("code")
                    && !caller.municipality().equals(MunicipalityCode.of(pathParams.get("code")))) {
                throw ProblemException.notFound("municipality " + pathParams.get("code"));
            }
            if (!route.access().allows(caller.role())) {
                throw ProblemException.of(403, "Forbidden", "a " + caller.role().name().toLowerCase(Locale.ROOT)
                        .replace('_', ' ') + "'s token may not " + route.summary().toLowerCase(Locale.ROOT)
                        + ": only " + route.access().who() + " may");
            }
        }
        Map<String, String> query = query(route, ctx);
        acceptable(route, ctx.header("Accept"));
        byte[] body = new byte[0];
        if (route.requestBody() != null) {
            String type = ctx.header("Content-Type");
            if (type == null || !type.toLowerCase(Locale.ROOT).replace(" ", "")
                    .matches("application/json(;charset=(\"?)utf-8\\2)?")) {
                throw ProblemException.of(415, "Unsupported media type",
                        "the body must be application/json in UTF-8, was " + (type == null ? "not named" : type));
            }
            body = ctx.bodyAsBytes();
        }
        String bodyType = null;
        if (!route.uploadTypes().isEmpty()) {
            bodyType = uploadType(route, ctx.header("Content-Type"));
            body = upload(ctx, route.maxUpload());
        }
        Long expectedVersion = route.ifMatch() ? expectedVersion(ctx.header("If-Match")) : null;
        Reply reply = route.endpoint().handle(new Exchange(route, pathParams, query, body, bodyType, caller,
                expectedVersion, json, validator));
        ctx.status(reply.status());
        reply.version().ifPresent(v -> ctx.header("ETag", Reply.etag(v)));
        if (reply.location() != null) {
            ctx.header("Location", reply.location());
        }
        if (reply.body() instanceof Reply.Text text) {
            ctx.contentType(text.contentType());
            send(ctx, text.text().getBytes(StandardCharsets.UTF_8));
        } else if (reply.body() instanceof Reply.Bytes bytes) {
            ctx.contentType(bytes.contentType());
            bytes.headers().forEach(ctx::header);
            send(ctx, bytes.bytes());
        } else if (reply.body() != null) {
            ctx.contentType("application/json");
            send(ctx, json.writeValueAsBytes(reply.body()));
        }
    }

    /**
     * Writes an answer, whole, to the response's stream (which compresses it when the client accepts that): given as
     * the result instead, it would be copied through a new buffer of 32 KB per request (JFR: the largest allocation of
     * a single read, adapters-http/BENCHMARK.md).
     */
    private static void send(Context ctx, byte[] answer) throws IOException {
        ctx.outputStream().write(answer);
    }

    /** The media type (without parameters) of a file sent to {@code route}: one it takes, else 415. */
    private static String uploadType(Route route, String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!route.uploadTypes().contains(type)) {
            throw ProblemException.of(415, "Unsupported media type", "the body must be a file of "
                    + String.join(" or ", route.uploadTypes()) + ", was "
                    + (contentType == null ? "not named" : contentType));
        }
        return type;
    }

    /**
     * A file's bytes, read from the request itself (Javalin's own limit is the JSON bodies' {@link #MAX_BODY}). A file
     * larger than {@code max} is read on, up to {@link #MAX_DISCARDED} bytes, and thrown away before the 413: cut off,
     * a client sees a broken connection instead of the problem.
     */
    private static byte[] upload(Context ctx, long max) throws IOException {
        InputStream in = ctx.req().getInputStream();
        byte[] content = in.readNBytes(Math.toIntExact(max + 1));
        if (content.length > max) {
            byte[] buffer = new byte[64 * 1024];
            long read = content.length;
            for (int n = in.read(buffer); n >= 0 && read < MAX_DISCARDED; n = in.read(buffer)) {
                read += n;
            }
            throw ProblemException.of(413, "Content too large", "the file is larger than " + max + " bytes");
        }
        return content;
    }

    private static Map<String, String> query(Route route, Context ctx) {
        Map<String, List<String>> given;
        try {
            given = ctx.queryParamMap();
        } catch (RuntimeException e) {
            throw ProblemException.badField("query", "is not a well-formed query string");
        }
        Map<String, String> query = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : given.entrySet()) {
            Optional<Param> param = route.queryParams().stream().filter(p -> p.name().equals(e.getKey())).findFirst();
            if (param.isEmpty()) {
                throw ProblemException.badField(e.getKey(), "is not a query parameter of this route; it takes "
                        + route.queryParams().stream().map(Param::name).toList());
            }
            if (e.getValue().size() != 1) {
                throw ProblemException.badField(e.getKey(), "must be given once");
            }
            String value = e.getValue().get(0);
            Optional<String> fault = param.get().fault(value);
            if (fault.isPresent()) {
                throw ProblemException.badField(e.getKey(), fault.get());
            }
            query.put(e.getKey(), value);
        }
        return query;
    }

    /** Refuses (406) a client that accepts none of JSON, problem+json or what the route answers. */
    private static void acceptable(Route route, String accept) {
        if (accept == null || accept.isBlank()) {
            return;
        }
        List<String> answered = route.shape() == Route.Shape.NONE ? List.of("application/json") : route.mediaTypes();
        for (String range : accept.toLowerCase(Locale.ROOT).split(",")) {
            String r = range.split(";")[0].trim();
            if (r.equals("*/*") || r.equals(Problem.CONTENT_TYPE)) {
                return;
            }
            for (String type : answered) {
                if (r.equals(type) || r.equals(type.substring(0, type.indexOf('/')) + "/*")) {
                    return;
                }
            }
        }
        throw ProblemException.of(406, "Not acceptable", "this route answers " + String.join(" or ", answered)
                + ", which the Accept header does not allow");
    }

    private static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.of(428, "Precondition required", "a change needs If-Match with the ETag of the"
                    + " version it was made from; read the record first");
        }
        var m = ETAG.matcher(ifMatch.trim());
        if (!m.matches()) {
            throw ProblemException.of(412, "Precondition failed", "If-Match must be the one strong ETag the record"
                    + " was read with, such as \"3\"");
        }
        return Long.parseLong(m.group(1));
    }

    private static Problem fromJavalin(HttpResponseException e) {
        switch (e.getStatus()) {
            case 404:
                return Problem.of(404, "Not found", "no route has this path");
            case 405:
                return Problem.of(405, "Method not allowed", "this path does not take this method");
            case 413:
                return Problem.of(413, "Content too large", "the body is larger than " + MAX_BODY + " bytes");
            default:
                return Problem.of(e.getStatus(), "Error", "the request could not be answered");
        }
    }

    private void write(Context ctx, Problem problem) {
        Problem answered = problem.at(ctx.path(), id(ctx));
        ctx.status(answered.status());
        if (answered.status() == 401) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"omvarld\"");
        }
        if (answered.status() == 429) {
            ctx.header("Retry-After", Long.toString(Authentication.FAILURE_WINDOW.toSeconds()));
        }
        ctx.contentType(Problem.CONTENT_TYPE);
        try {
            ctx.result(json.writeValueAsBytes(answered));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem is always writable", e);
        }
    }

    private static String id(Context ctx) {
        String id = ctx.attribute(ID);
        return id == null ? "none" : id;
    }

    private void log(Context ctx, Float millis) {
        String route = ctx.attribute(ROUTE);
        observer.answered(id(ctx), ctx.method().name(), route == null ? "unmatched" : route, ctx.statusCode(),
                millis == null ? 0 : millis, ctx.attribute(CALLER));
    }

    /** The routes, by method, that the server registered (for proving them equal to the document's). */
    public static List<String> registered(Javalin app) {
        List<String> registered = new ArrayList<>();
        app.unsafe.internalRouter.allHttpHandlers().stream().filter(h -> h.endpoint.method.isHttpMethod())
                .forEach(h -> registered.add(h.endpoint.method.name() + " " + h.endpoint.path));
        return registered;
    }
}
