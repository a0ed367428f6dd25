package se.omvarld.adapter.http.web;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.omvarld.adapter.http.api.ApiServices;
import se.omvarld.application.Result;
import se.omvarld.domain.municipality.Committee;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.report.CommitteeReportSection;
import se.omvarld.domain.report.ReportFormat;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.statistics.ReportedFigures;
import se.omvarld.port.DataExports;
import se.omvarld.port.RenderedReport;

/**
 * The reports as files ({@code /app/reports}): the annual compilation for the executive board (R5) and the annual
 * report's section on international work (R6, each committee's where the policy asks for one per committee) of a
 * year, in each format and language, and the IATI and calendar exports. The JSON API's report routes need a bearer
 * token; these check the session instead and call the same use cases and writers as {@code ReportRoutes} and
 * {@code ExchangeRoutes}. Every file is an attachment: an HTML report's own styles would fall foul of the app's
 * Content-Security-Policy if shown inline.
 */
public final class ReportPages implements WebRoutes {

    private final ApiServices services;

    ReportPages(ApiServices services) {
        this.services = services;
    }

    /** A file to download, and the label of its link. */
    public record Download(String href, String label) {
    }

    /** One report in every format and language. */
    public record ReportRow(String id, String title, List<Download> downloads) {
    }

    public record ReportsView(Form filters, int year, List<ReportRow> reports, String iati, String calendar) {
    }

    @Override
    public void register(WebRouter router) {
        router.get("/reports", this::reports);
        router.get("/reports/annual/{year}", this::annualCompilation);
        router.get("/reports/annual-report/{year}", this::annualReportSection);
        router.get("/reports/iati.xml", this::iati);
        router.get("/reports/calendar.ics", this::calendar);
    }

    private void reports(WebRequest x) {
        Messages m = x.m();
        int thisYear = services.ports().clock().today().getYear();
        Form filters = Form.of(Map.of("year", x.query("year").orElse(Integer.toString(thisYear - 1))));
        int year = thisYear - 1;
        try {
            year = Integer.parseInt(filters.value("year").strip());
            if (year < ReportedFigures.FIRST_YEAR || year > thisYear) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException notAYear) {
            filters.error("year", m.t("report.year.invalid", thisYear));
            year = thisYear - 1;
        }
        List<ReportRow> reports = new ArrayList<>();
        int chosen = year;
        if (!filters.hasErrors()) {
            reports.add(new ReportRow("report-annual", m.t("report.annual", year),
                    downloads("/reports/annual/" + year + "?", m)));
            for (Optional<Committee> owing : x.found(services.register().annualReportSections(x.municipality(),
                    year))) {
                String title = owing.map(c -> m.t("report.section.committee", c.name(), chosen))
                        .orElse(m.t("report.section", chosen));
                String committee = owing.map(c -> "committee=" + c.id().value() + "&").orElse("");
                reports.add(new ReportRow("report-" + reports.size(), title,
                        downloads("/reports/annual-report/" + year + "?" + committee, m)));
            }
        }
        x.render(filters.hasErrors() ? 400 : 200, "reports/reports.jte", x.page("report.title",
                Page.Section.REPORTS), new ReportsView(filters, year, reports,
                WebRequest.link("/reports/iati.xml"), WebRequest.link("/reports/calendar.ics")));
    }

    private static List<Download> downloads(String path, Messages m) {
        List<Download> all = new ArrayList<>();
        for (ReportLanguage language : ReportLanguage.values()) {
            for (ReportFormat format : ReportFormat.values()) {
                all.add(new Download(WebRequest.link(path + "format=" + name(format) + "&lang=" + language.tag()),
                        m.t("report.download", m.t("report.format." + format.name()),
                                m.t("report.language." + language.tag()))));
            }
        }
        return all;
    }

    private void annualCompilation(WebRequest x) {
        int year = year(x);
        send(x, services.reportRenderer().annualCompilation(found(x, services.reports()
                .annualCompilation(x.municipality(), year)), format(x), language(x)));
    }

    private void annualReportSection(WebRequest x) {
        int year = year(x);
        Optional<String> committee = x.query("committee");
        CommitteeReportSection section;
        if (committee.isPresent()) {
            CommitteeId id;
            try {
                id = CommitteeId.of(committee.get());
            } catch (IllegalArgumentException notAnId) {
                throw x.notFound();
            }
            section = found(x, services.reports().committeeSection(x.municipality(), year, id));
        } else {
            ImmutableList<CommitteeReportSection> sections = found(x, services.reports()
                    .committeeSections(x.municipality(), year));
            if (sections.size() != 1 || sections.get(0).committee().isPresent()) {
                throw x.notFound();
            }
            section = sections.get(0);
        }
        send(x, services.reportRenderer().committeeSection(section, format(x), language(x)));
    }

    private void iati(WebRequest x) {
        Register register = found(x, services.register().register(x.municipality()));
        DataExports.Export export = services.exports().iatiActivities(register, Optional.empty(), Optional.empty(),
                Instant.now());
        if (export instanceof DataExports.Export.Refused) {
            throw new WebError(409, "report.iati.refused");
        }
        send(x, ((DataExports.Export.File) export).file());
    }

    private void calendar(WebRequest x) {
        Register register = found(x, services.register().register(x.municipality()));
        int year = services.ports().clock().today().getYear();
        var obligations = found(x, services.register().obligations(x.municipality(),
                DateRange.years(year - 1, year + 1)));
        send(x, services.exports().calendar(register, x.user().unit(), obligations, language(x), Instant.now()));
    }

    private static void send(WebRequest x, RenderedReport report) {
        x.download(report.fileName(), report.mediaType(), report.content());
    }

    /** The value of an ok result; the 404 page for a record or a year the reports cannot be made of. */
    private static <T> T found(WebRequest x, Result<T> result) {
        if (result instanceof Result.Invalid<T>) {
            throw x.notFound();
        }
        return x.found(result);
    }

    private static int year(WebRequest x) {
        try {
            int year = Integer.parseInt(x.pathParam("year"));
            if (year >= ReportedFigures.FIRST_YEAR && year <= ReportedFigures.LAST_YEAR) {
                return year;
            }
        } catch (NumberFormatException notAYear) {
            // the 404 page below
        }
        throw x.notFound();
    }

    private static ReportFormat format(WebRequest x) {
        String asked = x.query("format").orElse(name(ReportFormat.PDF));
        return Arrays.stream(ReportFormat.values()).filter(f -> name(f).equals(asked)).findFirst()
                .orElseThrow(x::notFound);
    }

    private static ReportLanguage language(WebRequest x) {
        return x.query("lang").map(l -> l.equals("en") ? ReportLanguage.ENGLISH : ReportLanguage.SWEDISH)
                .orElse(x.language());
    }

    private static String name(ReportFormat format) {
        return format.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
