package se.omvarld.adapter.report;

import static com.google.common.base.Preconditions.checkNotNull;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import se.omvarld.adapter.report.calendar.CalendarFeeds;
import se.omvarld.adapter.report.iati.IatiActivities;
import se.omvarld.adapter.report.iati.IatiExport;
import se.omvarld.adapter.report.iati.IatiSelection;
import se.omvarld.adapter.report.opendata.OpenDataAtom;
import se.omvarld.adapter.report.opendata.OpenDataCsv;
import se.omvarld.adapter.report.opendata.OpenDataHtml;
import se.omvarld.adapter.report.opendata.OpenDataJson;
import se.omvarld.adapter.report.twintown.NationalTwinTownView;
import se.omvarld.domain.obligation.ReportingObligation;
import se.omvarld.domain.register.PublicView;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.report.ReportFormat;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.UnitId;
import se.omvarld.domain.twintown.TwinTownPair;
import se.omvarld.port.AuditTrail;
import se.omvarld.port.DataExports;
import se.omvarld.port.RenderedReport;

/** The report adapter's implementation of {@link DataExports}, over its IATI, iCalendar and open-data writers. */
public final class Exports implements DataExports {

    /** A fragment is included in a page that has its own h1: its headings start at h2. */
    private static final int FRAGMENT_HEADING_LEVEL = 2;

    private final DocumentWriters writers = new DocumentWriters();

    @Override
    public Export iatiActivities(Register register, Optional<FundingSource> source, Optional<String> funder,
            Instant generatedAt) {
        IatiExport written = IatiActivities.write(register, new IatiSelection(source, funder), generatedAt);
        if (written instanceof IatiExport.Written file) {
            return new Export.File(new RenderedReport("iati-activities-" + register.municipality().code().value()
                    + ".xml", IatiExport.MEDIA_TYPE, file.xml()));
        }
        return new Export.Refused(((IatiExport.Refused) written).reason());
    }

    @Override
    public RenderedReport calendar(Register register, Optional<UnitId> unit,
            Collection<ReportingObligation> obligations, ReportLanguage language, Instant now) {
        String code = register.municipality().code().value();
        String feed = unit.map(u -> CalendarFeeds.unit(register, u, obligations, language, now))
                .orElseGet(() -> CalendarFeeds.municipality(register, obligations, language, now));
        return new RenderedReport("omvarld-" + code + unit.map(u -> "-" + u.value()).orElse("") + ".ics",
                CalendarFeeds.MEDIA_TYPE, feed.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public RenderedReport openData(PublicView view, OpenData form, ReportLanguage language) {
        String code = view.code().value();
        switch (checkNotNull(form, "form is required")) {
            case JSON:
                return utf8(code + ".json", OpenDataJson.MEDIA_TYPE, OpenDataJson.write(view));
            case PARTNERSHIPS_CSV:
                return utf8(code + "-partnerships.csv", OpenDataCsv.MEDIA_TYPE, OpenDataCsv.partnerships(view));
            case PROJECTS_CSV:
                return utf8(code + "-projects.csv", OpenDataCsv.MEDIA_TYPE, OpenDataCsv.projects(view));
            case HTML_FRAGMENT:
                return utf8(code + "-" + language.tag() + ".html", OpenDataHtml.MEDIA_TYPE,
                        OpenDataHtml.fragment(view, language, FRAGMENT_HEADING_LEVEL));
            default:
                throw new IllegalArgumentException("no open data in the form " + form);
        }
    }

    @Override
    public RenderedReport changes(PublicView view, AuditTrail trail, URI self, ReportLanguage language) {
        return utf8(view.code().value() + "-changes.atom", OpenDataAtom.MEDIA_TYPE,
                OpenDataAtom.write(view, trail, self, language));
    }

    @Override
    public RenderedReport nationalTwinTowns(List<TwinTownPair> pairs, ReportFormat format,
            ReportLanguage language) {
        checkNotNull(format, "format is required");
        String name = (language == ReportLanguage.SWEDISH ? "vanorter-sverige" : "twin-towns-sweden")
                + (format == ReportFormat.CSV_EXCEL ? "-excel" : "") + "." + format.extension();
        return new RenderedReport(name, format.mediaType(),
                writers.write(NationalTwinTownView.document(pairs, language), format));
    }

    private static RenderedReport utf8(String fileName, String mediaType, String text) {
        return new RenderedReport(fileName, mediaType, text.getBytes(StandardCharsets.UTF_8));
    }
}
