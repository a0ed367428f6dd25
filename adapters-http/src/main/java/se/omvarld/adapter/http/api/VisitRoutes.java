package se.omvarld.adapter.http.api;

import java.util.List;
import java.util.Locale;
import org.mapstruct.factory.Mappers;
import se.omvarld.adapter.http.Access;
import se.omvarld.adapter.http.Exchange;
import se.omvarld.adapter.http.Outcomes;
import se.omvarld.adapter.http.ProblemException;
import se.omvarld.adapter.http.Reply;
import se.omvarld.adapter.http.Route;
import se.omvarld.application.Result;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.VisitId;
import se.omvarld.domain.visit.Visit;

/**
 * Visits, incoming and outgoing: record (R3 asks about an outgoing trip), list, read, the visits of a partnership
 * (R8 reports them), and each one's history.
 */
public final class VisitRoutes {

    private static final String BASE = PartnershipRoutes.BASE;
    private static final String TAG = "Visits";
    private static final String ONE = BASE + "/visits/{visitId}";

    private final ApiServices services;
    private final VisitMapper map = Mappers.getMapper(VisitMapper.class);
    private final CommonMapper common = Mappers.getMapper(CommonMapper.class);

    public VisitRoutes(ApiServices services) {
        this.services = services;
    }

    public List<Route> routes() {
        return List.of(
                Route.get(BASE + "/visits").operation("listVisits", "List the visits")
                        .description("All the municipality's visits, by first day, then id. The whole list, read in"
                                + " through the visit repository in one transaction: there is no list read model"
                                + " (filters, sorts, pages) for visits yet.")
                        .tag(TAG).access(Access.READ).returnsList(VisitDtos.VisitView.class).handle(this::list),
                Route.post(BASE + "/visits").operation("recordVisit", "Record a visit")
                        .description("Records a visit, incoming or outgoing; the policy's R3 may refuse an outgoing"
                                + " trip for which no digital meeting was considered. Visits carry committees, not"
                                + " units: a unit editor may record one.")
                        .tag(TAG).access(Access.UNIT_EDIT).body(VisitDtos.RecordVisitRequest.class)
                        .creates(VisitDtos.VisitView.class).handle(this::record),
                Route.get(ONE).operation("getVisit", "Read a visit")
                        .tag(TAG).access(Access.READ).returns(VisitDtos.VisitView.class).handle(this::one),
                Route.get(ONE + "/history").operation("getVisitHistory", "Read a visit's history")
                        .description("Every change to the visit from the audit trail: who, when, what.")
                        .tag(TAG).access(Access.READ).returnsList(CommonDtos.HistoryEntry.class)
                        .handle(this::history),
                Route.get(BASE + "/partnerships/{partnershipId}/visits").operation("listPartnershipVisits",
                        "List a partnership's visits")
                        .description("The visits within a partnership, by first day, then id: its history and what"
                                + " R8 asks to be reported.")
                        .tag(TAG).access(Access.READ).returnsList(VisitDtos.VisitView.class)
                        .handle(this::ofPartnership));
    }

    private Reply list(Exchange x) {
        MunicipalityCode code = x.municipality();
        return Reply.ok(services.ports().transactions().inTransaction(() -> services.ports().visits().all(code))
                .stream().map(v -> map.view(v, List.of())).toList());
    }

    private Reply record(Exchange x) {
        Result<Visit> result = services.visits().record(map.command(x.body(VisitDtos.RecordVisitRequest.class),
                x.actor(), x.municipality().value()));
        return Outcomes.created(result, ok -> map.view(ok.value(), ok.advice()), Visit::version,
                v -> "/api/v1/municipalities/" + v.municipality().value() + "/visits/" + v.id());
    }

    private Visit find(Exchange x) {
        MunicipalityCode code = x.municipality();
        VisitId id = VisitId.of(x.path("visitId"));
        return services.ports().transactions().inTransaction(() -> services.ports().visits().find(code, id))
                .orElseThrow(() -> ProblemException.notFound("visit " + id));
    }

    private Reply one(Exchange x) {
        Visit found = find(x);
        return Reply.ok(map.view(found, List.of()), found.version());
    }

    private Reply history(Exchange x) {
        Visit found = find(x);
        return Reply.ok(services.ports().transactions().inTransaction(() -> services.ports().audit()
                .of(found.municipality(), "visit", found.id().toString().toLowerCase(Locale.ROOT))).stream()
                .map(common::history).toList());
    }

    private Reply ofPartnership(Exchange x) {
        return Outcomes.list(services.visits().ofPartnership(x.municipality(),
                PartnershipId.of(x.path("partnershipId"))), visits -> visits.stream()
                .map(v -> map.view(v, List.of())).toList());
    }
}
