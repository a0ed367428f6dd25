package se.omvarld.domain.project;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.omvarld.domain.policy.CountryAssessmentTable;
import se.omvarld.domain.policy.DemocracyPlan;
import se.omvarld.domain.policy.DemocracyRule;
import se.omvarld.domain.policy.Outcome;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.policy.Refusal;
import se.omvarld.domain.policy.Verdict;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Decision;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnerId;
import se.omvarld.domain.shared.ProgrammeId;
import se.omvarld.domain.shared.ProjectId;
import se.omvarld.domain.shared.Text;
import se.omvarld.domain.shared.UnitId;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;

/**
 * An international project (projekt), owned by a unit and the committee above it. The rules it answers to are each
 * one policy class beside it: the owning unit budgets it in its own plan ({@link UnitBudgetRule}, R15); applications
 * need the executive board's approval first, pre-studies aside ({@link BoardApprovalRule}, R7); cooperation needs
 * clear goals and more than one party ({@link ProjectCooperationRule}, R13); external funding is examined or
 * preferred ({@link ExternalFundingRule}, R12); partners in non-democratic countries call for a democracy plan before
 * the work starts ({@link DemocracyRule}, R2). A project may be part of a larger one ({@link #parent}); statistics
 * count such a family once. It refers to its owning unit by the unit's stable id, so a unit renamed keeps its
 * projects. Built with {@link #builder()}.
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
    private final UnitId owningUnit;
    private final CommitteeId committee;
    private final ImmutableList<String> participants;
    private final ImmutableSet<PartnerId> partners;
    private final ImmutableSet<CountryCode> countries;
    private final Optional<ProgrammeId> programme;
    private final ImmutableSet<Area> areas;
    private final ImmutableList<String> goals;
    private final Budget budget;
    private final boolean externalFundingExplored;
    private final boolean budgetedInUnitPlan;
    private final ImmutableList<DemocracyPlan> democracyPlans;
    private final LocalDate registeredOn;
    private final ProjectStatus status;
    private final ImmutableList<ProjectStep> history;
    private final long version;

    private Project(Builder b) {
        this.id = checkNotNull(b.id, "project id is required");
        this.municipality = checkNotNull(b.municipality, "municipality is required");
        this.parent = checkNotNull(b.parent, "parent is required (may be empty)");
        checkArgument(parent.map(p -> !p.equals(id)).orElse(true), "a project cannot be its own parent");
        this.title = Text.name("title", b.title);
        this.kind = checkNotNull(b.kind, "project kind is required");
        this.owningUnit = checkNotNull(b.owningUnit, "owning unit is required");
        this.committee = checkNotNull(b.committee, "committee is required");
        this.participants = checkNotNull(b.participants, "participants are required").stream()
                .map(p -> Text.required("participant", p)).collect(ImmutableList.toImmutableList());
        checkArgument(!this.participants.isEmpty(), "participants must name at least the owning unit");
        this.partners = ImmutableSet.copyOf(checkNotNull(b.partners, "partners are required"));
        this.countries = ImmutableSet.copyOf(checkNotNull(b.countries, "countries are required"));
        this.programme = checkNotNull(b.programme, "programme is required (may be empty)");
        this.areas = Sets.immutableEnumSet(checkNotNull(b.areas, "areas are required"));
        this.goals = checkNotNull(b.goals, "goals are required").stream().map(g -> Text.required("goal", g))
                .collect(ImmutableList.toImmutableList());
        this.budget = checkNotNull(b.budget, "budget is required");
        this.externalFundingExplored = b.externalFundingExplored;
        this.budgetedInUnitPlan = b.budgetedInUnitPlan;
        this.democracyPlans = ImmutableList.sortedCopyOf(Comparator.comparing(DemocracyPlan::adoptedOn),
                checkNotNull(b.democracyPlans, "democracy plans are required (may be empty)"));
        this.registeredOn = checkNotNull(b.registeredOn, "registeredOn is required");
        this.status = checkNotNull(b.status, "status is required");
        this.history = ImmutableList.copyOf(checkNotNull(b.history, "history is required"));
        checkArgument(b.version >= 0, "version must not be negative");
        this.version = b.version;
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

    /** A builder for a new idea (no history, version 0), or, with its status and history, a stored project. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this project's values, for repositories that rebuild or change one. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.municipality = municipality;
        b.parent = parent;
        b.title = title;
        b.kind = kind;
        b.owningUnit = owningUnit;
        b.committee = committee;
        b.participants = participants;
        b.partners = partners;
        b.countries = countries;
        b.programme = programme;
        b.areas = areas;
        b.goals = goals;
        b.budget = budget;
        b.externalFundingExplored = externalFundingExplored;
        b.budgetedInUnitPlan = budgetedInUnitPlan;
        b.democracyPlans = democracyPlans;
        b.registeredOn = registeredOn;
        b.status = status;
        b.history = history;
        b.version = version;
        return b;
    }

    /** The unit asks the executive board to approve an application (R7), with goals and parties in place (R13). */
    public Outcome<Project> requestApproval(LocalDate on, PolicyProfile profile) {
        return lifecycle(ProjectStatus.APPROVAL_REQUESTED, on)
                .and(ProjectCooperationRule.beforeGoingAhead(profile, this))
                .and(ExternalFundingRule.beforeGoingAhead(profile, this))
                .outcome(() -> step(ProjectStatus.APPROVAL_REQUESTED, on, Optional.empty()));
    }

    /** The executive board's approval of the application; under R7 no other body may give it. */
    public Outcome<Project> approveApplication(Decision decision, PolicyProfile profile) {
        checkNotNull(decision, "decision is required");
        return lifecycle(ProjectStatus.APPROVED_FOR_APPLICATION, decision.date())
                .and(BoardApprovalRule.onApproval(profile, decision))
                .outcome(() -> step(ProjectStatus.APPROVED_FOR_APPLICATION, decision.date(), Optional.of(decision)));
    }

    /**
     * Submits the application to the funding programme. Under R7 only an application the executive board approved
     * may go, unless the project is a pre-study; R13 asks for goals and parties except of a pre-study.
     */
    public Outcome<Project> submitApplication(LocalDate on, PolicyProfile profile) {
        checkNotNull(profile, "profile is required");
        Verdict verdict = lifecycle(ProjectStatus.APPLIED, on);
        if (programme.isEmpty()) {
            verdict = verdict.and(Verdict.refusal(Refusal.lifecycle(Wording.of(WordingKey.REFUSAL_PROJECT_NO_PROGRAMME,
                    "an application needs a funding programme to go to"))));
        }
        verdict = verdict.and(BoardApprovalRule.beforeSubmission(profile, this));
        if (kind != ProjectKind.PRE_STUDY) {
            verdict = verdict.and(ProjectCooperationRule.beforeGoingAhead(profile, this));
        }
        return verdict.outcome(() -> step(ProjectStatus.APPLIED, on, Optional.empty()));
    }

    /** The funder grants the application, for the amount it granted. */
    public Outcome<Project> grant(LocalDate on, Money granted) {
        checkNotNull(granted, "granted amount is required");
        Verdict verdict = lifecycle(ProjectStatus.GRANTED, on);
        if (granted.isNegative()) {
            verdict = verdict.and(Verdict.refusal(Refusal.lifecycle(Wording.of(
                    WordingKey.REFUSAL_PROJECT_NEGATIVE_GRANT, "a granted amount cannot be negative"))));
        } else if (granted.currency().equals(budget.total().currency()) && granted.compareTo(budget.total()) > 0) {
            verdict = verdict.and(Verdict.refusal(Refusal.lifecycle(Wording.of(
                    WordingKey.REFUSAL_PROJECT_GRANT_EXCEEDS_BUDGET, "the granted " + granted + " exceeds the"
                    + " project's total budget " + budget.total(), granted, budget.total()))));
        }
        return verdict.outcome(() -> step(ProjectStatus.GRANTED, on, Optional.empty()).toBuilder()
                .budget(budget.withExternalFunding(granted)).build());
    }

    public Outcome<Project> reject(LocalDate on) {
        return lifecycle(ProjectStatus.REJECTED, on).outcome(() -> step(ProjectStatus.REJECTED, on, Optional.empty()));
    }

    public Outcome<Project> withdraw(LocalDate on) {
        return lifecycle(ProjectStatus.WITHDRAWN, on)
                .outcome(() -> step(ProjectStatus.WITHDRAWN, on, Optional.empty()));
    }

    /**
     * Starts the work: a granted project, or one the unit carries on its own budget. The owning unit has budgeted it
     * (R15); one started straight from an idea meets R12 and R13 as an application would; partners in a
     * non-democratic country call for a democracy plan adopted by the start (R2).
     */
    public Outcome<Project> start(LocalDate on, PolicyProfile profile, CountryAssessmentTable assessments) {
        Verdict verdict = lifecycle(ProjectStatus.RUNNING, on);
        if (status == ProjectStatus.IDEA) {
            verdict = verdict.and(ProjectCooperationRule.beforeGoingAhead(profile, this))
                    .and(ExternalFundingRule.beforeGoingAhead(profile, this));
        }
        return verdict.and(UnitBudgetRule.beforeStart(profile, this))
                .and(DemocracyRule.beforeCommitment(profile, DemocracyRule.Commitment.PROJECT, countries,
                        democracyPlans, assessments, on))
                .outcome(() -> step(ProjectStatus.RUNNING, on, Optional.empty()));
    }

    public Outcome<Project> complete(LocalDate on) {
        return lifecycle(ProjectStatus.COMPLETED, on)
                .outcome(() -> step(ProjectStatus.COMPLETED, on, Optional.empty()));
    }

    public Outcome<Project> submitFinalReport(LocalDate on) {
        return lifecycle(ProjectStatus.FINAL_REPORT_SUBMITTED, on)
                .outcome(() -> step(ProjectStatus.FINAL_REPORT_SUBMITTED, on, Optional.empty()));
    }

    /** Records a democracy plan (R2) beside the earlier ones. */
    public Outcome<Project> recordDemocracyPlan(DemocracyPlan plan) {
        checkNotNull(plan, "democracy plan is required");
        if (plan.adoptedOn().isBefore(registeredOn)) {
            return Outcome.refused(Refusal.lifecycle(Wording.of(WordingKey.REFUSAL_PROJECT_PLAN_BEFORE_REGISTRATION,
                    "a democracy plan of " + plan.adoptedOn() + " cannot come before the project was registered on "
                    + registeredOn, plan.adoptedOn(), registeredOn)));
        }
        List<DemocracyPlan> more = new ArrayList<>(democracyPlans);
        more.add(plan);
        return Outcome.accepted(toBuilder().democracyPlans(more).build());
    }

    /** Whether the lifecycle allows the step to {@code to}, and on a day no earlier than the last step's. */
    private Verdict lifecycle(ProjectStatus to, LocalDate on) {
        checkNotNull(on, "the step's day is required");
        Verdict verdict = Verdict.NONE;
        if (!STEPS.get(status).contains(to)) {
            verdict = Verdict.refusal(Refusal.lifecycle(Wording.of(WordingKey.REFUSAL_PROJECT_STEP_NOT_ALLOWED,
                    "a project that is " + describe(status) + " cannot become " + describe(to), status, to)));
        }
        LocalDate last = lastStepOn();
        if (on.isBefore(last)) {
            verdict = verdict.and(Verdict.refusal(Refusal.lifecycle(Wording.of(
                    WordingKey.REFUSAL_PROJECT_STEP_BEFORE_LAST, "the step to " + describe(to) + " on " + on
                    + " cannot come before the project's last step on " + last, to, on, last))));
        }
        return verdict;
    }

    /**
     * The statuses the lifecycle lets this project move to next (none once it is closed): which steps a page offers.
     * A step offered may still be refused by a rule of the policy when it is taken.
     */
    public ImmutableSet<ProjectStatus> nextStatuses() {
        return Sets.immutableEnumSet(STEPS.get(status));
    }

    /** The day of the last step, or of the registration. */
    public LocalDate lastStepOn() {
        return history.isEmpty() ? registeredOn : history.get(history.size() - 1).on();
    }

    private static String describe(ProjectStatus s) {
        return s.name().toLowerCase().replace('_', ' ');
    }

    private Project step(ProjectStatus to, LocalDate on, Optional<Decision> decision) {
        checkNotNull(on, "date is required");
        List<ProjectStep> next = new ArrayList<>(history);
        next.add(new ProjectStep(status, to, on, decision));
        return toBuilder().status(to).history(next).build();
    }

    /** The same project at another stored version; for repositories. */
    public Project withVersion(long newVersion) {
        return toBuilder().version(newVersion).build();
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

    /** The stable id of the owning unit; its name today is the municipality's to tell. */
    public UnitId owningUnit() {
        return owningUnit;
    }

    /** The committee above the owning unit, which owns and finances the project. */
    public CommitteeId committee() {
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

    /** Every democracy plan recorded (R2), oldest first. */
    public ImmutableList<DemocracyPlan> democracyPlans() {
        return democracyPlans;
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

    /**
     * Names every value of a project, so none can be swapped by position. Without a status and history it builds a
     * new idea; {@link #build()} checks every invariant.
     */
    public static final class Builder {
        private ProjectId id;
        private MunicipalityCode municipality;
        private Optional<ProjectId> parent = Optional.empty();
        private String title;
        private ProjectKind kind;
        private UnitId owningUnit;
        private CommitteeId committee;
        private List<String> participants = List.of();
        private Set<PartnerId> partners = Set.of();
        private Set<CountryCode> countries = Set.of();
        private Optional<ProgrammeId> programme = Optional.empty();
        private Set<Area> areas = Set.of();
        private List<String> goals = List.of();
        private Budget budget;
        private boolean externalFundingExplored;
        private boolean budgetedInUnitPlan;
        private List<DemocracyPlan> democracyPlans = List.of();
        private LocalDate registeredOn;
        private ProjectStatus status = ProjectStatus.IDEA;
        private List<ProjectStep> history = List.of();
        private long version;

        private Builder() {
        }

        public Builder id(ProjectId value) {
            id = value;
            return this;
        }

        public Builder municipality(MunicipalityCode value) {
            municipality = value;
            return this;
        }

        public Builder parent(Optional<ProjectId> value) {
            parent = value;
            return this;
        }

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder kind(ProjectKind value) {
            kind = value;
            return this;
        }

        /** The owning unit, by its stable id, and the committee above it. */
        public Builder owner(UnitId unit, CommitteeId unitsCommittee) {
            owningUnit = unit;
            committee = unitsCommittee;
            return this;
        }

        public Builder participants(List<String> value) {
            participants = value;
            return this;
        }

        public Builder partners(Set<PartnerId> value) {
            partners = value;
            return this;
        }

        public Builder countries(Set<CountryCode> value) {
            countries = value;
            return this;
        }

        public Builder programme(Optional<ProgrammeId> value) {
            programme = value;
            return this;
        }

        public Builder areas(Set<Area> value) {
            areas = value;
            return this;
        }

        public Builder goals(List<String> value) {
            goals = value;
            return this;
        }

        public Builder budget(Budget value) {
            budget = value;
            return this;
        }

        /** R12: the unit has examined external funding (having a programme counts as well). */
        public Builder externalFundingExplored(boolean value) {
            externalFundingExplored = value;
            return this;
        }

        /** R15: the owning unit has budgeted the project in its own plan. */
        public Builder budgetedInUnitPlan(boolean value) {
            budgetedInUnitPlan = value;
            return this;
        }

        public Builder democracyPlans(List<DemocracyPlan> value) {
            democracyPlans = value;
            return this;
        }

        public Builder registeredOn(LocalDate value) {
            registeredOn = value;
            return this;
        }

        /** A stored project's status, with the history that led there. */
        public Builder status(ProjectStatus value, List<ProjectStep> steps) {
            status = value;
            history = steps;
            return this;
        }

        private Builder status(ProjectStatus value) {
            status = value;
            return this;
        }

        private Builder history(List<ProjectStep> value) {
            history = value;
            return this;
        }

        public Builder version(long value) {
            version = value;
            return this;
        }

        public Project build() {
            return new Project(this);
        }
    }
}
