package se.omvarld.adapter.http.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import se.omvarld.adapter.http.api.ApiServices;
import se.omvarld.application.GrantCommands;
import se.omvarld.application.ProjectCommands;
import se.omvarld.application.Result;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.grant.AssociationGrant;
import se.omvarld.domain.grant.GrantStatus;
import se.omvarld.domain.shared.BodyKind;
import se.omvarld.domain.shared.GrantId;
import se.omvarld.port.AuditEntry;
import se.omvarld.port.GrantQuery;
import se.omvarld.port.GrantSummary;
import se.omvarld.port.PageRequest;

/**
 * The association grants ({@code /app/grants}, R14): the list, filtered by status and year, sorted and paged; a
 * grant with its decision, follow-up and history from the audit trail; and the form that records a body's decision
 * to grant (an amount in kronor) or reject an application — over the use cases the API's grant routes call. Grants
 * carry no unit: deciding is the coordinator's or an admin's, as in the API.
 */
public final class GrantPages implements WebRoutes {

    static final int PAGE_SIZE = 25;
    static final String VERSION = "version";
    static final String OUTCOME = "outcome";
    static final String AMOUNT = "amount";
    static final String DECIDED_BY_KIND = "decidedByKind";
    static final String DECIDED_BY_NAME = "decidedByName";
    static final String DECIDED_ON = "decidedOn";
    static final String REFERENCE = "reference";

    private final ApiServices services;

    GrantPages(ApiServices services) {
        this.services = services;
    }

    /** One line of the list. */
    public record Row(String id, String association, String status, String requested, String granted,
            String exchange, String appliedOn) {
    }

    public record ListView(Form filters, List<Choice> statuses, List<Choice> sorts, List<Row> rows, String shown,
            String previous, String next) {
    }

    /** A grant, whole; {@code decideHref} is null unless it awaits a decision this person may record. */
    public record GrantView(String id, String status, List<Fact> facts, List<AuditRow> audit, String decideHref,
            boolean awaitsDecision) {
    }

    public record DecideView(String grantId, String association, String status, Form form, List<Choice> outcomes,
            List<Choice> bodyKinds) {
    }

    @Override
    public void register(WebRouter router) {
        router.get("/grants", this::list);
        router.get("/grants/{id}", this::grant);
        router.get("/grants/{id}/decision", this::decideForm);
        router.post("/grants/{id}/decision", this::decide);
    }

    private void list(WebRequest x) {
        Messages m = x.m();
        Form filters = Form.of(Map.of("status", x.query("status").orElse(""), "year", x.query("year").orElse(""),
                "sort", x.query("sort").orElse(GrantQuery.Sort.APPLIED_ON.name())));
        Optional<GrantStatus> status = Filters.choice(filters, "status", GrantStatus.class, m);
        Optional<GrantQuery.Sort> sort = Filters.choice(filters, "sort", GrantQuery.Sort.class, m);
        Optional<Integer> year = Filters.year(filters, "year", m);
        int pageNumber = Filters.page(x);
        List<Row> rows = List.of();
        String shown = m.t("grant.list.none");
        String previous = null;
        String next = null;
        if (!filters.hasErrors()) {
            se.omvarld.port.Page<GrantSummary> page = x.found(services.grants().list(x.municipality(),
                    new GrantQuery(status, year, sort.orElse(GrantQuery.Sort.APPLIED_ON)),
                    new PageRequest((pageNumber - 1) * PAGE_SIZE, PAGE_SIZE)));
            rows = page.items().stream().map(g -> new Row(g.id().toString(), g.association(),
                    m.t("grant.status." + g.status().name()), m.money(g.requested()),
                    g.granted().map(m::money).orElse("–"),
                    m.t("grant.exchange.range", m.date(g.exchangeStart()), m.date(g.exchangeEnd())),
                    m.date(g.appliedOn()))).collect(Collectors.toList());
            if (!rows.isEmpty()) {
                long first = page.request().offset() + 1L;
                shown = m.t("grant.list.shown", m.number(first), m.number(first + rows.size() - 1),
                        m.number(page.total()));
            }
            String query = Filters.query(filters, List.of("status", "year", "sort"));
            previous = pageNumber > 1 ? WebRequest.link("/grants?" + query + "page=" + (pageNumber - 1)) : null;
            next = page.request().offset() + rows.size() < page.total()
                    ? WebRequest.link("/grants?" + query + "page=" + (pageNumber + 1)) : null;
        }
        List<Choice> statuses = new ArrayList<>();
        statuses.add(new Choice("", m.t("project.filter.all"), filters.value("status").isEmpty()));
        for (GrantStatus s : GrantStatus.values()) {
            statuses.add(new Choice(s.name(), m.t("grant.status." + s.name()),
                    s.name().equals(filters.value("status"))));
        }
        List<Choice> sorts = Arrays.stream(GrantQuery.Sort.values()).map(s -> new Choice(s.name(),
                m.t("grant.sort." + s.name()), s.name().equals(filters.value("sort")))).collect(Collectors.toList());
        x.render(filters.hasErrors() ? 400 : 200, "grants/list.jte", x.page("grant.list.title", Page.Section.GRANTS),
                new ListView(filters, statuses, sorts, rows, shown, previous, next));
    }

    private void grant(WebRequest x) {
        Messages m = x.m();
        AssociationGrant g = load(x);
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(m.t("grant.field.association"), g.association()));
        facts.add(new Fact(m.t("grant.field.status"), m.t("grant.status." + g.status().name())));
        facts.add(new Fact(m.t("grant.field.purpose"), g.purpose()));
        facts.add(new Fact(m.t("grant.field.purposeAnchored"), m.t(g.purposeAnchored() ? "project.yes"
                : "project.no")));
        facts.add(new Fact(m.t("grant.field.requested"), m.money(g.requested())));
        facts.add(new Fact(m.t("grant.field.ownFinancing"), m.money(g.ownFinancing())));
        facts.add(new Fact(m.t("grant.field.exchange"), m.t("grant.exchange.range", m.date(g.exchange().start()),
                m.date(g.exchange().end()))));
        facts.add(new Fact(m.t("grant.field.appliedOn"), m.date(g.appliedOn())));
        g.granted().ifPresent(a -> facts.add(new Fact(m.t("grant.field.granted"), m.money(a))));
        g.decision().ifPresent(d -> facts.add(new Fact(m.t("grant.field.decision"), m.t("grant.decision.text",
                d.decidedBy().name(), m.date(d.date())) + d.reference().map(r -> " (" + r + ")").orElse(""))));
        g.followUp().ifPresent(f -> facts.add(new Fact(m.t("grant.field.followUp"), m.date(f.submittedOn()) + ": "
                + f.summary())));
        List<AuditEntry> trail = services.ports().transactions().inTransaction(() -> services.ports().audit()
                .of(x.municipality(), "grant", g.id().toString().toLowerCase(Locale.ROOT)));
        List<AuditRow> audit = AuditRow.of(trail, m);
        boolean awaits = g.status() == GrantStatus.APPLIED;
        String decide = awaits && x.user().role().changesTheWholeRegister()
                ? WebRequest.link("/grants/" + g.id() + "/decision") : null;
        x.render("grants/grant.jte", x.pageTitled(m.t("grant.title", g.association()), Page.Section.GRANTS),
                new GrantView(g.id().toString(), m.t("grant.status." + g.status().name()), facts, audit, decide,
                        awaits));
    }

    private void decideForm(WebRequest x) {
        x.requireRole(Role.ADMIN, Role.COORDINATOR);
        AssociationGrant g = load(x);
        Map<String, String> values = new LinkedHashMap<>();
        values.put(VERSION, Long.toString(g.version()));
        values.put(OUTCOME, "grant");
        values.put(AMOUNT, g.requested().amount().toPlainString());
        values.put(DECIDED_BY_KIND, BodyKind.ADMINISTRATION.name());
        values.put(DECIDED_ON, services.ports().clock().today().toString());
        renderDecide(x, 200, g, Form.of(values));
    }

    private void decide(WebRequest x) {
        x.requireRole(Role.ADMIN, Role.COORDINATOR);
        Messages m = x.m();
        AssociationGrant g = load(x);
        Map<String, String> typed = x.form(VERSION, OUTCOME, AMOUNT, DECIDED_BY_KIND, DECIDED_BY_NAME, DECIDED_ON,
                REFERENCE);
        Form form = Form.of(typed);
        Long version = FormValues.version(form, VERSION, m);
        boolean granted = "grant".equals(form.value(OUTCOME));
        if (!granted && !"reject".equals(form.value(OUTCOME))) {
            form.error(OUTCOME, m.t("form.choice.invalid"));
        }
        BigDecimal amount = granted ? FormValues.amount(form, AMOUNT, m) : null;
        BodyKind kind = FormValues.bodyKind(form, DECIDED_BY_KIND, m);
        if (form.value(DECIDED_BY_NAME).isBlank()) {
            form.error(DECIDED_BY_NAME, m.t("project.decidedByName.missing"));
        }
        LocalDate on = FormValues.date(form, DECIDED_ON, m);
        if (form.hasErrors()) {
            renderDecide(x, 400, g, form);
            return;
        }
        Result<AssociationGrant> result = services.grants().decide(new GrantCommands.Decide(x.actor(),
                x.municipality().value(), g.id().toString(), version, granted,
                granted ? new ProjectCommands.Amount(amount, "SEK") : null, kind,
                form.value(DECIDED_BY_NAME).strip(), on,
                form.value(REFERENCE).isBlank() ? null : form.value(REFERENCE).strip()));
        if (result.isOk()) {
            x.redirect("/grants/" + g.id());
        } else if (result instanceof Result.Conflict<AssociationGrant>) {
            AssociationGrant current = load(x);
            typed.put(VERSION, Long.toString(current.version()));
            renderDecide(x, 409, current, Form.of(typed).generalError(m.t("project.conflict")));
        } else if (result instanceof Result.NotFound<AssociationGrant>) {
            throw x.notFound();
        } else {
            renderDecide(x, result instanceof Result.Invalid ? 400 : 409, g, form.failed(result, x.m()));
        }
    }

    private void renderDecide(WebRequest x, int status, AssociationGrant g, Form form) {
        Messages m = x.m();
        List<Choice> outcomes = List.of(new Choice("grant", m.t("grant.outcome.grant"),
                "grant".equals(form.value(OUTCOME))), new Choice("reject", m.t("grant.outcome.reject"),
                "reject".equals(form.value(OUTCOME))));
        x.render(status, "grants/decide.jte", x.pageTitled(m.t("grant.decide.title", g.association()),
                Page.Section.GRANTS), new DecideView(g.id().toString(), g.association(),
                m.t("grant.status." + g.status().name()), form, outcomes,
                FormValues.bodyKinds(m, form.value(DECIDED_BY_KIND))));
    }

    private AssociationGrant load(WebRequest x) {
        GrantId id;
        try {
            id = GrantId.of(x.pathParam("id"));
        } catch (IllegalArgumentException notAnId) {
            throw x.notFound();
        }
        var code = x.municipality();
        return services.ports().transactions().inTransaction(() -> services.ports().grants().find(code, id))
                .orElseThrow(x::notFound);
    }
}
