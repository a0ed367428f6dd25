package se.omvarld.adapter.http.web;

/** A page's handler: reads the request, calls one use case, and renders or redirects. */
@FunctionalInterface
public interface WebHandler {

    void handle(WebRequest request) throws Exception;
}
