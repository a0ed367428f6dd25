package se.omvarld.adapter.http.api;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
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
import se.omvarld.application.ObligationCommands;
import se.omvarld.application.ReportedFiguresCommands;
import se.omvarld.application.Result;
import se.omvarld.domain.obligation.ObligationKind;
import se.omvarld.domain.obligation.ObligationRecord;
import se.omvarld.domain.obligation.ObligationStatus;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.statistics.ReportedFigures;

/**
 * The register as a whole: the reporting obligations the policy imposes (and settling them), the compliance
 * findings, the yearly statistics, and the figures the municipality reported for earlier years.
 *
 * <p>An obligation's key holds {@code /} (e.g. {@code R5/annual-compilation/2025}); in a path it is written with each
 * {@code /} as {@code ~} ({@code R5~annual-compilation~2025}), which no key holds. Every obligation listed carries
 * that form as {@code pathKey}.
 */
public final class RegisterRoutes {

    private static final String BASE = PartnershipRoutes.BASE;
    private static final String TAG = "Register";
    /** The most years one statistics request covers. */
    static final int MAX_YEARS = 50;

    private static final Param KEY = Param.text("key", RegisterDtos.PATH_KEY, "The obligation's key with each / written"
            + " ~, e.g. R5~annual-compilation~2025 for R5/annual-compilation/2025 (the pathKey of a listed obligation).");
    private static final Param YEAR = Param.integer("year", ReportedFigures.FIRST_YEAR, ReportedFigures.LAST_YEAR,
            "The year.");

    private final ApiServices services;
    private final RegisterMapper map = Mappers.getMapper(RegisterMapper.class);

    public RegisterRoutes(ApiServices services) {
        this.services = services;
    }

    public List<Route> routes() {
        return List.of(
                Route.get(BASE + "/obligations").operation("listObligations", "List the reporting obligations")
                        .description("The reports the policy makes the municipality owe, due in a year (this year"
                                + " unless year says otherwise), with their status, by due day then key. With"
                                + " overdue=true and no year: every obligation overdue today, whatever its year.")
                        .tag(TAG).access(Access.READ).returnsList(RegisterDtos.ObligationView.class)
                        .query(Param.integer("year", ReportedFigures.FIRST_YEAR, ReportedFigures.LAST_YEAR,
                                "Only obligations due in this year (default: this year)."))
                        .query(Param.oneOf("kind", ApiEnums.ObligationKind.class, "Only obligations of this kind."))
                        .query(Param.oneOf("status", ApiEnums.ObligationStatus.class,
                                "Only obligations in this status."))
                        .query(Param.text("overdue", "true|false", "Only obligations that are (true) or are not"
                                + " (false) overdue today."))
                        .handle(this::obligations),
                settle("/submit", "submitObligation", "Submit a reporting obligation",
                        "Records that the report was submitted to its recipient on a day; an obligation is settled"
                                + " once.", false),
                settle("/waive", "waiveObligation", "Waive a reporting obligation",
                        "Records that the report is not owed after all, and why (the note); an obligation is settled"
                                + " once.", true),
                Route.get(BASE + "/compliance").operation("listFindings", "List the compliance findings")
                        .description("Every compliance finding over the whole register as of today: which rule,"
                                + " which record, since when, how severe and why.")
                        .tag(TAG).access(Access.READ).returnsList(RegisterDtos.FindingView.class)
                        .handle(this::compliance),
                Route.get(BASE + "/statistics").operation("getStatistics", "Read the yearly statistics")
                        .description("Each year's international activities and external funding in SEK computed"
                                + " from the register (each conversion naming its rate's day and source), beside the"
                                + " figures the municipality reported for the year, if any. From and to default to"
                                + " this year; at most " + MAX_YEARS + " years.")
                        .tag(TAG).access(Access.READ).returnsList(RegisterDtos.YearFiguresView.class)
                        .query(Param.integer("from", ReportedFigures.FIRST_YEAR, ReportedFigures.LAST_YEAR,
                                "The first year (default: to, or this year)."))
                        .query(Param.integer("to", ReportedFigures.FIRST_YEAR, ReportedFigures.LAST_YEAR,
                                "The last year (default: this year)."))
                        .handle(this::statistics),
                Route.get(BASE + "/reported-figures/{year}").operation("getReportedFigures",
                        "Read the figures reported for a year")
                        .description("The figures the municipality reported for a year before or outside Omvärld.")
                        .tag(TAG).access(Access.READ).path(YEAR).returns(RegisterDtos.ReportedFiguresView.class)
                        .handle(this::reportedFigures),
                Route.put(BASE + "/reported-figures/{year}").operation("reportFigures",
                        "Record the figures reported for a year")
                        .description("Records the figures the municipality reported for a year (If-Match \"0\" when"
                                + " none are recorded), or corrects them (the ETag they were read with).")
                        .tag(TAG).access(Access.COORDINATE).path(YEAR).ifMatch()
                        .body(RegisterDtos.ReportFiguresRequest.class)
                        .returns(RegisterDtos.ReportedFiguresView.class).handle(this::report));
    }

    private Route settle(String suffix, String operationId, String summary, String description, boolean waive) {
        return Route.post(BASE + "/obligations/{key}" + suffix).operation(operationId, summary)
                .description(description).tag(TAG).access(Access.COORDINATE).path(KEY)
                .body(RegisterDtos.SettleObligationRequest.class).returns(RegisterDtos.ObligationRecordView.class)
                .handle(x -> settled(x, waive));
    }

    private Reply obligations(Exchange x) {
        LocalDate today = services.ports().clock().today();
        Optional<Long> year = x.queryNumber("year");
        Optional<Boolean> overdue = x.query("overdue").map(Boolean::parseBoolean);
        Result<ImmutableList<ReportingObligation>> result = year.isEmpty() && overdue.orElse(false)
                ? services.register().overdue(x.municipality())
                : services.register().obligations(x.municipality(),
                        DateRange.year(year.map(Math::toIntExact).orElse(today.getYear())));
        Optional<ObligationKind> kind = x.query("kind", ApiEnums.ObligationKind.class)
                .map(k -> ObligationKind.valueOf(k.name()));
        Optional<ObligationStatus> status = x.query("status", ApiEnums.ObligationStatus.class)
                .map(s -> ObligationStatus.valueOf(s.name()));
        return Outcomes.list(result, all -> all.stream()
                .filter(o -> kind.map(k -> o.kind() == k).orElse(true))
                .filter(o -> status.map(s -> o.status() == s).orElse(true))
                .filter(o -> overdue.map(v -> o.isOverdue(today) == v).orElse(true))
                .sorted(java.util.Comparator.comparing(ReportingObligation::due)
                        .thenComparing(ReportingObligation::key))
                .map(o -> map.view(o, today)).toList());
    }

    private Reply settled(Exchange x, boolean waive) {
        RegisterDtos.SettleObligationRequest body = x.body(RegisterDtos.SettleObligationRequest.class);
        Result<ObligationRecord> result = services.register().settle(new ObligationCommands.Settle(x.actor(),
                x.municipality().value(), RegisterDtos.key(x.path("key")), waive, body.on(), body.note()));
        if (result instanceof Result.Conflict<ObligationRecord> conflict) {
            // The obligation is settled already: a state of its lifecycle, not a stale read (it takes no If-Match).
            throw ProblemException.of(409, "Conflict", conflict.message());
        }
        return Outcomes.one(result, ok -> map.view(ok.value()), ObligationRecord::version);
    }

    private Reply compliance(Exchange x) {
        return Outcomes.list(services.register().compliance(x.municipality()),
                findings -> findings.stream().map(map::view).toList());
    }

    private Reply statistics(Exchange x) {
        int thisYear = services.ports().clock().today().getYear();
        int to = x.queryNumber("to").map(Math::toIntExact).orElse(thisYear);
        int from = x.queryNumber("from").map(Math::toIntExact).orElse(Math.min(to, thisYear));
        if (to >= from && to - from >= MAX_YEARS) {
            throw ProblemException.badField("to", "must be less than " + MAX_YEARS + " years after from");
        }
        if (to < from) {
            throw ProblemException.badField("to", "must not be before from " + from);
        }
        return Outcomes.list(services.register().statistics(x.municipality(), from, to),
                years -> years.stream().map(map::view).toList());
    }

    private Reply reportedFigures(Exchange x) {
        var code = x.municipality();
        int year = Integer.parseInt(x.path("year"));
        Optional<ReportedFigures> figures = services.ports().transactions()
                .inTransaction(() -> services.ports().reportedFigures().find(code, year));
        ReportedFigures found = figures.orElseThrow(() -> ProblemException.notFound("reported figures of "
                + year));
        return Reply.ok(map.view(found), found.version());
    }

    private Reply report(Exchange x) {
        RegisterDtos.ReportFiguresRequest body = x.body(RegisterDtos.ReportFiguresRequest.class);
        Result<ReportedFigures> result = services.reportedFigures().record(new ReportedFiguresCommands.Record(
                x.actor(), x.municipality().value(), Integer.parseInt(x.path("year")), body.activities(),
                new BigDecimal(body.externalFundingSek()), body.source(), x.expectedVersion()));
        return Outcomes.one(result, ok -> map.view(ok.value()), ReportedFigures::version);
    }
}
