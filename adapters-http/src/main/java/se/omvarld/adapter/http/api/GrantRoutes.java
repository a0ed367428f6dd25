package se.omvarld.adapter.http.api;

import java.util.List;
import java.util.Locale;
import org.mapstruct.factory.Mappers;
import se.omvarld.adapter.http.Access;
import se.omvarld.adapter.http.Exchange;
import se.omvarld.adapter.http.Outcomes;
import se.omvarld.adapter.http.Param;
import se.omvarld.adapter.http.ProblemException;
import se.omvarld.adapter.http.Reply;
import se.omvarld.adapter.http.Route;
import se.omvarld.application.Result;
import se.omvarld.domain.grant.AssociationGrant;
import se.omvarld.domain.grant.GrantStatus;
import se.omvarld.domain.shared.GrantId;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.port.GrantQuery;
import se.omvarld.port.GrantSummary;
import se.omvarld.port.Page;

/**
 * Grants to associations for international exchanges (R14): apply, decide, follow up, list, read, and each one's
 * history. Grants carry no unit: every change is a coordinator's or an admin's.
 */
public final class GrantRoutes {

    private static final String BASE = PartnershipRoutes.BASE;
    private static final String TAG = "Association grants";
    private static final String ONE = BASE + "/grants/{grantId}";

    private final ApiServices services;
    private final GrantMapper map = Mappers.getMapper(GrantMapper.class);
    private final CommonMapper common = Mappers.getMapper(CommonMapper.class);

    public GrantRoutes(ApiServices services) {
        this.services = services;
    }

    public List<Route> routes() {
        return List.of(
                Route.get(BASE + "/grants").operation("listGrants", "List the association grants")
                        .description("A page of the municipality's association grants, filtered by status and the"
                                + " year they were applied for, in the order sort names (by application day unless"
                                + " it says otherwise; ties by id).")
                        .tag(TAG).access(Access.READ).returnsPage(GrantDtos.GrantSummaryView.class)
                        .query(Param.oneOf("status", ApiEnums.GrantStatus.class, "Only grants in this status."))
                        .query(Param.integer("year", 1900, 2200, "Only grants applied for in this year."))
                        .query(Param.oneOf("sort", GrantQuery.Sort.class, "The order (default APPLIED_ON)."))
                        .handle(this::list),
                Route.post(BASE + "/grants").operation("applyForGrant", "Apply for an association grant")
                        .description("Records an association's application for a grant for an international"
                                + " exchange; it is decided later.")
                        .tag(TAG).access(Access.COORDINATE).body(GrantDtos.ApplyForGrantRequest.class)
                        .creates(GrantDtos.GrantView.class).handle(this::apply),
                Route.get(ONE).operation("getGrant", "Read an association grant")
                        .description("A grant with its decision and follow-up report, where there are ones.")
                        .tag(TAG).access(Access.READ).returns(GrantDtos.GrantView.class).handle(this::one),
                Route.get(ONE + "/history").operation("getGrantHistory", "Read an association grant's history")
                        .description("Every change to the grant from the audit trail: who, when, what.")
                        .tag(TAG).access(Access.READ).returnsList(CommonDtos.HistoryEntry.class)
                        .handle(this::history),
                Route.post(ONE + "/decision").operation("decideGrant", "Decide an association grant")
                        .description("Grants (with an amount up to the requested) or rejects an application by a"
                                + " body's decision; the policy's R14 may refuse a grant (the deciding body, an"
                                + " anchored purpose, some self-financing).")
                        .tag(TAG).access(Access.COORDINATE).ifMatch().body(GrantDtos.DecideGrantRequest.class)
                        .returns(GrantDtos.GrantView.class).handle(this::decide),
                Route.post(ONE + "/follow-up").operation("followUpGrant", "Record a grant's follow-up report")
                        .description("Records the association's report after a granted exchange.")
                        .tag(TAG).access(Access.COORDINATE).ifMatch().body(GrantDtos.FollowUpGrantRequest.class)
                        .returns(GrantDtos.GrantView.class).handle(this::followUp));
    }

    private Reply list(Exchange x) {
        GrantQuery query = new GrantQuery(
                x.query("status", ApiEnums.GrantStatus.class).map(s -> GrantStatus.valueOf(s.name())),
                x.queryNumber("year").map(Math::toIntExact),
                x.query("sort", GrantQuery.Sort.class).orElse(GrantQuery.Sort.APPLIED_ON));
        Page<GrantSummary> page = Outcomes.value(services.grants().list(x.municipality(), query, x.page()));
        return Reply.ok(Pages.of(page, map::view));
    }

    private Reply apply(Exchange x) {
        Result<AssociationGrant> result = services.grants().apply(map.command(
                x.body(GrantDtos.ApplyForGrantRequest.class), x.actor(), x.municipality().value()));
        return Outcomes.created(result, ok -> map.view(ok.value(), ok.advice()), AssociationGrant::version,
                g -> "/api/v1/municipalities/" + g.municipality().value() + "/grants/" + g.id());
    }

    private AssociationGrant find(Exchange x) {
        MunicipalityCode code = x.municipality();
        GrantId id = GrantId.of(x.path("grantId"));
        return services.ports().transactions().inTransaction(() -> services.ports().grants().find(code, id))
                .orElseThrow(() -> ProblemException.notFound("grant " + id));
    }

    private Reply one(Exchange x) {
        AssociationGrant found = find(x);
        return Reply.ok(map.view(found, List.of()), found.version());
    }

    private Reply history(Exchange x) {
        AssociationGrant found = find(x);
        return Reply.ok(services.ports().transactions().inTransaction(() -> services.ports().audit()
                .of(found.municipality(), "grant", found.id().toString().toLowerCase(Locale.ROOT))).stream()
                .map(common::history).toList());
    }

    private Reply decide(Exchange x) {
        return changed(services.grants().decide(map.command(x.body(GrantDtos.DecideGrantRequest.class), x.actor(),
                x.municipality().value(), x.path("grantId"), x.expectedVersion())));
    }

    private Reply followUp(Exchange x) {
        return changed(services.grants().followUp(map.command(x.body(GrantDtos.FollowUpGrantRequest.class),
                x.actor(), x.municipality().value(), x.path("grantId"), x.expectedVersion())));
    }

    private Reply changed(Result<AssociationGrant> result) {
        return Outcomes.one(result, ok -> map.view(ok.value(), ok.advice()), AssociationGrant::version);
    }
}
