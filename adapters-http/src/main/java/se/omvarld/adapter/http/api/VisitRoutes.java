package se.omvarld.adapter.http.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.mapstruct.factory.Mappers;
import se.omvarld.adapter.http.Access;
import se.omvarld.adapter.http.Downloads;
import se.omvarld.adapter.http.Exchange;
import se.omvarld.adapter.http.Outcomes;
import se.omvarld.adapter.http.Param;
import se.omvarld.adapter.http.ProblemException;
import se.omvarld.adapter.http.Reply;
import se.omvarld.adapter.http.Route;
import se.omvarld.application.Result;
import se.omvarld.application.VisitCommands;
import se.omvarld.application.VisitUseCases;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.VisitId;
import se.omvarld.domain.visit.Direction;
import se.omvarld.domain.visit.Visit;
import se.omvarld.domain.visit.VisitReport;
import se.omvarld.port.Page;
import se.omvarld.port.VisitQuery;
import se.omvarld.port.VisitSummary;

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
                        .description("A page of the municipality's visits, filtered by direction, partnership and"
                                + " the year they began, in the order sort names (by first day unless it says"
                                + " otherwise; ties by id).")
                        .tag(TAG).access(Access.READ).returnsPage(VisitDtos.VisitSummaryView.class)
                        .query(Param.oneOf("direction", ApiEnums.Direction.class, "Only visits that came"
                                + " (INCOMING) or went (OUTGOING)."))
                        .query(Param.text("partnership", CommonDtos.UUID, "Only visits within the partnership"
                                + " with this id."))
                        .query(Param.integer("year", 1900, 2200, "Only visits whose first day is in this year."))
                        .query(Param.oneOf("sort", VisitQuery.Sort.class, "The order (default FIRST_DAY)."))
                        .handle(this::list),
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
                Route.put(ONE + "/report").operation("putVisitReport", "Upload a visit's report")
                        .description("Keeps the file as the visit's report (besöksrapport: R8 has a twin-town visit"
                                + " reported to the executive board), replacing any earlier one, and audits it. The"
                                + " file is the raw body: a PDF, a Word document (.docx) or an OpenDocument text"
                                + " (.odt), of at most 5 MB. Its kind is found from its first bytes and its name's"
                                + " extension together and must be the Content-Type sent; 400 names the field"
                                + " (file or fileName) when not. 201 for a visit's first report, 200 for a"
                                + " replacement. As recordVisit: a unit editor may upload one.")
                        .tag(TAG).access(Access.UNIT_EDIT)
                        .uploads(VisitReport.MAX_SIZE, Arrays.stream(VisitReport.Format.values())
                                .map(VisitReport.Format::mediaType).toArray(String[]::new))
                        .query(Param.text("filename", ".{1,200}", "The file's name, with its extension"
                                + " (required): the name the report is downloaded under."))
                        .createsOrReplaces(VisitDtos.VisitReportView.class).handle(this::putReport),
                Route.get(ONE + "/report").operation("getVisitReport", "Download a visit's report")
                        .description("The visit's report as it was uploaded, with its media type, as an attachment"
                                + " named as it was uploaded; 404 when the visit has none.")
                        .tag(TAG).access(Access.READ)
                        .returnsFile(Arrays.stream(VisitReport.Format.values()).map(VisitReport.Format::mediaType)
                                .toArray(String[]::new))
                        .handle(this::getReport),
                Route.get(BASE + "/partnerships/{partnershipId}/visits").operation("listPartnershipVisits",
                        "List a partnership's visits")
                        .description("The visits within a partnership, by first day, then id: its history and what"
                                + " R8 asks to be reported.")
                        .tag(TAG).access(Access.READ).returnsList(VisitDtos.VisitView.class)
                        .handle(this::ofPartnership));
    }

    private Reply list(Exchange x) {
        VisitQuery query = new VisitQuery(
                x.query("direction", ApiEnums.Direction.class).map(d -> Direction.valueOf(d.name())),
                x.query("partnership").map(PartnershipId::of),
                x.queryNumber("year").map(Math::toIntExact),
                x.query("sort", VisitQuery.Sort.class).orElse(VisitQuery.Sort.FIRST_DAY));
        Page<VisitSummary> page = Outcomes.value(services.visits().list(x.municipality(), query, x.page()));
        return Reply.ok(Pages.of(page, map::view));
    }

    private Reply record(Exchange x) {
        Result<Visit> result = services.visits().record(map.command(x.body(VisitDtos.RecordVisitRequest.class),
                x.actor(), x.municipality().value()));
        return Outcomes.created(result, ok -> map.view(ok.value(), ok.advice()), Visit::version,
                v -> "/api/v1/municipalities/" + v.municipality().value() + "/visits/" + v.id());
    }

    private Reply putReport(Exchange x) {
        Exchange.Upload upload = x.upload();
        String fileName = x.query("filename").orElseThrow(() -> ProblemException.badField("filename",
                "is required: the file's name, with its extension"));
        Result<VisitUseCases.AttachedReport> result = services.visits().attachReport(new VisitCommands.AttachReport(
                x.actor(), x.municipality().value(), x.path("visitId"), fileName, upload.mediaType(),
                upload.content()));
        VisitUseCases.AttachedReport attached = Outcomes.value(result);
        VisitDtos.VisitReportView view = map.view(attached.report());
        return attached.replaced() ? Reply.ok(view) : new Reply(201, view, OptionalLong.empty(),
                "/api/v1/municipalities/" + x.municipality().value() + "/visits/" + view.visitId() + "/report");
    }

    private Reply getReport(Exchange x) {
        VisitId id = VisitId.of(x.path("visitId"));
        VisitUseCases.ReportFile file = Outcomes.value(services.visits().reportFile(x.municipality(), id))
                .orElseThrow(() -> ProblemException.notFound("report of visit " + id));
        return Reply.bytes(file.report().format().mediaType(), file.content(),
                Downloads.privateFile(Downloads.attachment(file.report().fileName())));
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
