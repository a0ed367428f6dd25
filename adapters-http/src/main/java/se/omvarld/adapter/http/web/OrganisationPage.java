package se.omvarld.adapter.http.web;

import java.util.List;
import java.util.stream.Collectors;
import se.omvarld.adapter.http.api.ApiServices;
import se.omvarld.domain.municipality.Committee;
import se.omvarld.domain.municipality.Municipality;

/**
 * The municipality's organisation ({@code /app/organisation}), read-only: its committees, each with the
 * administrations serving it (and their representative in the international group, or that there is none, which R4
 * notices) and the units under them. The JSON API renames and appoints.
 */
public final class OrganisationPage implements WebRoutes {

    private final ApiServices services;

    OrganisationPage(ApiServices services) {
        this.services = services;
    }

    public record AdministrationRow(String name, String representative, boolean hasRepresentative,
            List<String> units) {
    }

    public record CommitteeRow(String id, String name, List<AdministrationRow> administrations) {
    }

    public record OrganisationView(String municipality, String code, List<CommitteeRow> committees) {
    }

    @Override
    public void register(WebRouter router) {
        router.get("/organisation", this::organisation);
    }

    private void organisation(WebRequest x) {
        Messages m = x.m();
        var code = x.municipality();
        Municipality organisation = services.ports().transactions().inTransaction(() -> services.ports()
                .municipalities().find(code)).orElseThrow(x::notFound);
        List<CommitteeRow> committees = organisation.committees().stream().map((Committee c) -> new CommitteeRow(
                c.id().value(), c.name(), organisation.administrations().stream()
                        .filter(a -> a.committee().equals(c.id()))
                        .map(a -> new AdministrationRow(a.name(), a.representative()
                                .map(r -> m.t("organisation.representative.named", r.name(), r.title()))
                                .orElse(m.t("organisation.representative.none")), a.representative().isPresent(),
                                organisation.units().stream().filter(u -> u.administration().equals(a.name()))
                                        .map(u -> u.name()).collect(Collectors.toList())))
                        .collect(Collectors.toList()))).collect(Collectors.toList());
        x.render("organisation/organisation.jte", x.page("organisation.title", Page.Section.ORGANISATION),
                new OrganisationView(organisation.name(), organisation.code().value(), committees));
    }
}
