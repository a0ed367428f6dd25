package se.omvarld.adapter.http.web;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
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
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.omvarld.adapter.http.api.ApiServices;
import se.omvarld.application.ProjectCommands;
import se.omvarld.application.Result;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.municipality.Committee;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.municipality.Unit;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectKind;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.project.ProjectStep;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.BodyKind;
import se.omvarld.domain.shared.ProgrammeId;
import se.omvarld.domain.shared.ProjectId;
import se.omvarld.domain.shared.UnitId;
import se.omvarld.port.AuditEntry;
import se.omvarld.port.PageRequest;
import se.omvarld.port.ProjectQuery;
import se.omvarld.port.ProjectSummary;

/**
 * The projects ({@code /app/projects}): the list, filtered by status, unit, programme and year, sorted and paged
 * (the API's list read model); a project with its steps, its history from the audit trail and the steps it may take
 * next; the form that registers an idea; and one form per workflow step, each calling the same use case the API's
 * project routes call. A step's form carries the version it was loaded at, as the API's If-Match does, so a change
 * saved by someone else first is a conflict the page explains, keeping what was typed.
 */
public final class ProjectPages implements WebRoutes {

    static final int PAGE_SIZE = 25;
    static final List<String> CURRENCIES = List.of("SEK", "EUR", "USD", "NOK", "DKK", "GBP");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    static final String TITLE = "title";
    static final String KIND = "kind";
    static final String UNIT = "owningUnit";
    static final String PARTICIPANTS = "cooperation.participants";
    static final String COUNTRIES = "cooperation.countries";
    static final String AREAS = "cooperation.areas";
    static final String GOALS = "cooperation.goals";
    static final String PROGRAMME = "funding.programmeId";
    static final String TOTAL = "funding.total.amount";
    static final String EXTERNAL = "funding.externalFunding.amount";
    static final String OWN = "funding.ownContribution.amount";
    static final String CURRENCY = "currency";
    static final String EXPLORED = "funding.externalFundingExplored";
    static final String BUDGETED = "funding.budgetedInUnitPlan";
    static final String REGISTERED_ON = "registeredOn";

    static final String ON = "on";
    static final String VERSION = "version";
    static final String DECIDED_BY_KIND = "decidedByKind";
    static final String DECIDED_BY_NAME = "decidedByName";
    static final String REFERENCE = "reference";
    static final String GRANTED = "granted";

    /** The steps of a project's workflow as pages offer them: their path, the use case's step, where they lead. */
    public enum Action {
        REQUEST_APPROVAL("request-approval", ProjectCommands.Step.REQUEST_APPROVAL,
                ProjectStatus.APPROVAL_REQUESTED),
        APPROVE_APPLICATION("approve-application", ProjectCommands.Step.APPROVE_APPLICATION,
                ProjectStatus.APPROVED_FOR_APPLICATION),
        SUBMIT_APPLICATION("submit-application", ProjectCommands.Step.SUBMIT_APPLICATION, ProjectStatus.APPLIED),
        GRANT("grant", ProjectCommands.Step.GRANT, ProjectStatus.GRANTED),
        REJECT("reject", ProjectCommands.Step.REJECT, ProjectStatus.REJECTED),
        START("start", ProjectCommands.Step.START, ProjectStatus.RUNNING),
        COMPLETE("complete", ProjectCommands.Step.COMPLETE, ProjectStatus.COMPLETED),
        SUBMIT_FINAL_REPORT("submit-final-report", ProjectCommands.Step.SUBMIT_FINAL_REPORT,
                ProjectStatus.FINAL_REPORT_SUBMITTED),
        WITHDRAW("withdraw", ProjectCommands.Step.WITHDRAW, ProjectStatus.WITHDRAWN);

        private final String slug;
        private final ProjectCommands.Step step;
        private final ProjectStatus to;

        Action(String slug, ProjectCommands.Step step, ProjectStatus to) {
            this.slug = slug;
            this.step = step;
            this.to = to;
        }

        public String slug() {
            return slug;
        }

        /** The message key of the action's name. */
        public String key() {
            return "project.action." + slug;
        }

        static Optional<Action> bySlug(String slug) {
            return Arrays.stream(values()).filter(a -> a.slug.equals(slug)).findFirst();
        }

        static Optional<Action> to(ProjectStatus status) {
            return Arrays.stream(values()).filter(a -> a.to == status).findFirst();
        }

        /** Only the executive board approves an application (R7): the coordinator records its decision. */
        boolean mayBeTakenBy(SignedIn user, Project project) {
            if (this == APPROVE_APPLICATION) {
                return user.role().changesTheWholeRegister();
            }
            return user.mayEdit(Optional.of(project.owningUnit()));
        }
    }

    private final ApiServices services;

    ProjectPages(ApiServices services) {
        this.services = services;
    }

    /** One line of the list. */
    public record Row(String id, String title, String kind, String status, String unit, String registeredOn,
            String total) {
    }

    /** The list: its filters as chosen, a page of projects, and the links to the pages before and after. */
    public record ListView(Form filters, List<Choice> statuses, List<Choice> units, List<Choice> programmes,
            List<Choice> sorts, List<Row> rows, String shown, String previous, String next, boolean mayRegister) {
    }

    /** One step the project has taken. */
    public record StepRow(String from, String to, String on, String decision) {
    }

    /** A step the lifecycle allows next; {@code href} is null when the signed-in person may not take it. */
    public record NextStep(String label, String href) {
    }

    /** A project, whole. */
    /** A project, whole; {@code planHref} is null unless this person may record its democracy plan (R2). */
    public record ProjectView(String id, String status, List<Fact> facts, List<String> participants,
            List<String> goals, List<String> areas, List<String> democracyPlans, List<StepRow> steps,
            List<AuditRow> audit, List<NextStep> next, String planHref) {
    }

    /** The form recording a project's democracy plan (R2). */
    public record PlanView(String projectId, String projectTitle, String status, Form form) {
    }

    /** The form of one workflow step; {@code approval} asks for the deciding body, {@code grant} for the sum. */
    public record StepView(String projectId, String projectTitle, String status, String action, String heading,
            Form form, boolean approval, boolean grant, List<Choice> bodyKinds, List<Choice> currencies) {
    }

    /** The form that registers a project idea. */
    public record RegisterView(Form form, List<Choice> kinds, List<Choice> units, List<Choice> programmes,
            List<Choice> currencies, List<Choice> areas) {
    }

    @Override
    public void register(WebRouter router) {
        router.get("/projects", this::list);
        router.get("/projects/new", this::registerForm);
        router.post("/projects", this::registerIdea);
        router.get("/projects/{id}", this::project);
        router.get("/projects/{id}/democracy-plan", this::planForm);
        router.post("/projects/{id}/democracy-plan", this::recordPlan);
        router.get("/projects/{id}/{action}", this::stepForm);
        router.post("/projects/{id}/{action}", this::step);
    }

    // The list

    private void list(WebRequest x) {
        Messages m = x.m();
        Municipality organisation = organisation(x);
        Form filters = Form.of(Map.of("status", x.query("status").orElse(""), "unit", x.query("unit").orElse(""),
                "programme", x.query("programme").orElse(""), "year", x.query("year").orElse(""),
                "sort", x.query("sort").orElse(ProjectQuery.Sort.TITLE.name())));
        Optional<ProjectStatus> status = Filters.choice(filters, "status", ProjectStatus.class, m);
        Optional<ProjectQuery.Sort> sort = Filters.choice(filters, "sort", ProjectQuery.Sort.class, m);
        Optional<UnitId> unit = x.query("unit").flatMap(u -> organisation.units().stream()
                .filter(known -> known.id().value().equals(u)).findFirst()).map(Unit::id);
        if (x.query("unit").isPresent() && unit.isEmpty()) {
            filters.error("unit", m.t("project.filter.unknown"));
        }
        List<FundingProgramme> programmes = programmes(x);
        Optional<ProgrammeId> programme = x.query("programme").flatMap(p -> programmes.stream()
                .filter(known -> known.id().toString().equals(p)).findFirst()).map(FundingProgramme::id);
        if (x.query("programme").isPresent() && programme.isEmpty()) {
            filters.error("programme", m.t("project.filter.unknown"));
        }
        Optional<Integer> year = Filters.year(filters, "year", m);
        int pageNumber = Filters.page(x);
        List<Row> rows = List.of();
        String shown = m.t("project.list.none");
        String previous = null;
        String next = null;
        if (!filters.hasErrors()) {
            ProjectQuery query = new ProjectQuery(status, Optional.empty(), unit, programme, Optional.empty(), year,
                    sort.orElse(ProjectQuery.Sort.TITLE));
            se.omvarld.port.Page<ProjectSummary> page = x.found(services.projects().list(x.municipality(), query,
                    new PageRequest((pageNumber - 1) * PAGE_SIZE, PAGE_SIZE)));
            rows = page.items().stream().map(p -> new Row(p.id().toString(), p.title(),
                    m.t("project.kind." + p.kind().name()), m.t("project.status." + p.status().name()),
                    organisation.unitName(p.owningUnit()), m.date(p.registeredOn()), m.money(p.total())))
                    .collect(Collectors.toList());
            if (!rows.isEmpty()) {
                long first = page.request().offset() + 1L;
                shown = m.t("project.list.shown", m.number(first), m.number(first + rows.size() - 1),
                        m.number(page.total()));
            }
            String links = Filters.query(filters, List.of("status", "unit", "programme", "year", "sort"));
            previous = pageNumber > 1 ? WebRequest.link("/projects?" + links + "page=" + (pageNumber - 1))
                    : null;
            next = page.request().offset() + rows.size() < page.total()
                    ? WebRequest.link("/projects?" + links + "page=" + (pageNumber + 1)) : null;
        }
        List<Choice> statuses = new ArrayList<>();
        statuses.add(new Choice("", m.t("project.filter.all"), filters.value("status").isEmpty()));
        for (ProjectStatus s : ProjectStatus.values()) {
            statuses.add(new Choice(s.name(), m.t("project.status." + s.name()),
                    s.name().equals(filters.value("status"))));
        }
        List<Choice> units = new ArrayList<>();
        units.add(new Choice("", m.t("project.filter.all"), filters.value("unit").isEmpty()));
        organisation.units().forEach(u -> units.add(new Choice(u.id().value(), u.name(),
                u.id().value().equals(filters.value("unit")))));
        List<Choice> programmeOptions = new ArrayList<>();
        programmeOptions.add(new Choice("", m.t("project.filter.all"), filters.value("programme").isEmpty()));
        programmes.forEach(p -> programmeOptions.add(new Choice(p.id().toString(), p.name(),
                p.id().toString().equals(filters.value("programme")))));
        List<Choice> sorts = Arrays.stream(ProjectQuery.Sort.values()).map(s -> new Choice(s.name(),
                m.t("project.sort." + s.name()), s.name().equals(filters.value("sort")))).collect(Collectors.toList());
        x.render(filters.hasErrors() ? 400 : 200, "projects/list.jte", x.page("project.list.title",
                Page.Section.PROJECTS), new ListView(filters, statuses, units, programmeOptions, sorts, rows, shown,
                previous, next, mayRegister(x.user())));
    }

    private static boolean mayRegister(SignedIn user) {
        return user.role() != Role.VIEWER;
    }

    // One project

    private void project(WebRequest x) {
        Messages m = x.m();
        Project project = load(x);
        Municipality organisation = organisation(x);
        Map<ProgrammeId, String> programmeNames = programmes(x).stream()
                .collect(Collectors.toMap(FundingProgramme::id, FundingProgramme::name));
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(m.t("project.field.kind"), m.t("project.kind." + project.kind().name())));
        facts.add(new Fact(m.t("project.field.status"), m.t("project.status." + project.status().name())));
        facts.add(new Fact(m.t("project.field.owningUnit"), organisation.unitName(project.owningUnit())));
        facts.add(new Fact(m.t("project.field.committee"), organisation.committee(project.committee())
                .map(Committee::name).orElse(project.committee().value())));
        facts.add(new Fact(m.t("project.field.programme"), project.programme()
                .map(p -> programmeNames.getOrDefault(p, p.toString())).orElse(m.t("project.none"))));
        facts.add(new Fact(m.t("project.field.countries"), project.countries().isEmpty() ? m.t("project.none")
                : project.countries().stream().map(c -> c.value()).collect(Collectors.joining(", "))));
        facts.add(new Fact(m.t("project.field.total"), m.money(project.budget().total())));
        facts.add(new Fact(m.t("project.field.externalFunding"), m.money(project.budget().externalFunding())));
        facts.add(new Fact(m.t("project.field.ownContribution"), m.money(project.budget().ownContribution())));
        facts.add(new Fact(m.t("project.field.externalFundingExplored"), yesNo(project.externalFundingExplored(),
                m)));
        facts.add(new Fact(m.t("project.field.budgetedInUnitPlan"), yesNo(project.budgetedInUnitPlan(), m)));
        facts.add(new Fact(m.t("project.field.registeredOn"), m.date(project.registeredOn())));
        List<StepRow> steps = project.history().stream().map(s -> step(s, m)).collect(Collectors.toList());
        ImmutableList<AuditEntry> trail = services.ports().transactions().inTransaction(() -> services.ports()
                .audit().of(x.municipality(), "project", project.id().toString()));
        List<AuditRow> audit = AuditRow.of(trail, m);
        List<NextStep> next = nextSteps(x.user(), project, m);
        x.render("projects/project.jte", x.pageTitled(project.title(), Page.Section.PROJECTS), new ProjectView(
                project.id().toString(), m.t("project.status." + project.status().name()), facts,
                project.participants(), project.goals(),
                project.areas().stream().map(a -> m.t("area." + a.name())).collect(Collectors.toList()),
                project.democracyPlans().stream().map(p -> m.t("project.democracyPlan", m.date(p.adoptedOn()),
                        p.reflection())).collect(Collectors.toList()), steps, audit, next,
                !project.status().isClosed() && x.user().mayEdit(Optional.of(project.owningUnit()))
                        ? WebRequest.link("/projects/" + project.id() + "/democracy-plan") : null));
    }

    private static String yesNo(boolean value, Messages m) {
        return m.t(value ? "project.yes" : "project.no");
    }

    private static StepRow step(ProjectStep s, Messages m) {
        return new StepRow(m.t("project.status." + s.from().name()), m.t("project.status." + s.to().name()),
                m.date(s.on()), s.decision().map(d -> d.decidedBy().name() + d.reference().map(r -> " (" + r + ")")
                        .orElse("")).orElse(""));
    }

    private static List<NextStep> nextSteps(SignedIn user, Project project, Messages m) {
        Set<ProjectStatus> allowed = project.nextStatuses();
        return Arrays.stream(Action.values()).filter(a -> allowed.contains(a.to))
                .map(a -> new NextStep(m.t(a.key()), a.mayBeTakenBy(user, project)
                        ? WebRequest.link("/projects/" + project.id() + "/" + a.slug()) : null))
                .collect(Collectors.toList());
    }

    // A workflow step

    private void stepForm(WebRequest x) {
        Project project = load(x);
        Action action = action(x);
        authorize(x, project, action);
        Map<String, String> values = new LinkedHashMap<>();
        values.put(ON, services.ports().clock().today().toString());
        values.put(VERSION, Long.toString(project.version()));
        values.put(DECIDED_BY_KIND, BodyKind.EXECUTIVE_BOARD.name());
        values.put(CURRENCY, project.budget().total().currency().getCurrencyCode());
        renderStep(x, 200, project, action, Form.of(values));
    }

    private void step(WebRequest x) {
        Messages m = x.m();
        Project project = load(x);
        Action action = action(x);
        authorize(x, project, action);
        Map<String, String> typed = x.form(ON, VERSION, DECIDED_BY_KIND, DECIDED_BY_NAME, REFERENCE, GRANTED,
                CURRENCY);
        Form form = Form.of(typed);
        LocalDate on = FormValues.date(form, ON, m);
        Long version = FormValues.version(form, VERSION, m);
        BodyKind kind = null;
        String decidedBy = null;
        if (action == Action.APPROVE_APPLICATION) {
            kind = Arrays.stream(BodyKind.values()).filter(k -> k.name().equals(form.value(DECIDED_BY_KIND)))
                    .findFirst().orElse(null);
            if (kind == null) {
                form.error(DECIDED_BY_KIND, m.t("project.decidedByKind.missing"));
            }
            decidedBy = form.value(DECIDED_BY_NAME).strip();
            if (decidedBy.isEmpty()) {
                form.error(DECIDED_BY_NAME, m.t("project.decidedByName.missing"));
            }
        }
        ProjectCommands.Amount granted = null;
        if (action == Action.GRANT) {
            BigDecimal sum = FormValues.amount(form, GRANTED, m);
            granted = sum == null ? null : new ProjectCommands.Amount(sum, currency(form, m));
        }
        if (form.hasErrors()) {
            renderStep(x, 400, project, action, form);
            return;
        }
        Result<Project> result = services.projects().advance(new ProjectCommands.Advance(x.actor(),
                x.municipality().value(), project.id().toString(), version, action.step, on, kind, decidedBy,
                form.value(REFERENCE).strip().isEmpty() ? null : form.value(REFERENCE).strip(), granted));
        if (result.isOk()) {
            x.redirect("/projects/" + project.id());
        } else if (result instanceof Result.Conflict<Project>) {
            Project current = load(x);
            typed.put(VERSION, Long.toString(current.version()));
            renderStep(x, 409, current, action, Form.of(typed).generalError(m.t("project.conflict")));
        } else if (result instanceof Result.NotFound<Project>) {
            throw x.notFound();
        } else {
            renderStep(x, result instanceof Result.Invalid ? 400 : 409, project, action, form.failed(result, x.m()));
        }
    }

    private void renderStep(WebRequest x, int status, Project project, Action action, Form form) {
        Messages m = x.m();
        List<Choice> bodyKinds = FormValues.bodyKinds(m, form.value(DECIDED_BY_KIND));
        String title = m.t(action.key()) + ": " + project.title();
        x.render(status, "projects/step.jte", x.pageTitled(title, Page.Section.PROJECTS), new StepView(
                project.id().toString(), project.title(), m.t("project.status." + project.status().name()),
                WebRequest.link("/projects/" + project.id() + "/" + action.slug()), m.t(action.key()), form,
                action == Action.APPROVE_APPLICATION, action == Action.GRANT, bodyKinds,
                currencies(form.value(CURRENCY))));
    }

    private Action action(WebRequest x) {
        return Action.bySlug(x.pathParam("action")).orElseThrow(x::notFound);
    }

    private static void authorize(WebRequest x, Project project, Action action) {
        if (!action.mayBeTakenBy(x.user(), project)) {
            throw WebError.forbidden();
        }
    }

    // The democracy plan (R2)

    private void planForm(WebRequest x) {
        Project project = load(x);
        x.requireEdit(Optional.of(project.owningUnit()));
        Map<String, String> values = new LinkedHashMap<>();
        values.put(VERSION, Long.toString(project.version()));
        values.put("adoptedOn", services.ports().clock().today().toString());
        renderPlan(x, 200, project, Form.of(values));
    }

    private void recordPlan(WebRequest x) {
        Messages m = x.m();
        Project project = load(x);
        x.requireEdit(Optional.of(project.owningUnit()));
        Map<String, String> typed = x.form(VERSION, "reflection", "adoptedOn");
        Form form = Form.of(typed);
        Long version = FormValues.version(form, VERSION, m);
        LocalDate adoptedOn = FormValues.date(form, "adoptedOn", m);
        if (form.value("reflection").isBlank()) {
            form.error("reflection", m.t("project.reflection.missing"));
        }
        if (form.hasErrors()) {
            renderPlan(x, 400, project, form);
            return;
        }
        Result<Project> result = services.projects().recordDemocracyPlan(new ProjectCommands.RecordDemocracyPlan(
                x.actor(), x.municipality().value(), project.id().toString(), version,
                form.value("reflection").strip(), adoptedOn));
        if (result.isOk()) {
            x.redirect("/projects/" + project.id());
        } else if (result instanceof Result.Conflict<Project>) {
            Project current = load(x);
            typed.put(VERSION, Long.toString(current.version()));
            renderPlan(x, 409, current, Form.of(typed).generalError(m.t("project.conflict")));
        } else if (result instanceof Result.NotFound<Project>) {
            throw x.notFound();
        } else {
            renderPlan(x, result instanceof Result.Invalid ? 400 : 409, project, form.failed(result, x.m()));
        }
    }

    private void renderPlan(WebRequest x, int status, Project project, Form form) {
        Messages m = x.m();
        x.render(status, "projects/plan.jte", x.pageTitled(m.t("project.action.democracy-plan") + ": "
                + project.title(), Page.Section.PROJECTS), new PlanView(project.id().toString(), project.title(),
                m.t("project.status." + project.status().name()), form));
    }

    // Registering an idea

    private void registerForm(WebRequest x) {
        requireRegistrar(x);
        Map<String, String> values = new LinkedHashMap<>();
        values.put(REGISTERED_ON, services.ports().clock().today().toString());
        values.put(CURRENCY, "SEK");
        values.put(TOTAL, "0");
        values.put(EXTERNAL, "0");
        values.put(OWN, "0");
        x.user().unit().ifPresent(u -> values.put(UNIT, organisation(x).unitName(u)));
        renderRegister(x, 200, Form.of(values));
    }

    private void registerIdea(WebRequest x) {
        requireRegistrar(x);
        Messages m = x.m();
        Map<String, String> typed = x.form(TITLE, KIND, UNIT, PARTICIPANTS, COUNTRIES, GOALS, PROGRAMME, TOTAL,
                EXTERNAL, OWN, CURRENCY, EXPLORED, BUDGETED, REGISTERED_ON);
        List<String> areaNames = x.ctx().formParams(AREAS);
        typed.put(AREAS, String.join(",", areaNames));
        Form form = Form.of(typed);
        if (form.value(TITLE).isBlank()) {
            form.error(TITLE, m.t("project.title.missing"));
        }
        ProjectKind kind = Arrays.stream(ProjectKind.values()).filter(k -> k.name().equals(form.value(KIND)))
                .findFirst().orElse(null);
        if (kind == null) {
            form.error(KIND, m.t("project.kind.missing"));
        }
        Municipality organisation = organisation(x);
        Optional<Unit> unit = organisation.unitNamed(form.value(UNIT).strip());
        if (unit.isEmpty()) {
            form.error(UNIT, m.t("project.owningUnit.missing"));
        } else {
            x.requireEdit(Optional.of(unit.get().id()));
        }
        List<String> participants = FormValues.lines(form.value(PARTICIPANTS));
        if (participants.isEmpty()) {
            form.error(PARTICIPANTS, m.t("project.participants.missing"));
        }
        Set<String> countries = new LinkedHashSet<>();
        for (String country : form.value(COUNTRIES).toUpperCase(Locale.ROOT).split("[,;\\s]+")) {
            if (!country.isEmpty()) {
                countries.add(country);
            }
        }
        if (countries.stream().anyMatch(c -> !COUNTRY.matcher(c).matches())) {
            form.error(COUNTRIES, m.t("project.countries.invalid"));
        }
        Set<Area> areas = new LinkedHashSet<>();
        for (String name : areaNames) {
            Arrays.stream(Area.values()).filter(a -> a.name().equals(name)).findFirst().ifPresentOrElse(areas::add,
                    () -> form.error(AREAS, m.t("project.filter.unknown")));
        }
        String programme = form.value(PROGRAMME).isEmpty() ? null : form.value(PROGRAMME);
        BigDecimal total = FormValues.amount(form, TOTAL, m);
        BigDecimal external = FormValues.amount(form, EXTERNAL, m);
        BigDecimal own = FormValues.amount(form, OWN, m);
        String currency = currency(form, m);
        LocalDate registeredOn = FormValues.date(form, REGISTERED_ON, m);
        if (form.hasErrors()) {
            renderRegister(x, 400, form);
            return;
        }
        Result<Project> result = services.projects().registerIdea(new ProjectCommands.RegisterIdea(x.actor(),
                x.municipality().value(), null, form.value(TITLE).strip(), kind, unit.get().name(),
                new ProjectCommands.Cooperation(participants, Set.of(), countries, areas,
                        FormValues.lines(form.value(GOALS))),
                new ProjectCommands.Funding(programme, new ProjectCommands.Amount(total, currency),
                        new ProjectCommands.Amount(external, currency), new ProjectCommands.Amount(own, currency),
                        "true".equals(form.value(EXPLORED)), "true".equals(form.value(BUDGETED))),
                registeredOn));
        if (result.isOk()) {
            x.redirect("/projects/" + result.value().id());
        } else if (result instanceof Result.NotFound<Project> notFound) {
            form.error(notFound.what().equals("programme") ? PROGRAMME : UNIT, m.t("project.filter.unknown"));
            renderRegister(x, 400, form);
        } else if (result instanceof Result.Conflict<Project>) {
            renderRegister(x, 409, form.generalError(m.t("project.conflict")));
        } else {
            renderRegister(x, result instanceof Result.Invalid ? 400 : 409, form.failed(result, x.m()));
        }
    }

    private static void requireRegistrar(WebRequest x) {
        x.requireRole(Role.ADMIN, Role.COORDINATOR, Role.UNIT_EDITOR);
    }

    private void renderRegister(WebRequest x, int status, Form form) {
        Messages m = x.m();
        SignedIn user = x.user();
        List<Choice> kinds = Arrays.stream(ProjectKind.values()).map(k -> new Choice(k.name(),
                m.t("project.kind." + k.name()), k.name().equals(form.value(KIND)))).collect(Collectors.toList());
        List<Choice> units = new ArrayList<>();
        units.add(new Choice("", m.t("project.choose"), form.value(UNIT).isEmpty()));
        organisation(x).units().stream().filter(u -> user.mayEdit(Optional.of(u.id())))
                .forEach(u -> units.add(new Choice(u.name(), u.name(), u.name().equals(form.value(UNIT)))));
        List<Choice> programmes = new ArrayList<>();
        programmes.add(new Choice("", m.t("project.none"), form.value(PROGRAMME).isEmpty()));
        programmes(x).forEach(p -> programmes.add(new Choice(p.id().toString(), p.name(),
                p.id().toString().equals(form.value(PROGRAMME)))));
        Set<String> chosenAreas = Set.of(form.value(AREAS).split(","));
        List<Choice> areas = Arrays.stream(Area.values()).map(a -> new Choice(a.name(), m.t("area." + a.name()),
                chosenAreas.contains(a.name()))).collect(Collectors.toList());
        x.render(status, "projects/register.jte", x.page("project.register.title", Page.Section.PROJECTS),
                new RegisterView(form, kinds, units, programmes, currencies(form.value(CURRENCY)), areas));
    }

    // Reading and parsing

    private Project load(WebRequest x) {
        ProjectId id;
        try {
            id = ProjectId.of(x.pathParam("id"));
        } catch (IllegalArgumentException notAnId) {
            throw x.notFound();
        }
        return x.found(services.projects().find(x.municipality(), id));
    }

    private Municipality organisation(WebRequest x) {
        var code = x.municipality();
        return services.ports().transactions().inTransaction(() -> services.ports().municipalities().find(code))
                .orElseThrow(x::notFound);
    }

    private List<FundingProgramme> programmes(WebRequest x) {
        var code = x.municipality();
        return services.ports().transactions().inTransaction(() -> services.ports().funding().programmes(code));
    }

    private static List<Choice> currencies(String chosen) {
        return CURRENCIES.stream().map(c -> new Choice(c, c, c.equals(chosen))).collect(Collectors.toList());
    }

    private static String currency(Form form, Messages m) {
        if (!CURRENCIES.contains(form.value(CURRENCY))) {
            form.error(CURRENCY, m.t("project.filter.unknown"));
            return "SEK";
        }
        return form.value(CURRENCY);
    }
}
