package se.omvarld.adapter.http.web;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;

/**
 * Where page groups register their handlers, by paths below {@value WebApp#PREFIX} ({@code "/projects/{id}"} is
 * served at {@code /app/projects/{id}}). {@link #get} and {@link #post} need a signed-in person: anyone else is sent
 * to the sign-in page. Every POST is refused (403) unless it carries the session's CSRF token.
 */
public final class WebRouter {

    /** One registered page handler. */
    record WebRoute(String method, String path, boolean signedIn, WebHandler handler) {
    }

    private final List<WebRoute> routes = new ArrayList<>();

    public WebRouter get(String path, WebHandler handler) {
        return add("GET", path, true, handler);
    }

    public WebRouter post(String path, WebHandler handler) {
        return add("POST", path, true, handler);
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
        checkArgument(path.startsWith("/"), "a page's path starts with /, below %s, was %s", WebApp.PREFIX, path);
        checkArgument(routes.stream().noneMatch(r -> r.method().equals(method) && r.path().equals(path)),
                "%s %s is registered twice", method, path);
        routes.add(new WebRoute(method, path, signedIn, checkNotNull(handler, "handler is required")));
        return this;
    }

    List<WebRoute> routes() {
        return List.copyOf(routes);
    }
}
