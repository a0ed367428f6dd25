package se.omvarld.adapter.http.api;

import java.util.List;
import org.mapstruct.factory.Mappers;
import se.omvarld.adapter.http.Access;
import se.omvarld.adapter.http.Exchange;
import se.omvarld.adapter.http.Outcomes;
import se.omvarld.adapter.http.Param;
import se.omvarld.adapter.http.ProblemException;
import se.omvarld.adapter.http.Reply;
import se.omvarld.adapter.http.Route;
import se.omvarld.application.Result;
import se.omvarld.domain.municipality.Municipality;

/**
 * The municipality's organisation: read it whole, rename a committee or a unit, appoint an administration's
 * representative in the international group (R4). Every change is to the municipality, at its version.
 */
public final class OrganisationRoutes {

    private static final String BASE = PartnershipRoutes.BASE;
    private static final String TAG = "Organisation";
    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    private final ApiServices services;
    private final OrganisationMapper map = Mappers.getMapper(OrganisationMapper.class);

    public OrganisationRoutes(ApiServices services) {
        this.services = services;
    }

    public List<Route> routes() {
        return List.of(
                Route.get(BASE).operation("getMunicipality", "Read the municipality and its organisation")
                        .description("The municipality with its committees, administrations (and their"
                                + " representatives in the international group, R4) and units. Its ETag is the"
                                + " version every change to the organisation names in If-Match.")
                        .tag(TAG).access(Access.READ).returns(OrganisationDtos.MunicipalityView.class)
                        .handle(this::one),
                Route.put(BASE + "/committees/{committeeId}/name").operation("renameCommittee",
                        "Rename a committee")
                        .description("Renames a committee, e.g. after an election; its id, and all recorded against"
                                + " it, stay. If-Match names the municipality's version.")
                        .tag(TAG).access(Access.COORDINATE).ifMatch()
                        .path(Param.text("committeeId", SLUG, "The committee's id, e.g. barn-och-skolnamnden."))
                        .body(OrganisationDtos.RenameCommitteeRequest.class)
                        .returns(OrganisationDtos.MunicipalityView.class).handle(this::renameCommittee),
                Route.put(BASE + "/units/{unitId}/name").operation("renameUnit", "Rename a unit")
                        .description("Renames a unit; its id, and the projects it owns, stay. If-Match names the"
                                + " municipality's version.")
                        .tag(TAG).access(Access.COORDINATE).ifMatch()
                        .path(Param.text("unitId", SLUG, "The unit's id, e.g. barn-skola."))
                        .body(OrganisationDtos.RenameUnitRequest.class)
                        .returns(OrganisationDtos.MunicipalityView.class).handle(this::renameUnit),
                Route.post(BASE + "/representatives").operation("appointRepresentative",
                        "Appoint an administration's representative")
                        .description("An administration appoints its representative in the international group"
                                + " (R4); one appointed before is replaced. If-Match names the municipality's"
                                + " version.")
                        .tag(TAG).access(Access.COORDINATE).ifMatch()
                        .body(OrganisationDtos.AppointRepresentativeRequest.class)
                        .returns(OrganisationDtos.MunicipalityView.class).handle(this::appoint));
    }

    private Reply one(Exchange x) {
        var code = x.municipality();
        Municipality found = services.ports().transactions()
                .inTransaction(() -> services.ports().municipalities().find(code))
                .orElseThrow(() -> ProblemException.notFound("municipality " + code.value()));
        return Reply.ok(map.view(found), found.version());
    }

    private Reply renameCommittee(Exchange x) {
        return changed(services.municipalities().renameCommittee(map.command(
                x.body(OrganisationDtos.RenameCommitteeRequest.class), x.actor(), x.municipality().value(),
                x.expectedVersion(), x.path("committeeId"))));
    }

    private Reply renameUnit(Exchange x) {
        return changed(services.municipalities().renameUnit(map.command(
                x.body(OrganisationDtos.RenameUnitRequest.class), x.actor(), x.municipality().value(),
                x.expectedVersion(), x.path("unitId"))));
    }

    private Reply appoint(Exchange x) {
        return changed(services.municipalities().appointRepresentative(map.command(
                x.body(OrganisationDtos.AppointRepresentativeRequest.class), x.actor(), x.municipality().value(),
                x.expectedVersion())));
    }

    private Reply changed(Result<Municipality> result) {
        return Outcomes.one(result, ok -> map.view(ok.value()), Municipality::version);
    }
}
