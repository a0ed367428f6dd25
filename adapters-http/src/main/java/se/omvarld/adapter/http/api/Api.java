package se.omvarld.adapter.http.api;

import java.util.ArrayList;
import java.util.List;
import se.omvarld.adapter.http.Route;

/** The API's route table: every group's routes, over one set of services. */
public final class Api {

    private Api() {
    }

    public static List<Route> routes(ApiServices services) {
        List<Route> routes = new ArrayList<>();
        routes.addAll(new PartnershipRoutes(services).routes());
        routes.addAll(new OrganisationRoutes(services).routes());
        routes.addAll(new GrantRoutes(services).routes());
        routes.addAll(new VisitRoutes(services).routes());
        routes.addAll(new RegisterRoutes(services).routes());
        routes.addAll(new TokenRoutes(services).routes());
        routes.addAll(new PublicRoutes(services).routes());
        routes.addAll(new ProjectRoutes(services).routes());
        routes.addAll(new FundingRoutes(services).routes());
        routes.addAll(new ReportRoutes(services).routes());
        routes.addAll(new ExchangeRoutes(services).routes());
        return List.copyOf(routes);
    }
}
