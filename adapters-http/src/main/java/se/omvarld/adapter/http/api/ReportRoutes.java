package se.omvarld.adapter.http.api;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.omvarld.adapter.http.Access;
import se.omvarld.adapter.http.Downloads;
import se.omvarld.adapter.http.Exchange;
import se.omvarld.adapter.http.Outcomes;
import se.omvarld.adapter.http.Param;
import se.omvarld.adapter.http.ProblemException;
import se.omvarld.adapter.http.Reply;
import se.omvarld.adapter.http.Route;
import se.omvarld.application.Result;
import se.omvarld.domain.report.CommitteeReportSection;
import se.omvarld.domain.report.ReportFormat;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.statistics.ReportedFigures;
import se.omvarld.port.RenderedReport;

/**
 * The reports of a year as files: the annual compilation for the executive board (R5) and the annual report's
 * section on international work (R6), in each format and in Swedish or English.
 */
public final class ReportRoutes {

    private static final String BASE = PartnershipRoutes.BASE + "/reports";
    private static final String TAG = "Reports";
    private static final ImmutableList<String> FORMATS = Arrays.stream(ReportFormat.values())
            .map(ReportRoutes::name).collect(ImmutableList.toImmutableList());
    private static final Param YEAR = Param.integer("year", ReportedFigures.FIRST_YEAR, ReportedFigures.LAST_YEAR,
            "The year the report covers.");
    static final Param FORMAT = Param.oneOf("format", FORMATS, "The file's format (default pdf for a report, html for a view): html,"
            + " pdf (PDF/A-3a and PDF/UA-1), docx, xlsx (a sheet per section), csv (RFC 4180, UTF-8, every table"
            + " one cell a record) or csv-excel (the same for Swedish Excel: semicolons, decimal commas, a BOM).");
    private static final Param LANGUAGE = Param.oneOf("lang", ImmutableList.of("sv", "en"),
            "The report's language (default sv, Swedish).");
    static final String[] MEDIA_TYPES = Arrays.stream(ReportFormat.values()).map(ReportFormat::mediaType)
            .distinct().toArray(String[]::new);

    private final ApiServices services;

    public ReportRoutes(ApiServices services) {
        this.services = services;
    }

    public List<Route> routes() {
        return List.of(
                Route.get(BASE + "/annual/{year}").operation("getAnnualCompilation",
                        "Download the annual compilation of a year")
                        .description("The compilation of the year's international work for the executive board"
                                + " (R5): partnerships, projects, activities, external funding in SEK (each figure at"
                                + " a named day's ECB rate), grants, visits, obligations, compliance findings and the"
                                + " figures reported for earlier years, with charts. Written as of today.")
                        .tag(TAG).access(Access.READ).path(YEAR).query(FORMAT).query(LANGUAGE)
                        .returnsFile(MEDIA_TYPES).handle(this::annualCompilation),
                Route.get(BASE + "/annual-report/{year}").operation("getAnnualReportSection",
                        "Download the annual report's section on international work")
                        .description("The section of the year's annual report on international work (R6): a"
                                + " committee's, where the policy makes each committee report (then committee is"
                                + " required), or the municipality's. 404 when the policy asks for none.")
                        .tag(TAG).access(Access.READ).path(YEAR).query(FORMAT).query(LANGUAGE)
                        .query(Param.text("committee", "[a-z0-9][a-z0-9-]{0,99}", "The committee's id, e.g."
                                + " barn-och-utbildningsnamnden."))
                        .returnsFile(MEDIA_TYPES).handle(this::annualReportSection));
    }

    private Reply annualCompilation(Exchange x) {
        ReportFormat format = format(x);
        ReportLanguage language = language(x);
        return file(services.reportRenderer().annualCompilation(
                Outcomes.value(services.reports().annualCompilation(x.municipality(), year(x))), format, language));
    }

    private Reply annualReportSection(Exchange x) {
        ReportFormat format = format(x);
        ReportLanguage language = language(x);
        int year = year(x);
        Optional<String> committee = x.query("committee");
        CommitteeReportSection section;
        if (committee.isPresent()) {
            section = Outcomes.value(services.reports().committeeSection(x.municipality(), year,
                    CommitteeId.of(committee.get())));
        } else {
            ImmutableList<CommitteeReportSection> sections = Outcomes.value(
                    services.reports().committeeSections(x.municipality(), year));
            if (sections.isEmpty()) {
                throw ProblemException.notFound("annual-report section of " + year);
            }
            if (sections.size() > 1 || sections.get(0).committee().isPresent()) {
                throw ProblemException.badField("committee", "is required: the policy makes each committee"
                        + " report; for " + year + " one of " + sections.stream()
                        .map(s -> s.committee().orElseThrow().id().value()).toList());
            }
            section = sections.get(0);
        }
        return file(services.reportRenderer().committeeSection(section, format, language));
    }

    static Reply file(RenderedReport report) {
        String disposition = report.mediaType().startsWith("text/html") ? Downloads.inline(report.fileName())
                : Downloads.attachment(report.fileName());
        return Reply.bytes(report.mediaType(), report.content(), Downloads.privateFile(disposition));
    }

    private static int year(Exchange x) {
        return Integer.parseInt(x.path("year"));
    }

    private static ReportFormat format(Exchange x) {
        return format(x, ReportFormat.PDF);
    }

    static ReportFormat format(Exchange x, ReportFormat otherwise) {
        String asked = x.query("format").orElse(name(otherwise));
        return Arrays.stream(ReportFormat.values()).filter(f -> name(f).equals(asked)).findFirst().orElseThrow();
    }

    static ReportLanguage language(Exchange x) {
        return x.query("lang").orElse("sv").equals("en") ? ReportLanguage.ENGLISH : ReportLanguage.SWEDISH;
    }

    private static String name(ReportFormat format) {
        return format.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
