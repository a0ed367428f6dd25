package se.omvarld.adapter.http.api;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import se.omvarld.adapter.http.Access;
import se.omvarld.adapter.http.Exchange;
import se.omvarld.adapter.http.Outcomes;
import se.omvarld.adapter.http.Reply;
import se.omvarld.adapter.http.Route;
import se.omvarld.domain.register.PublicView;
import se.omvarld.domain.shared.CountryCode;

/**
 * What a municipality shows the public about its international work (Lidköping's "Internationellt arbete" page):
 * twin towns and partnerships in force, and current projects. Without a token; nothing internal — no analyses,
 * democracy plans, findings, decisions, ids or versions.
 */
public final class PublicRoutes {

    private static final String TAG = "Public";

    private final ApiServices services;

    public PublicRoutes(ApiServices services) {
        this.services = services;
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/api/v1/public/municipalities/{code}").operation("getPublicView",
                        "Read a municipality's public view")
                        .description("The municipality's twin towns and partnerships in force today (title,"
                                + " partner, country, locality, since) and its current projects (not closed: not"
                                + " rejected, withdrawn or finally reported), with unit, countries and programme.")
                        .tag(TAG).access(Access.PUBLIC).returns(PublicDtos.PublicView.class).handle(this::view));
    }

    private Reply view(Exchange x) {
        LocalDate today = services.ports().clock().today();
        return Outcomes.list(services.register().register(x.municipality()),
                register -> view(PublicView.of(register, today)));
    }

    private static PublicDtos.PublicView view(PublicView view) {
        return new PublicDtos.PublicView(view.code().value(), view.name(),
                view.partnerships().stream().map(PublicRoutes::partnership).toList(),
                view.projects().stream().map(PublicRoutes::project).toList());
    }

    private static PublicDtos.PublicPartnershipView partnership(PublicView.PublicPartnership p) {
        return new PublicDtos.PublicPartnershipView(p.title(), ApiEnums.PartnershipKind.valueOf(p.kind().name()),
                p.partner(), p.country().value(), p.locality(),
                p.areas().stream().map(a -> ApiEnums.Area.valueOf(a.name()))
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                p.funding().stream().map(f -> ApiEnums.FundingSource.valueOf(f.name()))
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                p.since());
    }

    private static PublicDtos.PublicProjectView project(PublicView.PublicProject p) {
        return new PublicDtos.PublicProjectView(p.title(), ApiEnums.ProjectKind.valueOf(p.kind().name()), p.unit(),
                p.participants(), p.countries().stream().map(CountryCode::value).toList(), p.programme().orElse(null));
    }
}
