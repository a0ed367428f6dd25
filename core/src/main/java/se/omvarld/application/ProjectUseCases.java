package se.omvarld.application;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Currency;
import java.util.Optional;
import se.omvarld.domain.municipality.Unit;
import se.omvarld.domain.policy.CountryAssessmentTable;
import se.omvarld.domain.policy.DemocracyPlan;
import se.omvarld.domain.policy.Outcome;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.project.Budget;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.CommitteeId;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Decision;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnerId;
import se.omvarld.domain.shared.ProgrammeId;
import se.omvarld.domain.shared.ProjectId;
import se.omvarld.domain.shared.Wording;
import se.omvarld.domain.shared.WordingKey;
import se.omvarld.port.Page;
import se.omvarld.port.PageRequest;
import se.omvarld.port.ProjectQuery;
import se.omvarld.port.ProjectSummary;

/**
 * Projects, from idea to final report: register an idea, ask the board, apply, record the funder's answer, run,
 * complete and report.
 */
public final class ProjectUseCases {

    private static final String PROJECT = "project";

    private final Ports ports;
    private final Execution execution;

    public ProjectUseCases(Ports ports) {
        this.ports = checkNotNull(ports, "ports are required");
        this.execution = new Execution(ports);
    }

    public Result<Project> registerIdea(ProjectCommands.RegisterIdea command) {
        return execution.run(command, () -> {
            Input input = new Input();
            MunicipalityCode municipality = input.field("municipality", () -> MunicipalityCode.of(command.municipality()));
            Optional<ProjectId> parent = input.field("parentId",
                    () -> Optional.ofNullable(command.parentId()).map(ProjectId::of));
            ProjectCommands.Cooperation cooperation = command.cooperation();
            ProjectCommands.Funding funding = command.funding();
            Optional<ProgrammeId> programme = input.field("funding.programmeId",
                    () -> Optional.ofNullable(funding.programmeId()).map(ProgrammeId::of));
            ImmutableSet<PartnerId> partners = input.field("cooperation.partnerIds", () -> cooperation.partnerIds()
                    .stream().map(PartnerId::of).collect(ImmutableSet.toImmutableSet()));
            ImmutableSet<CountryCode> countries = input.field("cooperation.countries", () -> cooperation.countries()
                    .stream().map(CountryCode::of).collect(ImmutableSet.toImmutableSet()));
            Budget budget = input.field("funding", () -> new Budget(money(funding.total()),
                    money(funding.externalFunding()), money(funding.ownContribution())));
            input.notAfter("registeredOn", command.registeredOn(), execution.today());
            input.check();
            var organisation = ports.municipalities().find(municipality);
            if (organisation.isEmpty()) {
                return new Result.NotFound<>("municipality", municipality.value());
            }
            Optional<Unit> unit = organisation.get().unitNamed(command.owningUnit().strip());
            if (unit.isEmpty()) {
                return new Result.NotFound<>("unit", command.owningUnit());
            }
            // Every unit is under an administration of its municipality, and every administration serves a committee.
            CommitteeId committee = organisation.get().committeeOf(unit.get().id()).orElseThrow();
            if (parent.isPresent() && ports.projects().find(municipality, parent.get()).isEmpty()) {
                return new Result.NotFound<>("parent project", parent.get().toString());
            }
            if (programme.isPresent() && ports.funding().findProgramme(municipality, programme.get()).isEmpty()) {
                return new Result.NotFound<>("programme", programme.get().toString());
            }
            for (PartnerId partner : partners) {
                if (ports.partners().find(municipality, partner).isEmpty()) {
                    return new Result.NotFound<>("partner", partner.toString());
                }
            }
            ProjectId projectId = new ProjectId(ports.ids().next());
            Project idea = input.field("project", () -> Project.builder().id(projectId)
                    .municipality(municipality).parent(parent).title(command.title()).kind(command.kind())
                    .owner(unit.get().id(), committee).participants(cooperation.participants())
                    .partners(partners).countries(countries).areas(cooperation.areas()).goals(cooperation.goals())
                    .programme(programme).budget(budget).externalFundingExplored(funding.externalFundingExplored())
                    .budgetedInUnitPlan(funding.budgetedInUnitPlan()).registeredOn(command.registeredOn()).build());
            input.check();
            Project saved = ports.projects().save(idea);
            execution.audit(municipality, command.actor(), PROJECT, saved.id().toString(), saved.version(),
                    "register-idea", Wording.of(WordingKey.AUDIT_PROJECT_REGISTERED, "registered " + saved.kind()
                            + " '" + saved.title() + "' for " + unit.get().name(), saved.kind(), saved.title(),
                            unit.get().name()));
            return new Result.Ok<>(saved);
        });
    }

    public Result<Project> advance(ProjectCommands.Advance command) {
        return execution.run(command, () -> {
            Input input = new Input();
            MunicipalityCode municipality = input.field("municipality", () -> MunicipalityCode.of(command.municipality()));
            ProjectId id = input.field("projectId", () -> ProjectId.of(command.projectId()));
            boolean approval = command.step() == ProjectCommands.Step.APPROVE_APPLICATION;
            Decision decision = approval
                    && input.required("decidedByKind", command.decidedByKind(), Input.REQUIRED_TO_APPROVE) != null
                    && input.required("decidedByName", command.decidedByName(), Input.REQUIRED_TO_APPROVE) != null
                    ? input.field("decidedBy", () -> new Decision(new Body(command.decidedByKind(),
                            command.decidedByName()), command.on(),
                            Optional.ofNullable(command.reference()).filter(r -> !r.isBlank())))
                    : null;
            Money granted = command.step() == ProjectCommands.Step.GRANT
                    && input.required("granted", command.granted(), Wording.of(WordingKey.FIELD_REQUIRED_TO_GRANT,
                            "is required to grant a project")) != null
                    ? input.field("granted", () -> money(command.granted()))
                    : null;
            input.notAfter("on", command.on(), execution.today());
            input.check();
            String english = command.step().name().toLowerCase().replace('_', ' ') + " on " + command.on()
                    + (granted != null ? ", granted " + granted : "")
                    + (decision != null ? " by " + decision.decidedBy().name() : "");
            Wording description = granted != null
                    ? Wording.of(WordingKey.AUDIT_PROJECT_STEP_GRANTED, english, command.step().to(), command.on(),
                            granted)
                    : decision != null
                            ? Wording.of(WordingKey.AUDIT_PROJECT_STEP_DECIDED, english, command.step().to(),
                                    command.on(), decision.decidedBy().name())
                            : Wording.of(WordingKey.AUDIT_PROJECT_STEP, english, command.step().to(), command.on());
            return execution.change(new Execution.Change(PROJECT, municipality, id.toString(),
                    command.expectedVersion(), command.actor(), command.step().name().toLowerCase(), description),
                    ports.projects().find(municipality, id), Project::version,
                    (project, profile) -> step(project, profile, ports.countryAssessments()::history, command,
                            decision, granted),
                    ports.projects()::save);
        });
    }

    private static Outcome<Project> step(Project project, PolicyProfile profile, CountryAssessmentTable assessments,
            ProjectCommands.Advance command, Decision decision, Money granted) {
        switch (command.step()) {
            case REQUEST_APPROVAL:
                return project.requestApproval(command.on(), profile);
            case APPROVE_APPLICATION:
                return project.approveApplication(decision, profile);
            case SUBMIT_APPLICATION:
                return project.submitApplication(command.on(), profile);
            case GRANT:
                return project.grant(command.on(), granted);
            case REJECT:
                return project.reject(command.on());
            case WITHDRAW:
                return project.withdraw(command.on());
            case START:
                return project.start(command.on(), profile, assessments);
            case COMPLETE:
                return project.complete(command.on());
            case SUBMIT_FINAL_REPORT:
                return project.submitFinalReport(command.on());
            default:
                throw new IllegalStateException("unknown step " + command.step());
        }
    }

    /** Records a democracy plan (R2) for a project with partners in non-democratic countries. */
    public Result<Project> recordDemocracyPlan(ProjectCommands.RecordDemocracyPlan command) {
        return execution.run(command, () -> {
            Input input = new Input();
            MunicipalityCode municipality = input.field("municipality", () -> MunicipalityCode.of(command.municipality()));
            ProjectId id = input.field("projectId", () -> ProjectId.of(command.projectId()));
            DemocracyPlan plan = input.field("democracyPlan",
                    () -> new DemocracyPlan(command.reflection(), command.adoptedOn()));
            input.notAfter("adoptedOn", command.adoptedOn(), execution.today());
            input.check();
            return execution.change(new Execution.Change(PROJECT, municipality, id.toString(),
                    command.expectedVersion(), command.actor(), "record-democracy-plan",
                    Wording.of(WordingKey.AUDIT_DEMOCRACY_PLAN_RECORDED, "recorded the democracy plan of "
                            + command.adoptedOn(), command.adoptedOn())),
                    ports.projects().find(municipality, id), Project::version,
                    (project, profile) -> project.recordDemocracyPlan(plan), ports.projects()::save);
        });
    }

    static Money money(ProjectCommands.Amount amount) {
        return Money.of(amount.amount(), Currency.getInstance(amount.currency()));
    }

    /** The project, read in one transaction (a project is read by several queries: one snapshot). */
    public Result<Project> find(MunicipalityCode municipality, ProjectId id) {
        return ports.transactions().inTransaction(() -> ports.projects().find(municipality, id)
                .<Result<Project>>map(Result.Ok::new)
                .orElseGet(() -> new Result.NotFound<>(PROJECT, id.toString())));
    }

    /** A page of the municipality's projects, by title, then id. */
    public Result<Page<Project>> page(MunicipalityCode municipality, PageRequest request) {
        return ports.transactions().inTransaction(() -> ports.municipalities().exists(municipality)
                ? new Result.Ok<>(ports.projects().page(municipality, request))
                : new Result.NotFound<>("municipality", municipality.value()));
    }

    /** A page of the municipality's list of projects as the query asks (filters and order): the API's list. */
    public Result<Page<ProjectSummary>> list(MunicipalityCode municipality, ProjectQuery query,
            PageRequest request) {
        return Listings.page(ports, municipality, () -> ports.projects().list(municipality, query, request));
    }

    /** The projects that are part of {@code parent}, by title, then id. */
    public Result<ImmutableList<Project>> children(MunicipalityCode municipality, ProjectId parent) {
        return ports.transactions().inTransaction(() -> ports.projects().find(municipality, parent).isPresent()
                ? new Result.Ok<>(ports.projects().children(municipality, parent))
                : new Result.NotFound<>(PROJECT, parent.toString()));
    }
}
