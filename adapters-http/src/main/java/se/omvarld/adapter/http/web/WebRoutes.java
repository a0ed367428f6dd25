package se.omvarld.adapter.http.web;

/** A group of pages (one section of the app, e.g. the projects) registering its handlers. */
public interface WebRoutes {

    void register(WebRouter router);
}
