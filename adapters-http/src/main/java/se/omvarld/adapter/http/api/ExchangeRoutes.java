package se.omvarld.adapter.http.api;

import com.google.common.collect.ImmutableList;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.omvarld.adapter.http.Access;
import se.omvarld.adapter.http.Description;
import se.omvarld.adapter.http.Downloads;
import se.omvarld.adapter.http.Exchange;
import se.omvarld.adapter.http.Outcomes;
import se.omvarld.adapter.http.Param;
import se.omvarld.adapter.http.ProblemException;
import se.omvarld.adapter.http.Reply;
import se.omvarld.adapter.http.Route;
import se.omvarld.application.MunicipalityCommands;
import se.omvarld.application.Result;
import se.omvarld.application.TwinTownCommands;
import se.omvarld.application.TwinTownUseCases;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.register.PublicView;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.report.ReportFormat;
import se.omvarld.domain.report.ReportLanguage;
import se.omvarld.domain.shared.DateRange;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.UnitId;
import se.omvarld.domain.twintown.TwinTownRow;
import se.omvarld.port.DataExports;
import se.omvarld.port.RenderedReport;

/**
 * What a municipality exchanges with others: IATI activity XML for its funders (with the organisation number it
 * reports under), iCalendar feeds of what falls due, the open data its website publishes, its twin towns from the
 * national list, and Sweden's twin towns.
 */
public final class ExchangeRoutes {

    private static final String BASE = PartnershipRoutes.BASE;
    private static final String PUBLIC = "/api/v1/public/municipalities/{code}";
    private static final String TAG = "Exchange";
    /** How long a cache may keep what a municipality publishes: a change shows within five minutes. */
    private static final int PUBLIC_SECONDS = 300;
    private static final Param LANGUAGE = Param.oneOf("lang", ImmutableList.of("sv", "en"),
            "The language (default sv, Swedish).");

    private final ApiServices services;

    public ExchangeRoutes(ApiServices services) {
        this.services = services;
    }

    @Description("The municipality's organisation number (organisationsnummer), e.g. 212000-1710.")
    public record OrganisationNumberRequest(@NotBlank @Size(max = 11) String organisationNumber) {
    }

    @Description("The organisation number the municipality reports under, e.g. to IATI as SE-ON-2120001710.")
    public record OrganisationNumberView(String organisationNumber, String iatiIdentifier) {
    }

    @Description("A twin-town list to take the municipality's twin towns from: its name and its text, in the layout"
            + " city1,country1,city2,country2.")
    public record TwinTownFileRequest(@NotBlank @Size(max = 200) String file, @NotBlank String csv) {
    }

    @Description("A row of the list the import could not take, and why.")
    public record RejectedRowView(int line, String row, String reason) {
    }

    @Description("A twin town the import recorded (a proposed twin-town partnership) or found recorded already.")
    public record TwinTownView(String town, String country) {
    }

    @Description("What a twin-town import did: the twin towns it recorded as proposed partnerships, those the"
            + " register holds already, and the rows naming the municipality that it could not take.")
    public record TwinTownImportView(List<TwinTownView> recorded, List<TwinTownView> alreadyPresent,
            List<RejectedRowView> rejected) {
    }

    public List<Route> routes() {
        return List.of(
                Route.put(BASE + "/organisation-number").operation("setOrganisationNumber",
                        "Record the municipality's organisation number")
                        .description("Records the organisation number (ten digits, Luhn-checked; a municipality's"
                                + " begins 212000) that the IATI export reports under, with the municipality's ETag"
                                + " in If-Match.")
                        .tag(TAG).access(Access.ADMINISTER).ifMatch().body(OrganisationNumberRequest.class)
                        .returns(OrganisationNumberView.class).handle(this::setOrganisationNumber),
                Route.get(BASE + "/exports/iati.xml").operation("exportIati", "Export the projects as IATI XML")
                        .description("The municipality's projects as an IATI 2.03 activity file: all, those of one"
                                + " funding source, or those of one funder. 409 with the reason when no valid file"
                                + " can be written (no organisation number recorded, or no project can be published:"
                                + " one not yet started has no dates).")
                        .tag(TAG).access(Access.READ)
                        .query(Param.oneOf("source", ApiEnums.FundingSource.class, "Only projects of this source."))
                        .query(Param.text("funder", ".{1,200}", "Only projects of this funder, e.g. Sida (any case)."))
                        .mayAnswer(409).returnsFile("application/xml").handle(this::iati),
                Route.get(BASE + "/calendar.ics").operation("getCalendar", "Subscribe to what falls due")
                        .description("An iCalendar feed (RFC 5545) of the reporting obligations' due dates from last"
                                + " year to the end of next year and the funding calls' deadlines: the whole"
                                + " municipality's, or one unit's. Each event keeps its UID from export to export.")
                        .tag(TAG).access(Access.READ)
                        .query(Param.text("unit", "[a-z0-9][a-z0-9-]{0,99}", "Only this unit's, by its id."))
                        .query(LANGUAGE).returnsFile("text/calendar").handle(this::calendar),
                Route.post(BASE + "/twin-towns/import").operation("importTwinTowns",
                        "Import the municipality's twin towns from a list")
                        .description("Records each of the municipality's twin towns in the list (the layout of the"
                                + " national list) as a partner and a proposed twin-town partnership, never one the"
                                + " register holds already. A file that is not such a list changes nothing: the 400"
                                + " names the line and the reason.")
                        .tag(TAG).access(Access.COORDINATE).body(TwinTownFileRequest.class)
                        .returns(TwinTownImportView.class).handle(this::importTwinTowns),
                Route.get(PUBLIC + "/open-data.json").operation("getOpenDataJson", "Read the open data as JSON")
                        .description("What the municipality publishes — its twin towns and partnerships in force and"
                                + " its current projects — as open data.")
                        .tag(TAG).access(Access.PUBLIC).returnsFile("application/json")
                        .handle(x -> open(x, DataExports.OpenData.JSON)),
                Route.get(PUBLIC + "/partnerships.csv").operation("getOpenDataPartnerships",
                        "Read the published partnerships as CSV")
                        .description("The partnerships in force, as RFC 4180 CSV in UTF-8 with a header row.")
                        .tag(TAG).access(Access.PUBLIC).returnsFile("text/csv")
                        .handle(x -> open(x, DataExports.OpenData.PARTNERSHIPS_CSV)),
                Route.get(PUBLIC + "/projects.csv").operation("getOpenDataProjects",
                        "Read the published projects as CSV")
                        .description("The current projects, as RFC 4180 CSV in UTF-8 with a header row.")
                        .tag(TAG).access(Access.PUBLIC).returnsFile("text/csv")
                        .handle(x -> open(x, DataExports.OpenData.PROJECTS_CSV)),
                Route.get(PUBLIC + "/fragment.html").operation("getOpenDataFragment",
                        "Read the published view as an HTML fragment")
                        .description("An accessible HTML fragment (a section with headings from h2, lists, no"
                                + " script or style) that the municipality's website includes as it is.")
                        .tag(TAG).access(Access.PUBLIC).query(LANGUAGE).returnsFile("text/html")
                        .handle(x -> open(x, DataExports.OpenData.HTML_FRAGMENT)),
                Route.get(PUBLIC + "/changes.atom").operation("getOpenDataChanges", "Follow the published changes")
                        .description("An Atom feed of the changes to what the municipality publishes, newest first.")
                        .tag(TAG).access(Access.PUBLIC).query(LANGUAGE).returnsFile("application/atom+xml")
                        .handle(this::changes),
                Route.get("/api/v1/public/twin-towns/sweden").operation("getNationalTwinTowns",
                        "Read Sweden's twin towns")
                        .description("Sweden's twin towns from the national list, by municipality and by country,"
                                + " with a map, in a report format (default html).")
                        .tag(TAG).access(Access.PUBLIC).query(ReportRoutes.FORMAT).query(LANGUAGE)
                        .returnsFile(ReportRoutes.MEDIA_TYPES).handle(this::national));
    }

    private Reply setOrganisationNumber(Exchange x) {
        OrganisationNumberRequest body = x.body(OrganisationNumberRequest.class);
        Result<Municipality> result = services.municipalities().setOrganisationNumber(
                new MunicipalityCommands.SetOrganisationNumber(x.actor(), x.municipality().value(),
                        x.expectedVersion(), body.organisationNumber()));
        return Outcomes.one(result, ok -> {
            String number = ok.value().organisationNumber().orElseThrow().toString();
            return new OrganisationNumberView(number, "SE-ON-" + number.replace("-", ""));
        }, Municipality::version);
    }

    private Reply iati(Exchange x) {
        Register register = Outcomes.value(services.register().register(x.municipality()));
        Optional<FundingSource> source = x.query("source", ApiEnums.FundingSource.class)
                .map(s -> FundingSource.valueOf(s.name()));
        DataExports.Export export = services.exports().iatiActivities(register, source, x.query("funder"),
                Instant.now());
        if (export instanceof DataExports.Export.Refused refused) {
            throw ProblemException.of(409, "Conflict", refused.reason());
        }
        return ReportRoutes.file(((DataExports.Export.File) export).file());
    }

    private Reply calendar(Exchange x) {
        Register register = Outcomes.value(services.register().register(x.municipality()));
        Optional<UnitId> unit = x.query("unit").map(UnitId::of);
        unit.ifPresent(u -> {
            if (register.municipality().units().stream().noneMatch(known -> known.id().equals(u))) {
                throw ProblemException.badField("unit", "is no unit of the municipality: " + u.value());
            }
        });
        int year = services.ports().clock().today().getYear();
        var obligations = Outcomes.value(services.register().obligations(x.municipality(),
                DateRange.years(year - 1, year + 1)));
        RenderedReport feed = services.exports().calendar(register, unit, obligations, language(x), Instant.now());
        return Reply.bytes(feed.mediaType(), feed.content(),
                Downloads.privateFile(Downloads.inline(feed.fileName())));
    }

    private Reply importTwinTowns(Exchange x) {
        TwinTownFileRequest body = x.body(TwinTownFileRequest.class);
        ImmutableList<TwinTownRow> rows;
        try {
            rows = services.twinTownFiles().read(body.file(), body.csv().getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException bad) {
            throw ProblemException.badField("csv", bad.getMessage());
        }
        Result<TwinTownUseCases.MunicipalImport> result = services.twinTowns().importForMunicipality(
                new TwinTownCommands.ImportForMunicipality(x.actor(), x.municipality().value(), rows));
        TwinTownUseCases.MunicipalImport done = Outcomes.value(result);
        return Reply.ok(new TwinTownImportView(
                done.recorded().stream().map(r -> new TwinTownView(r.pair().town(), r.pair().country().value()))
                        .toList(),
                done.alreadyPresent().stream().map(p -> new TwinTownView(p.town(), p.country().value())).toList(),
                done.rejected().stream().map(r -> new RejectedRowView(r.line(), r.row(), r.reason())).toList()));
    }

    private Reply open(Exchange x, DataExports.OpenData form) {
        return published(services.exports().openData(publicView(x), form, language(x)));
    }

    private Reply changes(Exchange x) {
        URI self = services.publicUrl().resolve("/api/v1/public/municipalities/" + x.municipality().value()
                + "/changes.atom");
        return published(services.exports().changes(publicView(x), services.ports().audit(), self, language(x)));
    }

    private Reply national(Exchange x) {
        RenderedReport view = services.exports().nationalTwinTowns(services.twinTowns().national(),
                ReportRoutes.format(x, ReportFormat.HTML), ReportRoutes.language(x));
        return published(view);
    }

    private PublicView publicView(Exchange x) {
        return PublicView.of(Outcomes.value(services.register().register(x.municipality())),
                services.ports().clock().today());
    }

    private static Reply published(RenderedReport file) {
        String disposition = file.mediaType().startsWith("text/html") || file.mediaType().contains("json")
                || file.mediaType().contains("atom") ? Downloads.inline(file.fileName())
                : Downloads.attachment(file.fileName());
        return Reply.bytes(file.mediaType(), file.content(), Downloads.publicFile(disposition, PUBLIC_SECONDS));
    }

    private static ReportLanguage language(Exchange x) {
        return ReportRoutes.language(x);
    }
}
