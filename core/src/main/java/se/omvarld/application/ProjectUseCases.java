package se.omvarld.application;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Currency;
import java.util.Optional;
import se.omvarld.domain.policy.Outcome;
import se.omvarld.domain.policy.PolicyProfile;
import se.omvarld.domain.project.Budget;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.shared.Body;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Decision;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.PartnerId;
import se.omvarld.domain.shared.ProgrammeId;
import se.omvarld.domain.shared.ProjectId;

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
            Optional<ProgrammeId> programme = input.field("programmeId",
                    () -> Optional.ofNullable(command.programmeId()).map(ProgrammeId::of));
            ImmutableSet<PartnerId> partners = input.field("partnerIds",
                    () -> command.partnerIds().stream().map(PartnerId::of).collect(ImmutableSet.toImmutableSet()));
            ImmutableSet<CountryCode> countries = input.field("countries",
                    () -> command.countries().stream().map(CountryCode::of).collect(ImmutableSet.toImmutableSet()));
            Budget budget = input.field("budget", () -> new Budget(money(command.total()),
                    money(command.externalFunding()), money(command.ownContribution())));
            input.check();
            var organisation = ports.municipalities().find(municipality);
            if (organisation.isEmpty()) {
                return new Result.NotFound<>("municipality", municipality.value());
            }
            Optional<String> committee = organisation.get().committeeOf(command.owningUnit());
            if (committee.isEmpty()) {
                return new Result.NotFound<>("unit", command.owningUnit());
            }
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
            Project idea = input.field("project", () -> Project.idea(new ProjectId(ports.ids().next()), municipality,
                    parent, command.title(), command.kind(), command.owningUnit(), committee.get(),
                    command.participants(), partners, countries, programme, command.areas(), command.goals(), budget,
                    command.externalFundingExplored(), command.budgetedInUnitPlan(), command.registeredOn()));
            input.check();
            Project saved = ports.projects().save(idea);
            execution.audit(municipality, command.actor(), PROJECT, saved.id().toString(), saved.version(),
                    "register-idea", "registered " + saved.kind() + " '" + saved.title() + "' for "
                            + saved.owningUnit());
            return new Result.Ok<>(saved);
        });
    }

    public Result<Project> advance(ProjectCommands.Advance command) {
        return execution.run(command, () -> {
            Input input = new Input();
            MunicipalityCode municipality = input.field("municipality", () -> MunicipalityCode.of(command.municipality()));
            ProjectId id = input.field("projectId", () -> ProjectId.of(command.projectId()));
            Decision decision = command.step() == ProjectCommands.Step.APPROVE_APPLICATION
                    ? input.field("decidedBy", () -> new Decision(new Body(command.decidedByKind(),
                            command.decidedByName()), command.on(),
                            Optional.ofNullable(command.reference()).filter(r -> !r.isBlank())))
                    : null;
            Money granted = command.step() == ProjectCommands.Step.GRANT
                    ? input.field("granted", () -> money(checkNotNull(command.granted(),
                            "the granted amount is required to grant a project")))
                    : null;
            input.check();
            String description = command.step().name().toLowerCase().replace('_', ' ') + " on " + command.on()
                    + (granted != null ? ", granted " + granted : "")
                    + (decision != null ? " by " + decision.decidedBy().name() : "");
            return execution.change(new Execution.Change(PROJECT, municipality, id.toString(),
                    command.expectedVersion(), command.actor(), command.step().name().toLowerCase(), description),
                    ports.projects().find(municipality, id), Project::version,
                    (project, profile) -> step(project, profile, command, decision, granted),
                    ports.projects()::save);
        });
    }

    private static Outcome<Project> step(Project project, PolicyProfile profile, ProjectCommands.Advance command,
            Decision decision, Money granted) {
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
                return project.start(command.on(), profile);
            case COMPLETE:
                return project.complete(command.on());
            case SUBMIT_FINAL_REPORT:
                return project.submitFinalReport(command.on());
            default:
                throw new IllegalStateException("unknown step " + command.step());
        }
    }

    static Money money(ProjectCommands.Amount amount) {
        return Money.of(amount.amount(), Currency.getInstance(amount.currency()));
    }
}
