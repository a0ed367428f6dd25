package se.omvarld.adapter.http.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import se.omvarld.application.ProjectCommands;
import se.omvarld.domain.policy.Advice;
import se.omvarld.domain.policy.DemocracyPlan;
import se.omvarld.domain.project.Budget;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectKind;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.project.ProjectStep;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.Money;
import se.omvarld.port.ProjectSummary;

/** Maps the project DTOs to the core's commands, and the core's values to the DTOs. */
@Mapper(uses = CommonMapper.class)
public interface ProjectMapper {

    @Mapping(target = "actor", source = "actor")
    @Mapping(target = "municipality", source = "municipality")
    ProjectCommands.RegisterIdea command(ProjectDtos.RegisterProjectRequest request, String actor,
            String municipality);

    ProjectCommands.Cooperation cooperation(ProjectDtos.ProjectCooperation cooperation);

    ProjectCommands.Funding funding(ProjectDtos.ProjectFunding funding);

    ProjectCommands.Amount amount(CommonDtos.Money money);

    @Mapping(target = "actor", source = "actor")
    @Mapping(target = "municipality", source = "municipality")
    @Mapping(target = "projectId", source = "projectId")
    @Mapping(target = "expectedVersion", source = "expectedVersion")
    ProjectCommands.RecordDemocracyPlan command(PartnershipDtos.RecordDemocracyPlanRequest request, String actor,
            String municipality, String projectId, Long expectedVersion);

    /** A step that needs only its day. */
    @Mapping(target = "actor", source = "actor")
    @Mapping(target = "municipality", source = "municipality")
    @Mapping(target = "projectId", source = "projectId")
    @Mapping(target = "expectedVersion", source = "expectedVersion")
    @Mapping(target = "step", source = "step")
    @Mapping(target = "decidedByKind", ignore = true)
    @Mapping(target = "decidedByName", ignore = true)
    @Mapping(target = "reference", ignore = true)
    @Mapping(target = "granted", ignore = true)
    ProjectCommands.Advance command(ProjectDtos.ProjectStepRequest request, String actor, String municipality,
            String projectId, Long expectedVersion, ProjectCommands.Step step);

    /** The board's approval of an application: the step is taken on the decision's day. */
    @Mapping(target = "actor", source = "actor")
    @Mapping(target = "municipality", source = "municipality")
    @Mapping(target = "projectId", source = "projectId")
    @Mapping(target = "expectedVersion", source = "expectedVersion")
    @Mapping(target = "step", source = "step")
    @Mapping(target = "on", source = "request.decidedOn")
    @Mapping(target = "granted", ignore = true)
    ProjectCommands.Advance command(CommonDtos.DecisionRequest request, String actor, String municipality,
            String projectId, Long expectedVersion, ProjectCommands.Step step);

    @Mapping(target = "actor", source = "actor")
    @Mapping(target = "municipality", source = "municipality")
    @Mapping(target = "projectId", source = "projectId")
    @Mapping(target = "expectedVersion", source = "expectedVersion")
    @Mapping(target = "step", source = "step")
    @Mapping(target = "decidedByKind", ignore = true)
    @Mapping(target = "decidedByName", ignore = true)
    @Mapping(target = "reference", ignore = true)
    ProjectCommands.Advance command(ProjectDtos.GrantProjectRequest request, String actor, String municipality,
            String projectId, Long expectedVersion, ProjectCommands.Step step);

    @Mapping(target = "parentId", expression = "java(summary.parent().map(Object::toString).orElse(null))")
    @Mapping(target = "programmeId", expression = "java(summary.programme().map(Object::toString).orElse(null))")
    ProjectDtos.ProjectSummaryView view(ProjectSummary summary);

    ProjectDtos.ProjectBudgetView view(Budget budget);

    PartnershipDtos.DemocracyPlanView view(DemocracyPlan plan);

    ApiEnums.ProjectKind kind(ProjectKind kind);

    ApiEnums.ProjectStatus status(ProjectStatus status);

    ApiEnums.Area area(Area area);

    List<CommonDtos.AdviceView> advice(List<Advice> advice);

    /** An amount as the API writes it: its two decimals as text, never a binary fraction. */
    default CommonDtos.Money money(Money money) {
        return new CommonDtos.Money(money.amount().toPlainString(), money.currency().getCurrencyCode());
    }

    default ProjectDtos.ProjectStepView view(ProjectStep step) {
        CommonMapper common = CommonMapper.INSTANCE;
        return new ProjectDtos.ProjectStepView(status(step.from()), status(step.to()), step.on(),
                step.decision().map(common::decision).orElse(null));
    }

    /** A project is a class, not a record: its view is put together here, from the mapped parts. */
    default ProjectDtos.ProjectView view(Project p, List<Advice> advice) {
        return new ProjectDtos.ProjectView(p.id().toString(), p.parent().map(Object::toString).orElse(null),
                p.title(), kind(p.kind()), p.owningUnit().value(), p.committee().value(), p.participants(),
                texts(p.partners().stream().map(Object::toString)),
                texts(p.countries().stream().map(se.omvarld.domain.shared.CountryCode::value)), p.programme().map(Object::toString).orElse(null),
                p.areas().stream().map(this::area).collect(Collectors.toCollection(LinkedHashSet::new)), p.goals(),
                view(p.budget()), p.externalFundingExplored(), p.budgetedInUnitPlan(),
                p.democracyPlans().stream().map(this::view).toList(), p.registeredOn(), status(p.status()),
                p.history().stream().map(this::view).toList(), p.version(), advice(advice));
    }

    private static Set<String> texts(java.util.stream.Stream<String> values) {
        return values.collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
