package se.omvarld.adapter.http.web;

/**
 * Ends a page's request with an error page: its status and the message key of the sentence it shows. Page handlers
 * throw it through {@link WebRequest#notFound()} and the role checks rather than building it.
 */
public final class WebError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String messageKey;

    WebError(int status, String messageKey) {
        super(status + " " + messageKey, null, false, false);
        this.status = status;
        this.messageKey = messageKey;
    }

    static WebError notFound() {
        return new WebError(404, "error.404.text");
    }

    static WebError forbidden() {
        return new WebError(403, "error.403.text");
    }

    /** A form posted without its session's token: a forged request, or a page older than its session. */
    static WebError csrf() {
        return new WebError(403, "error.csrf.text");
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }
}
