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
import se.omvarld.application.PartnershipCommands;
import se.omvarld.application.Result;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.municipality.Committee;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.partnership.BenefitRiskAnalysis;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.partnership.PartnershipStatus;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.BodyKind;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.PartnershipKind;
import se.omvarld.port.AuditEntry;
import se.omvarld.port.PageRequest;
import se.omvarld.port.PartnerQuery;
import se.omvarld.port.PartnerSummary;
import se.omvarld.port.PartnershipQuery;
import se.omvarld.port.PartnershipSummary;

/**
 * The partnerships ({@code /app/partnerships}): the list, filtered by status, kind and country, sorted and paged; a
 * partnership with its analysis, democracy plan, decisions, history from the audit trail and the decisions it may
 * take next; and the forms that propose one, record its benefit/risk analysis (R1) and democracy plan (R2), and record
 * a body's decision to activate, review, continue or end it — over the use cases the API's partnership routes call.
 * Changing a partnership is the coordinator's (or an admin's), as in the API; everyone signed in reads.
 */
public final class PartnershipPages implements WebRoutes {

    static final int PAGE_SIZE = 25;

    static final String VERSION = "version";
    static final String DECIDED_BY_KIND = "decidedByKind";
    static final String DECIDED_BY_NAME = "decidedByName";
    static final String DECIDED_ON = "decidedOn";
    static final String REFERENCE = "reference";

    /** The decisions a page offers: their path, the use case's step, and where they lead from where. */
    public enum Decision {
        ACTIVATE("activate", PartnershipCommands.Step.ACTIVATE, PartnershipStatus.PROPOSED, PartnershipStatus.ACTIVE),
        PUT_UNDER_REVIEW("put-under-review", PartnershipCommands.Step.PUT_UNDER_REVIEW, PartnershipStatus.ACTIVE,
                PartnershipStatus.UNDER_REVIEW),
        CONTINUE("continue", PartnershipCommands.Step.CONTINUE, PartnershipStatus.UNDER_REVIEW,
                PartnershipStatus.ACTIVE),
        TERMINATE("terminate", PartnershipCommands.Step.TERMINATE, null, PartnershipStatus.TERMINATED);

        private final String slug;
        private final PartnershipCommands.Step step;
        /** The status it leaves, or null for any. */
        private final PartnershipStatus from;
        private final PartnershipStatus to;

        Decision(String slug, PartnershipCommands.Step step, PartnershipStatus from, PartnershipStatus to) {
            this.slug = slug;
            this.step = step;
            this.from = from;
            this.to = to;
        }

        public String slug() {
            return slug;
        }

        public String key() {
            return "partnership.action." + slug;
        }

        boolean offeredFor(Partnership partnership) {
            return (from == null || from == partnership.status()) && partnership.nextStatuses().contains(to);
        }

        static Optional<Decision> bySlug(String slug) {
            return Arrays.stream(values()).filter(d -> d.slug.equals(slug)).findFirst();
        }
    }

    private final ApiServices services;

    PartnershipPages(ApiServices services) {
        this.services = services;
    }

    /** One line of the list. */
    public record Row(String id, String title, String kind, String status, String partner, String country,
            String proposedOn) {
    }

    public record ListView(Form filters, List<Choice> statuses, List<Choice> kinds, List<Choice> sorts,
            List<Row> rows, String shown, String previous, String next, boolean mayPropose) {
    }

    /** One decision the partnership has taken. */
    public record DecisionRow(String from, String to, String on, String decidedBy) {
    }

    /** A link to a form, or a step named only (href null) for someone who may not take it. */
    public record Link(String label, String href) {
    }

    public record PartnershipView(String id, String status, List<Fact> facts, List<Fact> analysis,
            List<String> analysisGoals, List<Fact> democracyPlan, List<DecisionRow> decisions, List<AuditRow> audit,
            List<Link> next, List<Link> records) {
    }

    /** A form about one partnership: a decision, its analysis or its democracy plan. */
    public record ChangeView(String partnershipId, String partnershipTitle, String status, String action,
            String heading, String kind, Form form, List<Choice> bodyKinds) {
    }

    public record ProposeView(Form form, List<Choice> partners, List<Choice> kinds, List<Choice> areas,
            List<Choice> sources, List<Choice> committees) {
    }

    @Override
    public void register(WebRouter router) {
        router.get("/partnerships", this::list);
        router.get("/partnerships/new", this::proposeForm);
        router.post("/partnerships", this::propose);
        router.get("/partnerships/{id}", this::partnership);
        router.get("/partnerships/{id}/{action}", this::changeForm);
        router.post("/partnerships/{id}/{action}", this::change);
    }

    // The list

    private void list(WebRequest x) {
        Messages m = x.m();
        Form filters = Form.of(Map.of("status", x.query("status").orElse(""), "kind", x.query("kind").orElse(""),
                "country", x.query("country").orElse(""),
                "sort", x.query("sort").orElse(PartnershipQuery.Sort.TITLE.name())));
        Optional<PartnershipStatus> status = Filters.choice(filters, "status", PartnershipStatus.class, m);
        Optional<PartnershipKind> kind = Filters.choice(filters, "kind", PartnershipKind.class, m);
        Optional<PartnershipQuery.Sort> sort = Filters.choice(filters, "sort", PartnershipQuery.Sort.class, m);
        Optional<CountryCode> country = Optional.empty();
        if (!filters.value("country").isEmpty()) {
            try {
                country = Optional.of(CountryCode.of(filters.value("country").strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                filters.error("country", m.t("partnership.country.invalid"));
            }
        }
        int pageNumber = Filters.page(x);
        List<Row> rows = List.of();
        String shown = m.t("partnership.list.none");
        String previous = null;
        String next = null;
        if (!filters.hasErrors()) {
            se.omvarld.port.Page<PartnershipSummary> page = x.found(services.partnerships().list(x.municipality(),
                    new PartnershipQuery(status, kind, country, sort.orElse(PartnershipQuery.Sort.TITLE)),
                    new PageRequest((pageNumber - 1) * PAGE_SIZE, PAGE_SIZE)));
            rows = page.items().stream().map(p -> new Row(p.id().toString(), p.title(),
                    m.t("partnership.kind." + p.kind().name()), m.t("partnership.status." + p.status().name()),
                    p.partnerName() + ", " + p.locality(), p.country().value(), m.date(p.proposedOn())))
                    .collect(Collectors.toList());
            if (!rows.isEmpty()) {
                long first = page.request().offset() + 1L;
                shown = m.t("partnership.list.shown", m.number(first), m.number(first + rows.size() - 1),
                        m.number(page.total()));
            }
            String query = Filters.query(filters, List.of("status", "kind", "country", "sort"));
            previous = pageNumber > 1 ? WebRequest.link("/partnerships?" + query + "page=" + (pageNumber - 1))
                    : null;
            next = page.request().offset() + rows.size() < page.total()
                    ? WebRequest.link("/partnerships?" + query + "page=" + (pageNumber + 1)) : null;
        }
        x.render(filters.hasErrors() ? 400 : 200, "partnerships/list.jte", x.page("partnership.list.title",
                Page.Section.PARTNERSHIPS), new ListView(filters,
                choices(PartnershipStatus.values(), "partnership.status.", filters.value("status"), m),
                choices(PartnershipKind.values(), "partnership.kind.", filters.value("kind"), m),
                Arrays.stream(PartnershipQuery.Sort.values()).map(s -> new Choice(s.name(),
                        m.t("partnership.sort." + s.name()), s.name().equals(filters.value("sort"))))
                        .collect(Collectors.toList()),
                rows, shown, previous, next, x.user().role().changesTheWholeRegister()));
    }

    private static <E extends Enum<E>> List<Choice> choices(E[] values, String prefix, String chosen, Messages m) {
        List<Choice> all = new ArrayList<>();
        all.add(new Choice("", m.t("project.filter.all"), chosen.isEmpty()));
        for (E value : values) {
            all.add(new Choice(value.name(), m.t(prefix + value.name()), value.name().equals(chosen)));
        }
        return all;
    }

    // One partnership

    private void partnership(WebRequest x) {
        Messages m = x.m();
        Partnership p = load(x);
        Municipality organisation = organisation(x);
        Optional<Partner> partner = services.ports().transactions().inTransaction(() -> services.ports().partners()
                .find(x.municipality(), p.partner()));
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(m.t("partnership.field.kind"), m.t("partnership.kind." + p.kind().name())));
        facts.add(new Fact(m.t("partnership.field.status"), m.t("partnership.status." + p.status().name())));
        facts.add(new Fact(m.t("partnership.field.partner"), partner.map(pa -> pa.name() + ", " + pa.locality())
                .orElse(p.partner().toString())));
        facts.add(new Fact(m.t("partnership.field.country"), p.country().value()));
        facts.add(new Fact(m.t("partnership.field.areas"), p.areas().isEmpty() ? m.t("project.none")
                : p.areas().stream().map(a -> m.t("area." + a.name())).collect(Collectors.joining(", "))));
        facts.add(new Fact(m.t("partnership.field.sources"), p.fundingSources().isEmpty() ? m.t("project.none")
                : p.fundingSources().stream().map(s -> m.t("partnership.source." + s.name()))
                        .collect(Collectors.joining(", "))));
        facts.add(new Fact(m.t("partnership.field.committees"), p.committees().isEmpty()
                ? m.t("partnership.wholeMunicipality") : p.committees().stream().map(c -> organisation.committee(c)
                        .map(Committee::name).orElse(c.value())).collect(Collectors.joining(", "))));
        facts.add(new Fact(m.t("partnership.field.proposedOn"), m.date(p.proposedOn())));
        facts.add(new Fact(m.t("partnership.field.valuesAgreement"), m.t(p.counterpartValuesFormalAgreement()
                ? "project.yes" : "project.no")));
        List<Fact> analysis = new ArrayList<>();
        List<String> goals = List.of();
        if (p.analysis().isPresent()) {
            BenefitRiskAnalysis a = p.analysis().get();
            analysis.add(new Fact(m.t("partnership.field.madeOn"), m.date(a.madeOn())));
            analysis.add(new Fact(m.t("partnership.field.purpose"), a.purpose()));
            analysis.add(new Fact(m.t("partnership.field.partnerChoiceReason"), a.partnerChoiceReason()));
            analysis.add(new Fact(m.t("partnership.field.benefits"), a.benefits()));
            analysis.add(new Fact(m.t("partnership.field.risks"), a.risks()));
            goals = a.goals();
        }
        List<Fact> plan = p.democracyPlan().map(d -> List.of(new Fact(m.t("partnership.field.adoptedOn"),
                m.date(d.adoptedOn())), new Fact(m.t("partnership.field.reflection"), d.reflection())))
                .orElse(List.of());
        List<DecisionRow> decisions = p.history().stream().map(c -> new DecisionRow(
                m.t("partnership.status." + c.from().name()), m.t("partnership.status." + c.to().name()),
                m.date(c.decision().date()), c.decision().decidedBy().name()
                        + c.decision().reference().map(r -> " (" + r + ")").orElse("")))
                .collect(Collectors.toList());
        List<AuditEntry> trail = services.ports().transactions().inTransaction(() -> services.ports().audit()
                .of(x.municipality(), "partnership", p.id().toString().toLowerCase(Locale.ROOT)));
        List<AuditRow> audit = AuditRow.of(trail, m);
        boolean mayChange = x.user().role().changesTheWholeRegister();
        String base = "/partnerships/" + p.id() + "/";
        List<Link> next = Arrays.stream(Decision.values()).filter(d -> d.offeredFor(p))
                .map(d -> new Link(m.t(d.key()), mayChange ? WebRequest.link(base + d.slug()) : null))
                .collect(Collectors.toList());
        List<Link> records = p.status() == PartnershipStatus.TERMINATED || !mayChange ? List.of() : List.of(
                new Link(m.t("partnership.action.analysis"), WebRequest.link(base + "analysis")),
                new Link(m.t("partnership.action.democracy-plan"), WebRequest.link(base + "democracy-plan")));
        x.render("partnerships/partnership.jte", x.pageTitled(p.title(), Page.Section.PARTNERSHIPS),
                new PartnershipView(p.id().toString(), m.t("partnership.status." + p.status().name()), facts,
                        analysis, goals, plan, decisions, audit, next, records));
    }

    // Changing one: a decision, the analysis, the democracy plan

    private void changeForm(WebRequest x) {
        x.requireRole(Role.ADMIN, Role.COORDINATOR);
        Partnership p = load(x);
        String action = x.pathParam("action");
        requireKnown(x, action);
        Map<String, String> values = new LinkedHashMap<>();
        values.put(VERSION, Long.toString(p.version()));
        String today = services.ports().clock().today().toString();
        values.put(DECIDED_ON, today);
        values.put("madeOn", today);
        values.put("adoptedOn", today);
        values.put(DECIDED_BY_KIND, BodyKind.EXECUTIVE_BOARD.name());
        renderChange(x, 200, p, action, Form.of(values));
    }

    private void change(WebRequest x) {
        x.requireRole(Role.ADMIN, Role.COORDINATOR);
        Messages m = x.m();
        Partnership p = load(x);
        String action = x.pathParam("action");
        requireKnown(x, action);
        Map<String, String> typed = x.form(VERSION, DECIDED_BY_KIND, DECIDED_BY_NAME, DECIDED_ON, REFERENCE,
                "purpose", "goals", "partnerChoiceReason", "benefits", "risks", "madeOn", "reflection", "adoptedOn");
        Form form = Form.of(typed);
        Long version = FormValues.version(form, VERSION, m);
        Result<Partnership> result;
        if (action.equals("analysis")) {
            LocalDate madeOn = FormValues.date(form, "madeOn", m);
            if (form.hasErrors()) {
                renderChange(x, 400, p, action, form);
                return;
            }
            result = services.partnerships().recordAnalysis(new PartnershipCommands.RecordAnalysis(x.actor(),
                    x.municipality().value(), p.id().toString(), version, form.value("purpose").strip(),
                    FormValues.lines(form.value("goals")), form.value("partnerChoiceReason").strip(),
                    form.value("benefits").strip(), form.value("risks").strip(), madeOn));
        } else if (action.equals("democracy-plan")) {
            LocalDate adoptedOn = FormValues.date(form, "adoptedOn", m);
            if (form.hasErrors()) {
                renderChange(x, 400, p, action, form);
                return;
            }
            result = services.partnerships().recordDemocracyPlan(new PartnershipCommands.RecordDemocracyPlan(
                    x.actor(), x.municipality().value(), p.id().toString(), version,
                    form.value("reflection").strip(), adoptedOn));
        } else {
            Decision decision = Decision.bySlug(action).orElseThrow(x::notFound);
            BodyKind kind = FormValues.bodyKind(form, DECIDED_BY_KIND, m);
            if (form.value(DECIDED_BY_NAME).isBlank()) {
                form.error(DECIDED_BY_NAME, m.t("project.decidedByName.missing"));
            }
            LocalDate on = FormValues.date(form, DECIDED_ON, m);
            if (form.hasErrors()) {
                renderChange(x, 400, p, action, form);
                return;
            }
            result = services.partnerships().decide(new PartnershipCommands.Decide(x.actor(),
                    x.municipality().value(), p.id().toString(), version, decision.step, kind,
                    form.value(DECIDED_BY_NAME).strip(), on,
                    form.value(REFERENCE).isBlank() ? null : form.value(REFERENCE).strip()));
        }
        if (result.isOk()) {
            x.redirect("/partnerships/" + p.id());
        } else if (result instanceof Result.Conflict<Partnership>) {
            Partnership current = load(x);
            typed.put(VERSION, Long.toString(current.version()));
            renderChange(x, 409, current, action, Form.of(typed).generalError(m.t("project.conflict")));
        } else if (result instanceof Result.NotFound<Partnership>) {
            throw x.notFound();
        } else {
            renderChange(x, result instanceof Result.Invalid ? 400 : 409, p, action, form.failed(result, x.m()));
        }
    }

    private static void requireKnown(WebRequest x, String action) {
        if (!action.equals("analysis") && !action.equals("democracy-plan") && Decision.bySlug(action).isEmpty()) {
            throw x.notFound();
        }
    }

    private void renderChange(WebRequest x, int status, Partnership p, String action, Form form) {
        Messages m = x.m();
        String heading = m.t("partnership.action." + action);
        String kind = action.equals("analysis") || action.equals("democracy-plan") ? action : "decision";
        x.render(status, "partnerships/change.jte", x.pageTitled(heading + ": " + p.title(),
                Page.Section.PARTNERSHIPS), new ChangeView(p.id().toString(), p.title(),
                m.t("partnership.status." + p.status().name()), WebRequest.link("/partnerships/" + p.id() + "/"
                        + action), heading, kind, form, FormValues.bodyKinds(m, form.value(DECIDED_BY_KIND))));
    }

    // Proposing one

    private void proposeForm(WebRequest x) {
        x.requireRole(Role.ADMIN, Role.COORDINATOR);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("proposedOn", services.ports().clock().today().toString());
        renderPropose(x, 200, Form.of(values));
    }

    private void propose(WebRequest x) {
        x.requireRole(Role.ADMIN, Role.COORDINATOR);
        Messages m = x.m();
        Map<String, String> typed = x.form("partnerId", "kind", "title", "proposedOn", "valuesAgreement");
        List<String> areaNames = x.ctx().formParams("areas");
        List<String> sourceNames = x.ctx().formParams("fundingSources");
        List<String> committeeIds = x.ctx().formParams("committeeIds");
        typed.put("areas", String.join(",", areaNames));
        typed.put("fundingSources", String.join(",", sourceNames));
        typed.put("committeeIds", String.join(",", committeeIds));
        Form form = Form.of(typed);
        if (form.value("title").isBlank()) {
            form.error("title", m.t("partnership.title.missing"));
        }
        if (form.value("partnerId").isEmpty()) {
            form.error("partnerId", m.t("partnership.partner.missing"));
        }
        PartnershipKind kind = Arrays.stream(PartnershipKind.values()).filter(k -> k.name().equals(form.value("kind")))
                .findFirst().orElse(null);
        if (kind == null) {
            form.error("kind", m.t("form.choice.invalid"));
        }
        Set<Area> areas = parse(areaNames, Area.class, form, "areas", m);
        Set<FundingSource> sources = parse(sourceNames, FundingSource.class, form, "fundingSources", m);
        LocalDate proposedOn = FormValues.date(form, "proposedOn", m);
        if (form.hasErrors()) {
            renderPropose(x, 400, form);
            return;
        }
        Result<Partnership> result = services.partnerships().propose(new PartnershipCommands.Propose(x.actor(),
                x.municipality().value(), form.value("partnerId"), kind, form.value("title").strip(), areas, sources,
                proposedOn, "true".equals(form.value("valuesAgreement")), new LinkedHashSet<>(committeeIds)));
        if (result.isOk()) {
            x.redirect("/partnerships/" + result.value().id());
        } else if (result instanceof Result.NotFound<Partnership>) {
            form.error("partnerId", m.t("form.choice.invalid"));
            renderPropose(x, 400, form);
        } else if (result instanceof Result.Conflict<Partnership>) {
            renderPropose(x, 409, form.generalError(m.t("project.conflict")));
        } else {
            renderPropose(x, result instanceof Result.Invalid ? 400 : 409, form.failed(result, x.m()));
        }
    }

    private static <E extends Enum<E>> Set<E> parse(List<String> names, Class<E> type, Form form, String field,
            Messages m) {
        Set<E> values = new LinkedHashSet<>();
        for (String name : names) {
            try {
                values.add(Enum.valueOf(type, name));
            } catch (IllegalArgumentException unknown) {
                form.error(field, m.t("form.choice.invalid"));
            }
        }
        return values;
    }

    private void renderPropose(WebRequest x, int status, Form form) {
        Messages m = x.m();
        var code = x.municipality();
        se.omvarld.port.Page<PartnerSummary> partners = x.found(services.partnerships().partners(code,
                new PartnerQuery(Optional.empty(), Optional.empty(), PartnerQuery.Sort.NAME),
                PageRequest.first(PageRequest.MAX_LIMIT)));
        List<Choice> partnerChoices = new ArrayList<>();
        partnerChoices.add(new Choice("", m.t("project.choose"), form.value("partnerId").isEmpty()));
        partners.items().forEach(p -> partnerChoices.add(new Choice(p.id().toString(), p.name() + ", "
                + p.locality() + " (" + p.country().value() + ")", p.id().toString().equals(form.value("partnerId")))));
        Set<String> areas = Set.of(form.value("areas").split(","));
        Set<String> sources = Set.of(form.value("fundingSources").split(","));
        Set<String> committees = Set.of(form.value("committeeIds").split(","));
        x.render(status, "partnerships/propose.jte", x.page("partnership.propose.title", Page.Section.PARTNERSHIPS),
                new ProposeView(form, partnerChoices,
                        Arrays.stream(PartnershipKind.values()).map(k -> new Choice(k.name(),
                                m.t("partnership.kind." + k.name()), k.name().equals(form.value("kind"))))
                                .collect(Collectors.toList()),
                        Arrays.stream(Area.values()).map(a -> new Choice(a.name(), m.t("area." + a.name()),
                                areas.contains(a.name()))).collect(Collectors.toList()),
                        Arrays.stream(FundingSource.values()).map(s -> new Choice(s.name(),
                                m.t("partnership.source." + s.name()), sources.contains(s.name())))
                                .collect(Collectors.toList()),
                        organisation(x).committees().stream().map(c -> new Choice(c.id().value(), c.name(),
                                committees.contains(c.id().value()))).collect(Collectors.toList())));
    }

    // Reading

    private Partnership load(WebRequest x) {
        Result<Partnership> result = services.partnerships().find(x.municipality().value(), x.pathParam("id"));
        if (result instanceof Result.Invalid) {
            throw x.notFound();
        }
        return x.found(result);
    }

    private Municipality organisation(WebRequest x) {
        var code = x.municipality();
        return services.ports().transactions().inTransaction(() -> services.ports().municipalities().find(code))
                .orElseThrow(x::notFound);
    }
}
