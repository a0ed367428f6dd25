package se.omvarld.adapter.http;

/** Hears of every answered request once: for the request log and the metrics. */
@FunctionalInterface
public interface RequestObserver {

    /**
     * @param route the route's path template, or {@code "unmatched"} if no route took the request
     * @param caller the caller, or null if the request carried no valid token
     */
    void answered(String requestId, String method, String route, int status, double millis, Caller caller);
}
