package se.omvarld.adapter.http;

/** What a route does with a request that has passed its checks (token, role, parameters, headers). */
@FunctionalInterface
public interface Endpoint {

    Reply handle(Exchange exchange);
}
