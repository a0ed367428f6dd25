package se.omvarld.adapter.http.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.omvarld.adapter.http.api.ApiServices;
import se.omvarld.application.Result;
import se.omvarld.application.VisitCommands;
import se.omvarld.application.VisitUseCases;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.municipality.Committee;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.shared.PartnershipId;
import se.omvarld.domain.shared.VisitId;
import se.omvarld.domain.visit.Direction;
import se.omvarld.domain.visit.Visit;
import se.omvarld.domain.visit.VisitReport;
import se.omvarld.port.AuditEntry;
import se.omvarld.port.PageRequest;
import se.omvarld.port.PartnershipQuery;
import se.omvarld.port.PartnershipSummary;
import se.omvarld.port.VisitQuery;
import se.omvarld.port.VisitSummary;

/**
 * The visits ({@code /app/visits}), incoming and outgoing: the list, filtered by direction, partnership and year,
 * sorted and paged; a visit with its history from the audit trail; and the form that records one — where R3 may
 * refuse an outgoing trip for which no digital meeting was considered. The report to the board (R8) is uploaded on
 * the visit's page (a later upload replaces it) and downloaded from there; the obligation to report is settled where
 * the obligations are. Visits carry committees, not units: a unit editor may record one and upload its report, as
 * in the API.
 */
public final class VisitPages implements WebRoutes {

    static final int PAGE_SIZE = 25;
    /** The report form's file field: named as the use case names the field it blames for a bad file. */
    static final String REPORT_FIELD = "file";

    private final ApiServices services;

    VisitPages(ApiServices services) {
        this.services = services;
    }

    /** One line of the list. */
    public record Row(String id, String purpose, String direction, String partnership, String dates,
            String participants) {
    }

    public record ListView(Form filters, List<Choice> directions, List<Choice> partnerships, List<Choice> sorts,
            List<Row> rows, String shown, String previous, String next, boolean mayRecord) {
    }

    public record VisitView(String id, List<Fact> facts, List<AuditRow> audit, Optional<ReportRow> report,
            Form reportForm, boolean mayUpload) {
    }

    /** The visit's report as its page shows it, with where to download it. */
    public record ReportRow(String fileName, String size, String uploadedAt, String uploadedBy, String link) {
    }

    public record RecordView(Form form, List<Choice> directions, List<Choice> partnerships, List<Choice> committees) {
    }

    @Override
    public void register(WebRouter router) {
        router.get("/visits", this::list);
        router.get("/visits/new", this::recordForm);
        router.post("/visits", this::record);
        router.get("/visits/{id}", this::visit);
        // A report is posted to the visit's own address: a page answered after a refused upload is then at the
        // visit's address, so a second try from it, and the language switch after that, come back to the visit.
        router.upload("/visits/{id}", this::uploadReport, this::reportTooLarge);
        router.get("/visits/{id}/report", this::downloadReport);
    }

    private void list(WebRequest x) {
        Messages m = x.m();
        Form filters = Form.of(Map.of("direction", x.query("direction").orElse(""),
                "partnership", x.query("partnership").orElse(""), "year", x.query("year").orElse(""),
                "sort", x.query("sort").orElse(VisitQuery.Sort.FIRST_DAY.name())));
        Optional<Direction> direction = Filters.choice(filters, "direction", Direction.class, m);
        Optional<VisitQuery.Sort> sort = Filters.choice(filters, "sort", VisitQuery.Sort.class, m);
        List<PartnershipSummary> partnerships = partnerships(x);
        Optional<PartnershipId> partnership = partnerships.stream()
                .filter(p -> p.id().toString().equals(filters.value("partnership"))).findFirst()
                .map(PartnershipSummary::id);
        if (!filters.value("partnership").isEmpty() && partnership.isEmpty()) {
            filters.error("partnership", m.t("form.choice.invalid"));
        }
        Optional<Integer> year = Filters.year(filters, "year", m);
        int pageNumber = Filters.page(x);
        Map<PartnershipId, String> titles = partnerships.stream()
                .collect(Collectors.toMap(PartnershipSummary::id, PartnershipSummary::title));
        List<Row> rows = List.of();
        String shown = m.t("visit.list.none");
        String previous = null;
        String next = null;
        if (!filters.hasErrors()) {
            se.omvarld.port.Page<VisitSummary> page = x.found(services.visits().list(x.municipality(),
                    new VisitQuery(direction, partnership, year, sort.orElse(VisitQuery.Sort.FIRST_DAY)),
                    new PageRequest((pageNumber - 1) * PAGE_SIZE, PAGE_SIZE)));
            rows = page.items().stream().map(v -> new Row(v.id().toString(), v.purpose(),
                    m.t("visit.direction." + v.direction().name()),
                    v.partnership().map(p -> titles.getOrDefault(p, p.toString())).orElse(m.t("project.none")),
                    m.t("grant.exchange.range", m.date(v.firstDay()), m.date(v.lastDay())),
                    m.number(v.participants()))).collect(Collectors.toList());
            if (!rows.isEmpty()) {
                long first = page.request().offset() + 1L;
                shown = m.t("visit.list.shown", m.number(first), m.number(first + rows.size() - 1),
                        m.number(page.total()));
            }
            String query = Filters.query(filters, List.of("direction", "partnership", "year", "sort"));
            previous = pageNumber > 1 ? WebRequest.link("/visits?" + query + "page=" + (pageNumber - 1)) : null;
            next = page.request().offset() + rows.size() < page.total()
                    ? WebRequest.link("/visits?" + query + "page=" + (pageNumber + 1)) : null;
        }
        List<Choice> directions = new ArrayList<>();
        directions.add(new Choice("", m.t("project.filter.all"), filters.value("direction").isEmpty()));
        for (Direction d : Direction.values()) {
            directions.add(new Choice(d.name(), m.t("visit.direction." + d.name()),
                    d.name().equals(filters.value("direction"))));
        }
        List<Choice> partnershipChoices = new ArrayList<>();
        partnershipChoices.add(new Choice("", m.t("project.filter.all"), filters.value("partnership").isEmpty()));
        partnerships.forEach(p -> partnershipChoices.add(new Choice(p.id().toString(), p.title(),
                p.id().toString().equals(filters.value("partnership")))));
        List<Choice> sorts = Arrays.stream(VisitQuery.Sort.values()).map(s -> new Choice(s.name(),
                m.t("visit.sort." + s.name()), s.name().equals(filters.value("sort")))).collect(Collectors.toList());
        x.render(filters.hasErrors() ? 400 : 200, "visits/list.jte", x.page("visit.list.title", Page.Section.VISITS),
                new ListView(filters, directions, partnershipChoices, sorts, rows, shown, previous, next,
                        x.user().role() != Role.VIEWER));
    }

    private void visit(WebRequest x) {
        renderVisit(x, 200, load(x), Form.empty());
    }

    private void renderVisit(WebRequest x, int status, Visit v, Form reportForm) {
        Messages m = x.m();
        Municipality organisation = organisation(x);
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(m.t("visit.field.direction"), m.t("visit.direction." + v.direction().name())));
        Map<PartnershipId, String> titles = partnerships(x).stream()
                .collect(Collectors.toMap(PartnershipSummary::id, PartnershipSummary::title));
        facts.add(new Fact(m.t("visit.field.partnership"), v.partnership()
                .map(p -> titles.getOrDefault(p, p.toString())).orElse(m.t("project.none"))));
        facts.add(new Fact(m.t("visit.field.dates"), m.t("grant.exchange.range", m.date(v.dates().start()),
                m.date(v.dates().end()))));
        facts.add(new Fact(m.t("visit.field.participants"), m.number(v.participants())));
        facts.add(new Fact(m.t("visit.field.digitalMeetingConsidered"), m.t(v.digitalMeetingConsidered()
                ? "project.yes" : "project.no")));
        facts.add(new Fact(m.t("visit.field.committees"), v.committees().isEmpty() ? m.t("project.none")
                : v.committees().stream().map(c -> organisation.committee(c).map(Committee::name).orElse(c.value()))
                        .collect(Collectors.joining(", "))));
        List<AuditEntry> trail = services.ports().transactions().inTransaction(() -> services.ports().audit()
                .of(x.municipality(), "visit", v.id().toString().toLowerCase(Locale.ROOT)));
        List<AuditRow> audit = AuditRow.of(trail, m);
        Optional<ReportRow> report = x.found(services.visits().report(x.municipality(), v.id()))
                .map(r -> new ReportRow(r.fileName(), m.t("visit.report.kilobytes",
                        m.number((r.size() + 1023) / 1024)), m.dateTime(r.uploadedAt()), r.uploadedBy(),
                        WebRequest.link("/visits/" + v.id() + "/report")));
        x.render(status, "visits/visit.jte", x.pageTitled(v.purpose(), Page.Section.VISITS), new VisitView(
                v.id().toString(), facts, audit, report, reportForm, x.user().role() != Role.VIEWER));
    }

    /**
     * Keeps the chosen file as the visit's report, replacing any earlier one. Its kind is found from its content and
     * its name: what the browser says it is is not asked, as browsers name an .odt differently.
     */
    private void uploadReport(WebRequest x) {
        x.requireRole(Role.ADMIN, Role.COORDINATOR, Role.UNIT_EDITOR);
        Visit v = load(x);
        Messages m = x.m();
        Optional<WebRequest.Upload> file = x.upload(REPORT_FIELD);
        if (file.isEmpty()) {
            renderVisit(x, 400, v, Form.empty().error(REPORT_FIELD, m.t("visit.report.missing")));
            return;
        }
        Result<VisitUseCases.AttachedReport> result = services.visits().attachReport(new VisitCommands.AttachReport(
                x.actor(), x.municipality().value(), v.id().toString(), file.get().fileName(), null,
                file.get().content()));
        if (result.isOk()) {
            x.redirect("/visits/" + v.id() + "#report-title");
        } else if (result instanceof Result.Invalid<VisitUseCases.AttachedReport>) {
            renderVisit(x, 400, v, Form.empty().failed(result, m));
        } else {
            throw x.notFound();
        }
    }

    /** A request too large to read: the visit's page with the file field's error; nothing is kept. */
    private void reportTooLarge(WebRequest x) {
        x.requireRole(Role.ADMIN, Role.COORDINATOR, Role.UNIT_EDITOR);
        renderVisit(x, 413, load(x), Form.empty().error(REPORT_FIELD, x.m().t("field.report.too-large",
                VisitReport.MAX_SIZE / (1024 * 1024))));
    }

    private void downloadReport(WebRequest x) {
        Visit v = load(x);
        VisitUseCases.ReportFile file = x.found(services.visits().reportFile(x.municipality(), v.id()))
                .orElseThrow(x::notFound);
        x.download(file.report().fileName(), file.report().format().mediaType(), file.content());
    }

    private void recordForm(WebRequest x) {
        x.requireRole(Role.ADMIN, Role.COORDINATOR, Role.UNIT_EDITOR);
        Map<String, String> values = new LinkedHashMap<>();
        String today = services.ports().clock().today().toString();
        values.put("firstDay", today);
        values.put("lastDay", today);
        values.put("participants", "1");
        values.put("direction", Direction.OUTGOING.name());
        renderRecord(x, 200, Form.of(values));
    }

    private void record(WebRequest x) {
        x.requireRole(Role.ADMIN, Role.COORDINATOR, Role.UNIT_EDITOR);
        Messages m = x.m();
        Map<String, String> typed = x.form("partnershipId", "direction", "firstDay", "lastDay", "purpose",
                "participants", "digitalMeetingConsidered");
        List<String> committees = x.ctx().formParams("committeeIds");
        typed.put("committeeIds", String.join(",", committees));
        Form form = Form.of(typed);
        Direction direction = Arrays.stream(Direction.values()).filter(d -> d.name().equals(form.value("direction")))
                .findFirst().orElse(null);
        if (direction == null) {
            form.error("direction", m.t("form.choice.invalid"));
        }
        if (form.value("purpose").isBlank()) {
            form.error("purpose", m.t("visit.purpose.missing"));
        }
        LocalDate first = FormValues.date(form, "firstDay", m);
        LocalDate last = FormValues.date(form, "lastDay", m);
        int participants = 0;
        try {
            participants = Integer.parseInt(form.value("participants").strip());
        } catch (NumberFormatException notANumber) {
            form.error("participants", m.t("visit.participants.invalid"));
        }
        if (form.hasErrors()) {
            renderRecord(x, 400, form);
            return;
        }
        Result<Visit> result = services.visits().record(new VisitCommands.Record(x.actor(), x.municipality().value(),
                form.value("partnershipId").isEmpty() ? null : form.value("partnershipId"), direction, first, last,
                form.value("purpose").strip(), participants, "true".equals(form.value("digitalMeetingConsidered")),
                new LinkedHashSet<>(committees)));
        if (result.isOk()) {
            x.redirect("/visits/" + result.value().id());
        } else if (result instanceof Result.NotFound<Visit>) {
            form.error("partnershipId", m.t("form.choice.invalid"));
            renderRecord(x, 400, form);
        } else if (result instanceof Result.Conflict<Visit>) {
            renderRecord(x, 409, form.generalError(m.t("project.conflict")));
        } else {
            renderRecord(x, result instanceof Result.Invalid ? 400 : 409, form.failed(result, x.m()));
        }
    }

    private void renderRecord(WebRequest x, int status, Form form) {
        Messages m = x.m();
        List<Choice> directions = Arrays.stream(Direction.values()).map(d -> new Choice(d.name(),
                m.t("visit.direction." + d.name()), d.name().equals(form.value("direction"))))
                .collect(Collectors.toList());
        List<Choice> partnerships = new ArrayList<>();
        partnerships.add(new Choice("", m.t("project.none"), form.value("partnershipId").isEmpty()));
        partnerships(x).forEach(p -> partnerships.add(new Choice(p.id().toString(), p.title(),
                p.id().toString().equals(form.value("partnershipId")))));
        Set<String> chosen = Set.of(form.value("committeeIds").split(","));
        List<Choice> committees = organisation(x).committees().stream().map(c -> new Choice(c.id().value(),
                c.name(), chosen.contains(c.id().value()))).collect(Collectors.toList());
        x.render(status, "visits/record.jte", x.page("visit.record.title", Page.Section.VISITS),
                new RecordView(form, directions, partnerships, committees));
    }

    private List<PartnershipSummary> partnerships(WebRequest x) {
        return x.found(services.partnerships().list(x.municipality(), PartnershipQuery.all(),
                PageRequest.first(PageRequest.MAX_LIMIT))).items();
    }

    private Visit load(WebRequest x) {
        VisitId id;
        try {
            id = VisitId.of(x.pathParam("id"));
        } catch (IllegalArgumentException notAnId) {
            throw x.notFound();
        }
        var code = x.municipality();
        return services.ports().transactions().inTransaction(() -> services.ports().visits().find(code, id))
                .orElseThrow(x::notFound);
    }

    private Municipality organisation(WebRequest x) {
        var code = x.municipality();
        return services.ports().transactions().inTransaction(() -> services.ports().municipalities().find(code))
                .orElseThrow(x::notFound);
    }
}
