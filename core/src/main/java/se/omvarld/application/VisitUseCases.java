package se.omvarld.application;

import com.google.common.collect.ImmutableList;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.InvalidValue;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.VisitId;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;
import se.omvarld.domain.visit.Visit;
import se.omvarld.domain.visit.VisitReport;
import se.omvarld.port.Page;
import se.omvarld.port.PageRequest;
import se.omvarld.port.VisitQuery;
import se.omvarld.port.VisitSummary;

/** Visits (R3 when recorded; R8's report follows from the obligation planner). */
public final class VisitUseCases {

    private final Ports ports;
    private final Execution execution;

    public VisitUseCases(Ports ports) {
        this.ports = checkNotNull(ports, "ports are required");
        this.execution = new Execution(ports);
    }

    public Result<Visit> record(VisitCommands.Record command) {
        return execution.run(command, () -> {
            Input input = new Input();
            MunicipalityCode municipality = input.field("municipality", () -> MunicipalityCode.of(command.municipality()));
            Optional<PartnershipId> partnership = input.field("partnershipId",
                    () -> Optional.ofNullable(command.partnershipId()).map(PartnershipId::of));
            DateRange dates = input.field("lastDay", () -> DateRange.of(command.firstDay(), command.lastDay()));
            input.check();
            var profile = execution.profile(municipality);
            if (profile.isEmpty()) {
                return new Result.NotFound<>("policy profile", municipality.value());
            }
            if (partnership.isPresent() && ports.partnerships().find(municipality, partnership.get()).isEmpty()) {
                return new Result.NotFound<>("partnership", partnership.get().toString());
            }
            var organisation = ports.municipalities().find(municipality);
            if (organisation.isEmpty()) {
                return new Result.NotFound<>("municipality", municipality.value());
            }
            var committees = input.field("committeeIds", () -> Committees.of(organisation.get(),
                    command.committeeIds()));
            input.check();
            VisitId visitId = new VisitId(ports.ids().next());
            var outcome = input.field("visit", () -> Visit.record(visitId, municipality,
                    partnership, command.direction(), dates, command.purpose(), command.participants(),
                    command.digitalMeetingConsidered(), committees, profile.get()));
            input.check();
            return Execution.refusedOr(outcome, visit -> {
                Visit saved = ports.visits().save(visit);
                execution.audit(municipality, command.actor(), "visit", saved.id().toString(), saved.version(),
                        "record", Wording.of(WordingKey.AUDIT_VISIT_RECORDED, saved.direction().name().toLowerCase()
                                + " visit " + saved.dates(), saved.direction(), saved.dates().start(),
                                saved.dates().end()));
                return new Result.Ok<>(saved);
            });
        });
    }

    /** A report attached to a visit, and whether it replaced an earlier one. */
    public record AttachedReport(VisitReport report, boolean replaced) {
    }

    /**
     * Attaches a report to a visit, replacing any earlier one (R8 has a twin-town visit reported to the executive
     * board): its kind is found from its first bytes and its name, and must be the kind the client claims, if any.
     */
    public Result<AttachedReport> attachReport(VisitCommands.AttachReport command) {
        return execution.run(command, () -> {
            Input input = new Input();
            MunicipalityCode municipality = input.field("municipality", () -> MunicipalityCode.of(command.municipality()));
            VisitId visitId = input.field("visitId", () -> VisitId.of(command.visitId()));
            input.check();
            Optional<Visit> visit = ports.visits().find(municipality, visitId);
            if (visit.isEmpty()) {
                return new Result.NotFound<>("visit", visitId.toString());
            }
            VisitReport report = input.field("file", () -> claimed(VisitReport.of(municipality, visitId,
                    command.fileName(), command.content(), ports.clock().now(), command.actor()),
                    command.mediaType()));
            input.check();
            boolean replaced = ports.visitReports().save(report, command.content());
            execution.audit(municipality, command.actor(), "visit", visitId.toString(), visit.get().version(),
                    "attach-report", Wording.of(WordingKey.AUDIT_VISIT_REPORT_ATTACHED, "attached the report "
                            + report.fileName(), report.fileName()));
            return new Result.Ok<>(new AttachedReport(report, replaced));
        });
    }

    /** The report, if the client's claim of its media type (without parameters) is the kind its content is. */
    private static VisitReport claimed(VisitReport report, String mediaType) {
        if (mediaType != null && !report.format().mediaType().equalsIgnoreCase(mediaType.split(";")[0].strip())) {
            throw InvalidValue.of(WordingKey.FIELD_REPORT_CLAIMED_FORMAT, "is sent as " + mediaType
                    + " but its content and name make it " + report.format().mediaType(), mediaType,
                    report.format().mediaType());
        }
        return report;
    }

    /** The description of a visit's report, if it has one; not found if the visit is not the municipality's. */
    public Result<Optional<VisitReport>> report(MunicipalityCode municipality, VisitId visit) {
        return ports.transactions().inTransaction(() -> ports.visits().find(municipality, visit).isPresent()
                ? new Result.Ok<>(ports.visitReports().find(municipality, visit))
                : new Result.NotFound<>("visit", visit.toString()));
    }

    /** A visit's report with its bytes, if it has one; not found if the visit is not the municipality's. */
    public Result<Optional<ReportFile>> reportFile(MunicipalityCode municipality, VisitId visit) {
        return ports.transactions().inTransaction(() -> {
            if (ports.visits().find(municipality, visit).isEmpty()) {
                return new Result.NotFound<>("visit", visit.toString());
            }
            return new Result.Ok<>(ports.visitReports().find(municipality, visit).flatMap(report -> ports
                    .visitReports().content(municipality, visit).map(bytes -> new ReportFile(report, bytes))));
        });
    }

    /** A report's description with its bytes, for a download. */
    public record ReportFile(VisitReport report, byte[] content) {
    }

    /** The visits within a partnership, for its history and its R8 reports. */
    public Result<ImmutableList<Visit>> ofPartnership(MunicipalityCode municipality, PartnershipId partnership) {
        return ports.transactions().inTransaction(() -> ports.partnerships().find(municipality, partnership)
                .isPresent() ? new Result.Ok<>(ports.visits().ofPartnership(municipality, partnership))
                : new Result.NotFound<>("partnership", partnership.toString()));
    }

    /** A page of the municipality's list of visits as the query asks (filters and order): the API's list. */
    public Result<Page<VisitSummary>> list(MunicipalityCode municipality, VisitQuery query, PageRequest request) {
        return Listings.page(ports, municipality, () -> ports.visits().list(municipality, query, request));
    }
}
