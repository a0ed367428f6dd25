package se.omvarld.adapter.http.api;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import se.omvarld.adapter.http.Access;
import se.omvarld.adapter.http.Exchange;
import se.omvarld.adapter.http.Outcomes;
import se.omvarld.adapter.http.Reply;
import se.omvarld.adapter.http.Route;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.MunicipalityCode;

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
        MunicipalityCode code = x.municipality();
        LocalDate today = services.ports().clock().today();
        return Outcomes.list(services.register().register(code), register -> view(register, today));
    }

    private static PublicDtos.PublicView view(Register register, LocalDate today) {
        List<PublicDtos.PublicPartnershipView> partnerships = register.partnerships().stream()
                .filter(p -> p.inForceOn(today))
                .sorted(Comparator.comparing((Partnership p) -> p.activatedOn().orElseThrow())
                        .thenComparing(Partnership::title))
                .map(p -> partnership(register, p)).toList();
        List<PublicDtos.PublicProjectView> projects = register.projects().stream()
                .filter(p -> !p.status().isClosed())
                .sorted(Comparator.comparing(Project::title)
                        .thenComparing(p -> register.municipality().unitName(p.owningUnit())))
                .map(p -> project(register, p)).toList();
        return new PublicDtos.PublicView(register.municipality().code().value(), register.municipality().name(),
                partnerships, projects);
    }

    private static PublicDtos.PublicPartnershipView partnership(Register register, Partnership p) {
        Partner partner = register.partner(p.partner()).orElseThrow();
        return new PublicDtos.PublicPartnershipView(p.title(), ApiEnums.PartnershipKind.valueOf(p.kind().name()),
                partner.name(), partner.country().value(), partner.locality(),
                p.areas().stream().map(a -> ApiEnums.Area.valueOf(a.name()))
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                p.fundingSources().stream().map(f -> ApiEnums.FundingSource.valueOf(f.name()))
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                p.activatedOn().orElseThrow());
    }

    private static PublicDtos.PublicProjectView project(Register register, Project p) {
        return new PublicDtos.PublicProjectView(p.title(), ApiEnums.ProjectKind.valueOf(p.kind().name()),
                register.municipality().unitName(p.owningUnit()), p.participants(),
                p.countries().stream().map(CountryCode::value).sorted().toList(),
                p.programme().flatMap(register::programme).map(f -> f.name()).orElse(null));
    }
}
