package se.omvarld.adapter.http.api;

import java.util.List;
import java.util.Optional;
import org.mapstruct.factory.Mappers;
import se.omvarld.adapter.http.Access;
import se.omvarld.adapter.http.Exchange;
import se.omvarld.adapter.http.Outcomes;
import se.omvarld.adapter.http.Param;
import se.omvarld.adapter.http.ProblemException;
import se.omvarld.adapter.http.Reply;
import se.omvarld.adapter.http.Route;
import se.omvarld.application.PartnershipCommands;
import se.omvarld.application.Result;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.partner.PartnerKind;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.partnership.PartnershipStatus;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.PartnerId;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.port.Page;
import se.omvarld.port.PartnerQuery;
import se.omvarld.port.PartnerSummary;
import se.omvarld.port.PartnershipQuery;
import se.omvarld.port.PartnershipSummary;

/** Partners and partnerships: register, propose, analyse, decide, list, read, and each one's history. */
public final class PartnershipRoutes {

    static final String BASE = "/api/v1/municipalities/{code}";
    private static final String TAG = "Partnerships";
    private static final String ONE = BASE + "/partnerships/{partnershipId}";

    private final ApiServices services;
    private final PartnershipMapper map = Mappers.getMapper(PartnershipMapper.class);
    private final CommonMapper common = Mappers.getMapper(CommonMapper.class);

    public PartnershipRoutes(ApiServices services) {
        this.services = services;
    }

    public List<Route> routes() {
        return List.of(
                Route.get(BASE + "/partners").operation("listPartners", "List the partners")
                        .description("A page of the municipality's foreign counterparts, filtered by kind and"
                                + " country, by name (NAME_DESCENDING the other way; ties by id).")
                        .tag(TAG).access(Access.READ).returnsPage(PartnershipDtos.PartnerView.class)
                        .query(Param.oneOf("kind", ApiEnums.PartnerKind.class, "Only partners of this kind."))
                        .query(Param.text("country", CommonDtos.COUNTRY, "Only partners in this country (ISO"
                                + " 3166-1 alpha-2)."))
                        .query(Param.oneOf("sort", PartnerQuery.Sort.class, "The order (default NAME)."))
                        .handle(this::partners),
                Route.post(BASE + "/partners").operation("registerPartner", "Register a partner")
                        .description("Registers a foreign counterpart: a municipality, region, school, association,"
                                + " organisation or company.")
                        .tag(TAG).access(Access.COORDINATE).body(PartnershipDtos.RegisterPartnerRequest.class)
                        .creates(PartnershipDtos.PartnerView.class).handle(this::registerPartner),
                Route.get(BASE + "/partners/{partnerId}").operation("getPartner", "Read a partner")
                        .tag(TAG).access(Access.READ).returns(PartnershipDtos.PartnerView.class)
                        .handle(this::partner),
                Route.get(BASE + "/partnerships").operation("listPartnerships", "List the partnerships")
                        .description("A page of the municipality's partnerships, filtered by status, kind and"
                                + " country, in the order sort names (by title unless it says otherwise).")
                        .tag(TAG).access(Access.READ).returnsPage(PartnershipDtos.PartnershipSummaryView.class)
                        .query(Param.oneOf("status", ApiEnums.PartnershipStatus.class, "Only partnerships in this"
                                + " status."))
                        .query(Param.oneOf("kind", ApiEnums.PartnershipKind.class, "Only partnerships of this kind."))
                        .query(Param.text("country", CommonDtos.COUNTRY, "Only partnerships with a partner in this"
                                + " country (ISO 3166-1 alpha-2)."))
                        .query(Param.oneOf("sort", PartnershipQuery.Sort.class, "The order (default TITLE)."))
                        .handle(this::list),
                Route.post(BASE + "/partnerships").operation("proposePartnership", "Propose a partnership")
                        .description("Proposes a partnership with a registered partner; it is active only once a"
                                + " body decides so.")
                        .tag(TAG).access(Access.COORDINATE).body(PartnershipDtos.ProposePartnershipRequest.class)
                        .creates(PartnershipDtos.PartnershipView.class).handle(this::propose),
                Route.get(ONE).operation("getPartnership", "Read a partnership")
                        .description("A partnership with its analysis, democracy plan and the decisions that moved"
                                + " it.")
                        .tag(TAG).access(Access.READ).returns(PartnershipDtos.PartnershipView.class)
                        .handle(this::one),
                Route.get(ONE + "/history").operation("getPartnershipHistory", "Read a partnership's history")
                        .description("Every change to the partnership from the audit trail: who, when, what.")
                        .tag(TAG).access(Access.READ).returnsList(CommonDtos.HistoryEntry.class)
                        .handle(this::history),
                Route.put(ONE + "/analysis").operation("recordAnalysis", "Record the benefit/risk analysis")
                        .description("Records the partnership's benefit/risk analysis (R1); a later one supersedes"
                                + " it, and both are kept.")
                        .tag(TAG).access(Access.COORDINATE).ifMatch()
                        .body(PartnershipDtos.RecordAnalysisRequest.class)
                        .returns(PartnershipDtos.PartnershipView.class).handle(this::recordAnalysis),
                Route.put(ONE + "/democracy-plan").operation("recordPartnershipDemocracyPlan",
                        "Record the democracy plan")
                        .description("Records the partnership's democracy plan (R2); a later one supersedes it, and"
                                + " both are kept.")
                        .tag(TAG).access(Access.COORDINATE).ifMatch()
                        .body(PartnershipDtos.RecordDemocracyPlanRequest.class)
                        .returns(PartnershipDtos.PartnershipView.class).handle(this::recordDemocracyPlan),
                decision("/activate", "activatePartnership", "Activate a partnership",
                        "Activates a proposed partnership by a body's decision; the policy's rules (R1, R2, R9,"
                                + " R12, R13) may refuse it.", PartnershipCommands.Step.ACTIVATE),
                decision("/put-under-review", "putPartnershipUnderReview", "Put a partnership under review",
                        "Puts an active partnership under review by a body's decision.",
                        PartnershipCommands.Step.PUT_UNDER_REVIEW),
                decision("/continue", "continuePartnership", "Continue a partnership after review",
                        "Continues a partnership under review by a body's decision.",
                        PartnershipCommands.Step.CONTINUE),
                decision("/terminate", "terminatePartnership", "Terminate a partnership",
                        "Terminates a partnership by a body's decision; the policy may say which body.",
                        PartnershipCommands.Step.TERMINATE));
    }

    private Route decision(String suffix, String operationId, String summary, String description,
            PartnershipCommands.Step step) {
        return Route.post(ONE + suffix).operation(operationId, summary).description(description)
                .tag(TAG).access(Access.COORDINATE).ifMatch().body(CommonDtos.DecisionRequest.class)
                .returns(PartnershipDtos.PartnershipView.class)
                .handle(x -> changed(services.partnerships().decide(map.command(x.body(CommonDtos.DecisionRequest.class),
                        x.actor(), x.municipality().value(), x.path("partnershipId"), x.expectedVersion(), step))));
    }

    private Reply partners(Exchange x) {
        PartnerQuery query = new PartnerQuery(
                x.query("kind", ApiEnums.PartnerKind.class).map(k -> PartnerKind.valueOf(k.name())),
                x.query("country").map(CountryCode::of),
                x.query("sort", PartnerQuery.Sort.class).orElse(PartnerQuery.Sort.NAME));
        Page<PartnerSummary> page = Outcomes.value(services.partnerships().partners(x.municipality(), query,
                x.page()));
        return Reply.ok(Pages.of(page, map::view));
    }

    private Reply partner(Exchange x) {
        var code = x.municipality();
        PartnerId id = PartnerId.of(x.path("partnerId"));
        Optional<Partner> partner = services.ports().transactions()
                .inTransaction(() -> services.ports().partners().find(code, id));
        Partner found = partner.orElseThrow(() -> ProblemException.notFound("partner " + id));
        return Reply.ok(map.view(found), found.version());
    }

    private Reply registerPartner(Exchange x) {
        Result<Partner> result = services.partnerships().registerPartner(map.command(
                x.body(PartnershipDtos.RegisterPartnerRequest.class), x.actor(), x.municipality().value()));
        return Outcomes.created(result, ok -> map.view(ok.value()), Partner::version,
                p -> "/api/v1/municipalities/" + p.municipality().value() + "/partners/" + p.id());
    }

    private Reply list(Exchange x) {
        PartnershipQuery query = new PartnershipQuery(
                x.query("status", ApiEnums.PartnershipStatus.class).map(s -> PartnershipStatus.valueOf(s.name())),
                x.query("kind", ApiEnums.PartnershipKind.class).map(k -> PartnershipKind.valueOf(k.name())),
                x.query("country").map(CountryCode::of),
                x.query("sort", PartnershipQuery.Sort.class).orElse(PartnershipQuery.Sort.TITLE));
        Page<PartnershipSummary> page = Outcomes.value(services.partnerships().list(x.municipality(), query,
                x.page()));
        return Reply.ok(Pages.of(page, map::view));
    }

    private Reply propose(Exchange x) {
        Result<Partnership> result = services.partnerships().propose(map.command(
                x.body(PartnershipDtos.ProposePartnershipRequest.class), x.actor(), x.municipality().value()));
        return Outcomes.created(result, ok -> map.view(ok.value(), ok.advice()), Partnership::version,
                p -> "/api/v1/municipalities/" + p.municipality().value() + "/partnerships/" + p.id());
    }

    private Reply one(Exchange x) {
        return Outcomes.one(services.partnerships().find(x.municipality().value(), x.path("partnershipId")),
                ok -> map.view(ok.value(), ok.advice()), Partnership::version);
    }

    private Reply history(Exchange x) {
        var code = x.municipality();
        String id = x.path("partnershipId");
        Outcomes.value(services.partnerships().find(code.value(), id));
        return Reply.ok(services.ports().transactions().inTransaction(() -> services.ports().audit()
                .of(code, "partnership", id.toLowerCase(java.util.Locale.ROOT))).stream().map(common::history)
                .toList());
    }

    private Reply recordAnalysis(Exchange x) {
        return changed(services.partnerships().recordAnalysis(map.command(
                x.body(PartnershipDtos.RecordAnalysisRequest.class), x.actor(), x.municipality().value(),
                x.path("partnershipId"), x.expectedVersion())));
    }

    private Reply recordDemocracyPlan(Exchange x) {
        return changed(services.partnerships().recordDemocracyPlan(map.command(
                x.body(PartnershipDtos.RecordDemocracyPlanRequest.class), x.actor(), x.municipality().value(),
                x.path("partnershipId"), x.expectedVersion())));
    }

    private Reply changed(Result<Partnership> result) {
        return Outcomes.one(result, ok -> map.view(ok.value(), ok.advice()), Partnership::version);
    }
}
