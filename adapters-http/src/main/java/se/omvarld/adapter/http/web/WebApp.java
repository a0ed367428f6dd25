package se.omvarld.adapter.http.web;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Suppliers;
import com.google.common.base.Ticker;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.omvarld.adapter.http.HttpApi;
import se.omvarld.adapter.http.Passwords;
import se.omvarld.adapter.http.api.ApiServices;
import se.omvarld.application.AccountUseCases;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.port.UserAccountRepository;

/**
 * The coordinator's web app, served beside the JSON API under {@value #PREFIX}: server-rendered pages over the same
 * use cases the API calls, in Swedish (or English), working without JavaScript. The conventions every page follows
 * are in this package's documentation ({@code package-info.java}).
 *
 * <p>Every answer under {@value #PREFIX} and {@code /webjars} carries a strict Content-Security-Policy (only this
 * origin's scripts, styles and images, no inline script or style, no framing), {@code X-Content-Type-Options:
 * nosniff}, {@code Referrer-Policy: same-origin} and {@code X-Frame-Options: DENY}; pages are never cached. Errors
 * on these paths are HTML pages (404, 403, 405, 500 with the request id), never the API's problem documents.
 */
public final class WebApp implements HttpApi.Extension {

    /** The path every page lives under. */
    public static final String PREFIX = "/app";
    /** The hidden field every POST form carries. */
    public static final String CSRF_FIELD = "_csrf";
    /** The header htmx sends the token in (the layout sets it on {@code <body hx-headers>}). */
    public static final String CSRF_HEADER = "X-CSRF-Token";
    /** The largest file a form uploads: the ECB's whole history of rates is 1.8 MB. */
    public static final int MAX_UPLOAD = 5 * 1024 * 1024;
    /** The largest multipart request read: the file, its form's other fields, and the parts' headers. */
    static final int MAX_UPLOAD_REQUEST = MAX_UPLOAD + 64 * 1024;
    /**
     * How much of a too large upload is read and thrown away, unparsed, before its answer: a browser whose body is
     * cut off shows "connection reset" rather than the page saying the file is too large.
     */
    private static final long MAX_DISCARDED = 64L * 1024 * 1024;
    static final String COOKIE = "omvarld_session";
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none';"
            + " object-src 'none'; frame-ancestors 'none'";
    private static final String WEBJARS = "/webjars";
    /** A local path below the app, where sign-in and the language switch may return to. */
    private static final Pattern LOCAL_PATH = Pattern.compile("/app(/[A-Za-z0-9._~%-]+)*/?");
    private static final Pattern QUERY = Pattern.compile("[A-Za-z0-9._~%&=+:,/-]*");
    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

    private final WebSettings settings;
    private final ApiServices services;
    private final UserAccountRepository accounts;
    private final AccountUseCases accountUseCases;
    private final Sessions sessions;
    private final SignInThrottle throttle;
    private final List<WebRoutes> pages;
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    /** The paths a GET answers with a page, as patterns: where the language switch may send a browser back. */
    private volatile List<Pattern> pagePaths = List.of();
    /** What a sign-in with an unknown address is compared against: made once, when first needed. */
    private final Supplier<String> decoyHash;

    /** The web app over {@code services}, signing people in with {@code accounts}, serving {@code pages}. */
    public WebApp(WebSettings settings, ApiServices services, UserAccountRepository accounts, Ticker ticker,
            List<? extends WebRoutes> pages) {
        this.settings = checkNotNull(settings, "settings are required");
        this.services = checkNotNull(services, "services are required");
        this.accounts = checkNotNull(accounts, "accounts are required");
        this.accountUseCases = new AccountUseCases(services.ports(), accounts);
        this.sessions = new Sessions(settings, ticker);
        this.throttle = new SignInThrottle(settings, ticker);
        this.pages = List.copyOf(pages);
        this.decoyHash = Suppliers.memoize(() -> Passwords.hash("no account has this one".toCharArray()));
    }

    @Override
    public String pathPrefix() {
        return PREFIX;
    }

    @Override
    public List<String> otherPrefixes() {
        return List.of(WEBJARS);
    }

    @Override
    public void register(JavalinConfig config) {
        config.fileRenderer(new JteRenderer(templates));
        // A webjar's files are in folders named by its version: a new version is a new path.
        new ClasspathFiles(WEBJARS, "META-INF/resources/webjars", "public, max-age=31536000, immutable")
                .register(config);
        new ClasspathFiles(PREFIX + "/static", "web/static", "no-cache").register(config);
        // Kept in memory (no temporary files); the limit is checked from Content-Length before anything is parsed.
        config.jetty.multipartConfig.maxFileSize(MAX_UPLOAD_REQUEST, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(MAX_UPLOAD_REQUEST, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize(MAX_UPLOAD_REQUEST, SizeUnit.BYTES);
        config.routes.before(ctx -> {
            if (owns(ctx.path())) {
                securityHeaders(ctx);
            }
        });
        WebRouter router = new WebRouter();
        new SignInPages(this).register(router);
        new AccountPages(this).register(router);
        new AdminPages(this).register(router);
        pages.forEach(p -> p.register(router));
        pagePaths = router.routes().stream().filter(r -> r.method().equals("GET"))
                .map(r -> Pattern.compile(Arrays.stream((PREFIX + r.path()).split("/", -1))
                        .map(segment -> segment.startsWith("{") ? "[^/]+" : Pattern.quote(segment))
                        .collect(Collectors.joining("/")))).toList();
        for (WebRouter.WebRoute route : router.routes()) {
            config.routes.addHttpHandler(HandlerType.findOrCreate(route.method()), PREFIX + route.path(),
                    ctx -> handle(route, ctx));
        }
    }

    private boolean owns(String path) {
        return path.equals(PREFIX) || path.startsWith(PREFIX + "/") || path.startsWith(WEBJARS + "/");
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
    }

    private void handle(WebRouter.WebRoute route, Context ctx) throws Exception {
        HttpApi.matched(ctx, PREFIX + route.path());
        ctx.header("Cache-Control", "no-store");
        Session session = sessions.find(ctx.cookie(COOKIE)).orElse(null);
        if (route.tooLarge().isPresent() && tooLarge(ctx)) {
            if (session == null || !session.isSignedIn()) {
                throw WebError.forbidden();
            }
            discardBody(ctx);
            route.tooLarge().get().handle(new WebRequest(ctx, this, session));
            return;
        }
        if (route.method().equals("POST")) {
            String token = Optional.ofNullable(ctx.header(CSRF_HEADER)).orElseGet(() -> ctx.formParam(CSRF_FIELD));
            if (session == null || !Sessions.tokenMatches(session, token)) {
                throw WebError.csrf();
            }
        }
        if (route.signedIn() && (session == null || !session.isSignedIn())) {
            if (route.method().equals("GET")) {
                String back = ctx.path();
                ctx.redirect(PREFIX + "/sign-in" + (isLocal(back) && !back.equals(PREFIX + "/")
                        ? "?next=" + back : ""), HttpStatus.SEE_OTHER);
                return;
            }
            throw WebError.forbidden();
        }
        route.handler().handle(new WebRequest(ctx, this, session));
    }

    /** A multipart body larger than an upload may be, or of a length not given (a browser always gives it). */
    private static boolean tooLarge(Context ctx) {
        return ctx.isMultipartFormData() && (ctx.contentLength() < 0 || ctx.contentLength() > MAX_UPLOAD_REQUEST);
    }

    /** Reads the body, up to {@link #MAX_DISCARDED} bytes, and keeps none of it. */
    private static void discardBody(Context ctx) throws IOException {
        InputStream body = ctx.req().getInputStream();
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        for (int n = body.read(buffer); n >= 0 && read < MAX_DISCARDED; n = body.read(buffer)) {
            read += n;
        }
    }

    @Override
    public void failed(Context ctx, Exception failure, String requestId) {
        int status;
        String key;
        if (failure instanceof WebError error) {
            status = error.status();
            key = error.messageKey();
        } else if (failure instanceof HttpResponseException response && response.getStatus() < 500) {
            status = response.getStatus();
            key = status == 404 || status == 405 || status == 413 ? "error." + status + ".text" : "error.400.text";
        } else {
            LOG.error("request {} {} {} failed", requestId, ctx.method(), ctx.path(), failure);
            status = 500;
            key = "error.500.text";
        }
        securityHeaders(ctx);
        ctx.header("Cache-Control", "no-store");
        try {
            WebRequest request = new WebRequest(ctx, this, sessions.find(ctx.cookie(COOKIE)).orElse(null));
            Messages m = request.m();
            String titleKey = m.has("error." + status + ".title") ? "error." + status + ".title" : "error.title";
            request.render(status, "error.jte", request.page(titleKey, Page.Section.NONE),
                    new ErrorView(status, m.t(key), requestId));
        } catch (RuntimeException pageFailed) {
            LOG.error("request {}: the error page itself failed", requestId, pageFailed);
            ctx.status(status).contentType("text/plain; charset=utf-8").result(status + " (request " + requestId
                    + ")");
        }
    }

    /** What the error page shows: the status, the sentence, and the request id to quote. */
    public record ErrorView(int status, String text, String requestId) {
    }

    ApiServices services() {
        return services;
    }

    Sessions sessions() {
        return sessions;
    }

    SignInThrottle throttle() {
        return throttle;
    }

    UserAccountRepository accounts() {
        return accounts;
    }

    AccountUseCases accountUseCases() {
        return accountUseCases;
    }

    String decoyHash() {
        return decoyHash.get();
    }

    /** The session's language; before one is chosen the browser's (Accept-Language): Swedish unless it asks English. */
    ReportLanguage language(Context ctx, Session session) {
        if (session != null && session.language().isPresent()) {
            return session.language().get();
        }
        String accept = ctx.header("Accept-Language");
        if (accept != null && !accept.isBlank()) {
            try {
                String tag = Locale.lookupTag(Locale.LanguageRange.parse(accept), List.of("sv", "en"));
                if ("en".equals(tag)) {
                    return ReportLanguage.ENGLISH;
                }
            } catch (IllegalArgumentException malformed) {
                return ReportLanguage.SWEDISH;
            }
        }
        return ReportLanguage.SWEDISH;
    }

    /** The session cookie: only for the app's paths, out of scripts' reach, not sent by other sites' forms. */
    void writeCookie(Context ctx, Session session) {
        ctx.cookie(new Cookie(COOKIE, session.id(), PREFIX, -1, settings.secureCookies(), true, null, SameSite.LAX));
    }

    void clearCookie(Context ctx) {
        ctx.cookie(new Cookie(COOKIE, "", PREFIX, 0, settings.secureCookies(), true, null, SameSite.LAX));
    }

    /** Whether {@code path} is one of the app's own, safe to send a browser back to. */
    static boolean isLocal(String path) {
        return path != null && LOCAL_PATH.matcher(path).matches() && !path.contains("..");
    }

    /** Whether a GET of {@code path} (without its query) answers one of the app's pages. */
    boolean isPage(String path) {
        return pagePaths.stream().anyMatch(p -> p.matcher(path).matches());
    }

    /** Whether {@code page} is one of the app's own paths with its query, if any, safe to send a browser back to. */
    static boolean isLocalPage(String page) {
        if (page == null) {
            return false;
        }
        int question = page.indexOf('?');
        return question < 0 ? isLocal(page)
                : isLocal(page.substring(0, question)) && QUERY.matcher(page.substring(question + 1)).matches();
    }
}
