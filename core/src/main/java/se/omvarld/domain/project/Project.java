package se.omvarld.domain.project;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.omvarld.domain.policy.Outcome;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.Refusal;
import se.omvarld.domain.policy.RuleId;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Decision;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnerId;
import se.omvarld.domain.shared.ProgrammeId;
import se.omvarld.domain.shared.ProjectId;
import se.omvarld.domain.shared.Text;

/**
 * An international project (projekt), owned by a unit and the committee above it, which budgets it in its own plan
 * (R15). Applications for external funding need the executive board's approval first, pre-studies aside (R7);
 * project cooperation needs clear goals and more than one party (R13); external funding is always explored (R12).
 * A project may be part of a larger one ({@link #parent}); statistics count such a family once.
 */
public final class Project {

    private static final Map<ProjectStatus, Set<ProjectStatus>> STEPS = Map.of(
            ProjectStatus.IDEA, EnumSet.of(ProjectStatus.APPROVAL_REQUESTED, ProjectStatus.APPLIED,
                    ProjectStatus.RUNNING, ProjectStatus.WITHDRAWN),
            ProjectStatus.APPROVAL_REQUESTED, EnumSet.of(ProjectStatus.APPROVED_FOR_APPLICATION,
                    ProjectStatus.WITHDRAWN),
            ProjectStatus.APPROVED_FOR_APPLICATION, EnumSet.of(ProjectStatus.APPLIED, ProjectStatus.WITHDRAWN),
            ProjectStatus.APPLIED, EnumSet.of(ProjectStatus.GRANTED, ProjectStatus.REJECTED, ProjectStatus.WITHDRAWN),
            ProjectStatus.GRANTED, EnumSet.of(ProjectStatus.RUNNING, ProjectStatus.WITHDRAWN),
            ProjectStatus.RUNNING, EnumSet.of(ProjectStatus.COMPLETED),
            ProjectStatus.COMPLETED, EnumSet.of(ProjectStatus.FINAL_REPORT_SUBMITTED),
            ProjectStatus.REJECTED, EnumSet.noneOf(ProjectStatus.class),
            ProjectStatus.WITHDRAWN, EnumSet.noneOf(ProjectStatus.class),
            ProjectStatus.FINAL_REPORT_SUBMITTED, EnumSet.noneOf(ProjectStatus.class));

    private final ProjectId id;
    private final MunicipalityCode municipality;
    private final Optional<ProjectId> parent;
    private final String title;
    private final ProjectKind kind;
    private final String owningUnit;
    private final String committee;
    private final ImmutableList<String> participants;
    private final ImmutableSet<PartnerId> partners;
    private final ImmutableSet<CountryCode> countries;
    private final Optional<ProgrammeId> programme;
    private final ImmutableSet<Area> areas;
    private final ImmutableList<String> goals;
    private final Budget budget;
    private final boolean externalFundingExplored;
    private final boolean budgetedInUnitPlan;
    private final LocalDate registeredOn;
    private final ProjectStatus status;
    private final ImmutableList<ProjectStep> history;
    private final long version;

    private Project(ProjectId id, MunicipalityCode municipality, Optional<ProjectId> parent, String title,
            ProjectKind kind, String owningUnit, String committee, List<String> participants, Set<PartnerId> partners,
            Set<CountryCode> countries, Optional<ProgrammeId> programme, Set<Area> areas, List<String> goals,
            Budget budget, boolean externalFundingExplored, boolean budgetedInUnitPlan, LocalDate registeredOn,
            ProjectStatus status, List<ProjectStep> history, long version) {
        this.id = checkNotNull(id, "project id is required");
        this.municipality = checkNotNull(municipality, "municipality is required");
        this.parent = checkNotNull(parent, "parent is required (may be empty)");
        checkArgument(parent.map(p -> !p.equals(id)).orElse(true), "a project cannot be its own parent");
        this.title = Text.name("title", title);
        this.kind = checkNotNull(kind, "project kind is required");
        this.owningUnit = Text.name("owningUnit", owningUnit);
        this.committee = Text.name("committee", committee);
        this.participants = checkNotNull(participants, "participants are required").stream()
                .map(p -> Text.required("participant", p)).collect(ImmutableList.toImmutableList());
        checkArgument(!this.participants.isEmpty(), "participants must name at least the owning unit");
        this.partners = ImmutableSet.copyOf(checkNotNull(partners, "partners are required"));
        this.countries = ImmutableSet.copyOf(checkNotNull(countries, "countries are required"));
        this.programme = checkNotNull(programme, "programme is required (may be empty)");
        this.areas = Sets.immutableEnumSet(checkNotNull(areas, "areas are required"));
        this.goals = checkNotNull(goals, "goals are required").stream().map(g -> Text.required("goal", g))
                .collect(ImmutableList.toImmutableList());
        this.budget = checkNotNull(budget, "budget is required");
        this.externalFundingExplored = externalFundingExplored;
        this.budgetedInUnitPlan = budgetedInUnitPlan;
        this.registeredOn = checkNotNull(registeredOn, "registeredOn is required");
        this.status = checkNotNull(status, "status is required");
        this.history = ImmutableList.copyOf(checkNotNull(history, "history is required"));
        checkArgument(version >= 0, "version must not be negative");
        this.version = version;
        ProjectStatus current = ProjectStatus.IDEA;
        LocalDate previous = registeredOn;
        for (ProjectStep step : this.history) {
            checkArgument(step.from() == current, "history step %s does not follow from %s", step, current);
            checkArgument(STEPS.get(current).contains(step.to()), "%s → %s is not a lifecycle step", current,
                    step.to());
            checkArgument(!step.on().isBefore(previous), "step to %s on %s is dated before the step it follows",
                    step.to(), step.on());
            current = step.to();
            previous = step.on();
        }
        checkArgument(current == status, "status %s does not match the history, which ends in %s", status, current);
    }

    /** A new idea, registered by its owning unit. */
    public static Project idea(ProjectId id, MunicipalityCode municipality, Optional<ProjectId> parent, String title,
            ProjectKind kind, String owningUnit, String committee, List<String> participants, Set<PartnerId> partners,
            Set<CountryCode> countries, Optional<ProgrammeId> programme, Set<Area> areas, List<String> goals,
            Budget budget, boolean externalFundingExplored, boolean budgetedInUnitPlan, LocalDate registeredOn) {
        return new Project(id, municipality, parent, title, kind, owningUnit, committee, participants, partners,
                countries, programme, areas, goals, budget, externalFundingExplored, budgetedInUnitPlan,
                registeredOn, ProjectStatus.IDEA, List.of(), 0);
    }

    /** Rebuilds a stored project, checking every invariant again; for repositories and imports. */
    public static Project restore(ProjectId id, MunicipalityCode municipality, Optional<ProjectId> parent,
            String title, ProjectKind kind, String owningUnit, String committee, List<String> participants,
            Set<PartnerId> partners, Set<CountryCode> countries, Optional<ProgrammeId> programme, Set<Area> areas,
            List<String> goals, Budget budget, boolean externalFundingExplored, boolean budgetedInUnitPlan,
            LocalDate registeredOn, ProjectStatus status, List<ProjectStep> history, long version) {
        return new Project(id, municipality, parent, title, kind, owningUnit, committee, participants, partners,
                countries, programme, areas, goals, budget, externalFundingExplored, budgetedInUnitPlan,
                registeredOn, status, history, version);
    }

    /** The unit asks the executive board to approve an application (R7), with goals and parties in place (R13). */
    public Outcome<Project> requestApproval(LocalDate on, PolicyProfile profile) {
        List<Refusal> refusals = lifecycle(ProjectStatus.APPROVAL_REQUESTED, on);
        refusals.addAll(cooperationRules(profile));
        return Outcome.unless(refusals, () -> step(ProjectStatus.APPROVAL_REQUESTED, on, Optional.empty()));
    }

    /** The executive board's approval of the application; under R7 no other body may give it. */
    public Outcome<Project> approveApplication(Decision decision, PolicyProfile profile) {
        checkNotNull(decision, "decision is required");
        List<Refusal> refusals = lifecycle(ProjectStatus.APPROVED_FOR_APPLICATION, decision.date());
        if (profile.has(RuleId.R7) && !decision.decidedBy().isExecutiveBoard()) {
            refusals.add(Refusal.by(RuleId.R7, "the executive board approves applications; this decision is by "
                    + decision.decidedBy().name()));
        }
        return Outcome.unless(refusals,
                () -> step(ProjectStatus.APPROVED_FOR_APPLICATION, decision.date(), Optional.of(decision)));
    }

    /**
     * Submits the application to the funding programme. Under R7 only an application the executive board approved
     * may go, unless the project is a pre-study.
     */
    public Outcome<Project> submitApplication(LocalDate on, PolicyProfile profile) {
        checkNotNull(profile, "profile is required");
        List<Refusal> refusals = lifecycle(ProjectStatus.APPLIED, on);
        if (programme.isEmpty()) {
            refusals.add(Refusal.lifecycle("an application needs a funding programme to go to"));
        }
        if (status == ProjectStatus.IDEA && profile.has(RuleId.R7) && kind != ProjectKind.PRE_STUDY) {
            refusals.add(Refusal.by(RuleId.R7, "the executive board must approve the application before it is"
                    + " submitted; only pre-studies are exempt"));
        }
        if (kind != ProjectKind.PRE_STUDY) {
            refusals.addAll(cooperationRules(profile));
        }
        return Outcome.unless(refusals, () -> step(ProjectStatus.APPLIED, on, Optional.empty()));
    }

    /** The funder grants the application, for the amount it granted. */
    public Outcome<Project> grant(LocalDate on, Money granted) {
        checkNotNull(granted, "granted amount is required");
        List<Refusal> refusals = lifecycle(ProjectStatus.GRANTED, on);
        if (granted.isNegative()) {
            refusals.add(Refusal.lifecycle("a granted amount cannot be negative"));
        } else if (granted.currency().equals(budget.total().currency()) && granted.compareTo(budget.total()) > 0) {
            refusals.add(Refusal.lifecycle("the granted " + granted + " exceeds the project's total budget "
                    + budget.total()));
        }
        return Outcome.unless(refusals, () -> step(ProjectStatus.GRANTED, on, Optional.empty())
                .withBudget(budget.withExternalFunding(granted)));
    }

    public Outcome<Project> reject(LocalDate on) {
        return Outcome.unless(lifecycle(ProjectStatus.REJECTED, on),
                () -> step(ProjectStatus.REJECTED, on, Optional.empty()));
    }

    public Outcome<Project> withdraw(LocalDate on) {
        return Outcome.unless(lifecycle(ProjectStatus.WITHDRAWN, on),
                () -> step(ProjectStatus.WITHDRAWN, on, Optional.empty()));
    }

    /**
     * Starts the work: a granted project, or one the unit carries on its own budget. The owning unit must have
     * budgeted it in its plan (R15); a project started without external funding must have explored it (R12).
     */
    public Outcome<Project> start(LocalDate on, PolicyProfile profile) {
        List<Refusal> refusals = lifecycle(ProjectStatus.RUNNING, on);
        if (status == ProjectStatus.IDEA) {
            refusals.addAll(cooperationRules(profile));
        }
        if (profile.has(RuleId.R15) && !budgetedInUnitPlan) {
            refusals.add(Refusal.by(RuleId.R15, owningUnit + " must budget the project in its own plan"));
        }
        return Outcome.unless(refusals, () -> step(ProjectStatus.RUNNING, on, Optional.empty()));
    }

    public Outcome<Project> complete(LocalDate on) {
        return Outcome.unless(lifecycle(ProjectStatus.COMPLETED, on),
                () -> step(ProjectStatus.COMPLETED, on, Optional.empty()));
    }

    public Outcome<Project> submitFinalReport(LocalDate on) {
        return Outcome.unless(lifecycle(ProjectStatus.FINAL_REPORT_SUBMITTED, on),
                () -> step(ProjectStatus.FINAL_REPORT_SUBMITTED, on, Optional.empty()));
    }

    /** Whether the lifecycle allows the step to {@code to}, and on a day no earlier than the last step's. */
    private List<Refusal> lifecycle(ProjectStatus to, LocalDate on) {
        checkNotNull(on, "the step's day is required");
        List<Refusal> refusals = new ArrayList<>();
        if (!STEPS.get(status).contains(to)) {
            refusals.add(Refusal.lifecycle("a project that is " + describe(status) + " cannot become "
                    + describe(to)));
        }
        LocalDate last = history.isEmpty() ? registeredOn : history.get(history.size() - 1).on();
        if (on.isBefore(last)) {
            refusals.add(Refusal.lifecycle("the step to " + describe(to) + " on " + on + " cannot come before the"
                    + " project's last step on " + last));
        }
        return refusals;
    }

    private static String describe(ProjectStatus s) {
        return s.name().toLowerCase().replace('_', ' ');
    }

    /** R12 and R13, which every project cooperation must meet before it goes ahead. */
    private List<Refusal> cooperationRules(PolicyProfile profile) {
        List<Refusal> refusals = new ArrayList<>();
        if (profile.has(RuleId.R13) && goals.isEmpty()) {
            refusals.add(Refusal.by(RuleId.R13, "project cooperation needs clear goals"));
        }
        if (profile.has(RuleId.R13) && participants.size() < 2) {
            refusals.add(Refusal.by(RuleId.R13, "project cooperation needs more than one participating party"));
        }
        if (profile.has(RuleId.R12) && !externalFundingExplored) {
            refusals.add(Refusal.by(RuleId.R12, "the possibility of external funding must be explored first"));
        }
        return refusals;
    }

    private Project step(ProjectStatus to, LocalDate on, Optional<Decision> decision) {
        checkNotNull(on, "date is required");
        List<ProjectStep> next = new ArrayList<>(history);
        next.add(new ProjectStep(status, to, on, decision));
        return new Project(id, municipality, parent, title, kind, owningUnit, committee, participants, partners,
                countries, programme, areas, goals, budget, externalFundingExplored, budgetedInUnitPlan,
                registeredOn, to, next, version);
    }

    private Project withBudget(Budget newBudget) {
        return new Project(id, municipality, parent, title, kind, owningUnit, committee, participants, partners,
                countries, programme, areas, goals, newBudget, externalFundingExplored, budgetedInUnitPlan,
                registeredOn, status, history, version);
    }

    /** The same project at another stored version; for repositories. */
    public Project withVersion(long newVersion) {
        return new Project(id, municipality, parent, title, kind, owningUnit, committee, participants, partners,
                countries, programme, areas, goals, budget, externalFundingExplored, budgetedInUnitPlan,
                registeredOn, status, history, newVersion);
    }

    /** The day the project reached {@code s}, if it has. */
    public Optional<LocalDate> reached(ProjectStatus s) {
        return history.stream().filter(step -> step.to() == s).findFirst().map(ProjectStep::on);
    }

    /** Whether the project was running (or being closed) in {@code year}. */
    public boolean activeIn(int year) {
        Optional<LocalDate> started = reached(ProjectStatus.RUNNING);
        Optional<LocalDate> completed = reached(ProjectStatus.COMPLETED);
        return started.map(s -> s.getYear() <= year).orElse(false)
                && completed.map(c -> c.getYear() >= year).orElse(true);
    }

    public ProjectId id() {
        return id;
    }

    public MunicipalityCode municipality() {
        return municipality;
    }

    public Optional<ProjectId> parent() {
        return parent;
    }

    public String title() {
        return title;
    }

    public ProjectKind kind() {
        return kind;
    }

    public String owningUnit() {
        return owningUnit;
    }

    public String committee() {
        return committee;
    }

    public ImmutableList<String> participants() {
        return participants;
    }

    public ImmutableSet<PartnerId> partners() {
        return partners;
    }

    public ImmutableSet<CountryCode> countries() {
        return countries;
    }

    public Optional<ProgrammeId> programme() {
        return programme;
    }

    public ImmutableSet<Area> areas() {
        return areas;
    }

    public ImmutableList<String> goals() {
        return goals;
    }

    public Budget budget() {
        return budget;
    }

    public boolean externalFundingExplored() {
        return externalFundingExplored;
    }

    public boolean budgetedInUnitPlan() {
        return budgetedInUnitPlan;
    }

    public LocalDate registeredOn() {
        return registeredOn;
    }

    public ProjectStatus status() {
        return status;
    }

    public ImmutableList<ProjectStep> history() {
        return history;
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return title + " (" + owningUnit + ", " + status + ")";
    }
}
