package se.omvarld.adapter.http.web;

import static com.google.common.base.Preconditions.checkNotNull;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import se.omvarld.adapter.http.Downloads;
import se.omvarld.adapter.http.api.ApiServices;
import se.omvarld.application.Result;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.UnitId;

/**
 * A page handler's view of its request: the use cases (the same the API calls), the signed-in person and their
 * municipality, the words of the page's language, the form's fields, and rendering or redirecting. The municipality
 * is always the signed-in person's, never the URL's, so another municipality's record is simply not found.
 */
public final class WebRequest {

    private final Context ctx;
    private final WebApp app;
    private Session session;

    WebRequest(Context ctx, WebApp app, Session session) {
        this.ctx = checkNotNull(ctx, "ctx is required");
        this.app = checkNotNull(app, "app is required");
        this.session = session;
    }

    /** Javalin's context, for what this class does not offer (headers, files). */
    public Context ctx() {
        return ctx;
    }

    /** The core's use cases and ports, the same instances the API uses. */
    public ApiServices services() {
        return app.services();
    }

    /** The person signed in, if anyone (always someone on a page registered with {@link WebRouter#get}). */
    public Optional<SignedIn> signedIn() {
        return Optional.ofNullable(session).flatMap(Session::user);
    }

    /** The person signed in; a page that needs no one must not ask. */
    public SignedIn user() {
        return signedIn().orElseThrow(WebError::forbidden);
    }

    /** The signed-in person's municipality: every query and change of a page is scoped by it. */
    public MunicipalityCode municipality() {
        return user().municipality();
    }

    /** Who the audit trail names for a change made on this request: the person's name and account id. */
    public String actor() {
        return user().actor();
    }

    /** Refuses (403 page) unless the signed-in person has one of {@code roles}. */
    public void requireRole(Role... roles) {
        if (!Arrays.asList(roles).contains(user().role())) {
            throw WebError.forbidden();
        }
    }

    /**
     * Refuses (403 page) unless the signed-in person may change a record of {@code recordUnit} (empty: the
     * municipality's own): a coordinator or admin any, a unit editor its own unit's only, a viewer none.
     */
    public void requireEdit(Optional<UnitId> recordUnit) {
        if (!user().mayEdit(recordUnit)) {
            throw WebError.forbidden();
        }
    }

    /**
     * The 404 page unless the signed-in person sees a record of {@code recordUnit}: to a unit editor another unit's
     * record is not found, as another municipality's is.
     */
    public void requireView(Optional<UnitId> recordUnit) {
        if (!user().sees(recordUnit)) {
            throw WebError.notFound();
        }
    }

    /** The 404 page's exception: {@code throw request.notFound();}. */
    public RuntimeException notFound() {
        return WebError.notFound();
    }

    /** The value of an ok result; the 404 page for a record not found in this municipality. */
    public <T> T found(Result<T> result) {
        if (result instanceof Result.Ok<T> ok) {
            return ok.value();
        }
        if (result instanceof Result.NotFound<T>) {
            throw WebError.notFound();
        }
        throw new IllegalStateException("a read failed: " + result);
    }

    public Messages m() {
        return Messages.of(language());
    }

    public ReportLanguage language() {
        return app.language(ctx, session);
    }

    /** A form field as typed, or "" when absent. */
    public String form(String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }

    /** The form fields {@code names} as typed, to echo them back in a {@link Form}. */
    public Map<String, String> form(String... names) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : names) {
            values.put(name, form(name));
        }
        return values;
    }

    /** A file as a form uploaded it: its name as the browser gave it (no folders) and its bytes. */
    public record Upload(String fileName, byte[] content) {
    }

    /** The file uploaded in the multipart field {@code name}; empty when none was chosen or the form is not one. */
    public Optional<Upload> upload(String name) {
        if (!ctx.isMultipartFormData()) {
            return Optional.empty();
        }
        UploadedFile file = ctx.uploadedFile(name);
        if (file == null || file.filename().isEmpty() && file.size() == 0) {
            return Optional.empty();
        }
        String fileName = file.filename().substring(Math.max(file.filename().lastIndexOf('/'),
                file.filename().lastIndexOf('\\')) + 1);
        try (InputStream content = file.content()) {
            return Optional.of(new Upload(fileName, content.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload " + fileName, e);
        }
    }

    public String pathParam(String name) {
        return ctx.pathParam(name);
    }

    public Optional<String> query(String name) {
        return Optional.ofNullable(ctx.queryParam(name)).filter(v -> !v.isEmpty());
    }

    /** Whether htmx sent this request (then a handler may answer a fragment instead of the whole page). */
    public boolean isHtmx() {
        return "true".equals(ctx.header("HX-Request"));
    }

    /** The chrome of a page titled by message {@code titleKey}, in {@code section} of the navigation. */
    public Page page(String titleKey, Page.Section section) {
        return pageTitled(m().t(titleKey), section);
    }

    /** The chrome of a page with a title of its own (a record's name, already in the page's language). */
    public Page pageTitled(String title, Page.Section section) {
        return new Page(m(), signedIn(), session().csrfToken(), title, section, back());
    }

    /**
     * The page to show again after the reader changes language: this one with its query, or, for a form posted back
     * with its errors (whose address may answer only a POST), the page the form was on, which the browser names in
     * {@code Referer} (same-origin only), if a GET answers it; else the nearest page above the posted address.
     */
    private String back() {
        if (ctx.method() == HandlerType.GET) {
            return ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
        }
        Optional<String> referer = Optional.ofNullable(ctx.header("Referer")).flatMap(this::ownPage)
                .filter(page -> app.isPage(page.contains("?") ? page.substring(0, page.indexOf('?')) : page));
        if (referer.isPresent()) {
            return referer.get();
        }
        for (String path = ctx.path(); path.startsWith(WebApp.PREFIX + "/"); path = path.substring(0,
                path.lastIndexOf('/'))) {
            if (app.isPage(path)) {
                return path;
            }
        }
        return WebApp.PREFIX + "/";
    }

    private Optional<String> ownPage(String referer) {
        try {
            URI uri = new URI(referer);
            String page = uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
            return ctx.host() != null && ctx.host().equals(uri.getRawAuthority()) && WebApp.isLocalPage(page)
                    ? Optional.of(page) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Renders {@code template} (a path below src/main/jte) with its {@code page} and {@code view} parameters. */
    public void render(String template, Page page, Object view) {
        render(200, template, page, view);
    }

    public void render(int status, String template, Page page, Object view) {
        ctx.status(status);
        ctx.render(template, Map.of("page", page, "view", view));
        ctx.contentType("text/html; charset=utf-8");
    }

    /**
     * Answers a file of the municipality's to save under {@code fileName}: private to the signed-in person, never
     * stored by the browser (as no page is).
     */
    public void download(String fileName, String mediaType, byte[] content) {
        Downloads.privateFile(Downloads.attachment(fileName)).forEach(ctx::header);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(mediaType).result(content);
    }

    /** Sends the browser to {@code path} below {@value WebApp#PREFIX} with 303 See Other: after a POST, a GET. */
    public void redirect(String path) {
        ctx.redirect(link(path), HttpStatus.SEE_OTHER);
    }

    /** The address of {@code path} below {@value WebApp#PREFIX}, for links and form actions. */
    public static String link(String path) {
        return WebApp.PREFIX + path;
    }

    /** The session, begun now (with its cookie) if the browser had none. */
    Session session() {
        if (session == null) {
            session = app.sessions().begin(Optional.empty());
            app.writeCookie(ctx, session);
        }
        return session;
    }

    void replaceSession(Session replacement) {
        this.session = replacement;
    }
}
