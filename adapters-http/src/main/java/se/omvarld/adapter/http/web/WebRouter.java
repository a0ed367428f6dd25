package se.omvarld.adapter.http.web;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where page groups register their handlers, by paths below {@value WebApp#PREFIX} ({@code "/projects/{id}"} is
 * served at {@code /app/projects/{id}}). {@link #get} and {@link #post} need a signed-in person: anyone else is sent
 * to the sign-in page. Every POST is refused (403) unless it carries the session's CSRF token.
 */
public final class WebRouter {

    /** One registered page handler; an upload's also with what answers a file too large to read. */
    record WebRoute(String method, String path, boolean signedIn, WebHandler handler, Optional<WebHandler> tooLarge) {
    }

    private final List<WebRoute> routes = new ArrayList<>();

    public WebRouter get(String path, WebHandler handler) {
        return add("GET", path, true, handler);
    }

    public WebRouter post(String path, WebHandler handler) {
        return add("POST", path, true, handler);
    }

    /**
     * A form that uploads a file ({@code enctype="multipart/form-data"}) of up to {@value WebApp#MAX_UPLOAD} bytes,
     * more than the API's JSON body. A larger request is not parsed (its body is read and thrown away), so its CSRF
     * token is not read either: {@code tooLarge} answers it instead of {@code handler}, and must change nothing (it
     * shows the form again with the file field's error).
     */
    public WebRouter upload(String path, WebHandler handler, WebHandler tooLarge) {
        return add("POST", path, true, handler, Optional.of(checkNotNull(tooLarge, "tooLarge is required")));
    }

    /** A page anyone may see, signed in or not: the sign-in page. */
    WebRouter publicGet(String path, WebHandler handler) {
        return add("GET", path, false, handler);
    }

    /** A form anyone may post (with the token of their session): sign-in, the language. */
    WebRouter publicPost(String path, WebHandler handler) {
        return add("POST", path, false, handler);
    }

    private WebRouter add(String method, String path, boolean signedIn, WebHandler handler) {
        return add(method, path, signedIn, handler, Optional.empty());
    }

    private WebRouter add(String method, String path, boolean signedIn, WebHandler handler,
            Optional<WebHandler> tooLarge) {
        checkArgument(path.startsWith("/"), "a page's path starts with /, below %s, was %s", WebApp.PREFIX, path);
        checkArgument(routes.stream().noneMatch(r -> r.method().equals(method) && r.path().equals(path)),
                "%s %s is registered twice", method, path);
        routes.add(new WebRoute(method, path, signedIn, checkNotNull(handler, "handler is required"), tooLarge));
        return this;
    }

    List<WebRoute> routes() {
        return List.copyOf(routes);
    }
}
