package se.omvarld.adapter.http.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import se.omvarld.adapter.http.Description;
import se.omvarld.adapter.http.MayBeAbsent;

/** The bodies of the project routes. */
public final class ProjectDtos {

    static final String UNIT_ID = "[a-z0-9]+(-[a-z0-9]+)*";

    private ProjectDtos() {
    }

    @Description("A project idea to register for a unit: a pre-study (förstudie), a project or an exchange.")
    public record RegisterProjectRequest(
            @Pattern(regexp = CommonDtos.UUID, message = "must be a UUID")
            @Description("The larger project this one is part of, if any.") String parentId,
            @NotBlank @Size(max = 200) String title,
            @NotNull ApiEnums.ProjectKind kind,
            @NotBlank @Size(max = 200)
            @Description("The owning unit, by its name today (e.g. Biblioteket).") String owningUnit,
            @NotNull @Valid ProjectCooperation cooperation,
            @NotNull @Valid ProjectFunding funding,
            @NotNull LocalDate registeredOn) {
    }

    /** Who takes part, where, in what, and to which goals (R13). */
    @Description("Who takes part, with which partners and countries, in which areas, and to which goals (R13).")
    @Description.Input
    public record ProjectCooperation(
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> participants,
            @NotNull @Size(max = 50) Set<@NotNull @Pattern(regexp = CommonDtos.UUID, message = "must be a UUID")
                    String> partnerIds,
            @NotNull @Size(max = 50) Set<@NotNull @Pattern(regexp = CommonDtos.COUNTRY,
                    message = "must be an ISO 3166-1 alpha-2 code") String> countries,
            @NotNull @Size(max = 20) Set<ApiEnums.@NotNull Area> areas,
            @NotNull @Size(max = 50) List<@NotBlank @Size(max = 4000) String> goals) {
    }

    /** The project's money and how it is funded (R12, R15). */
    @Description("The project's budget and how it is funded: its programme, whether external funding was examined"
            + " (R12) and whether the owning unit budgeted it in its plan (R15).")
    @Description.Input
    public record ProjectFunding(
            @Pattern(regexp = CommonDtos.UUID, message = "must be a UUID") String programmeId,
            @NotNull @Valid CommonDtos.Money total,
            @NotNull @Valid CommonDtos.Money externalFunding,
            @NotNull @Valid CommonDtos.Money ownContribution,
            boolean externalFundingExplored,
            boolean budgetedInUnitPlan) {
    }

    @Description("A step of a project's workflow and the day it was taken.")
    public record ProjectStepRequest(@NotNull LocalDate on) {
    }

    @Description("The funder's grant of a project's application: the day and the amount granted.")
    public record GrantProjectRequest(
            @NotNull LocalDate on,
            @NotNull @Valid CommonDtos.Money granted) {
    }

    @Description("A project's budget: the total, the external funding applied for or granted, and the"
            + " municipality's own contribution (egenfinansiering).")
    public record ProjectBudgetView(CommonDtos.Money total, CommonDtos.Money externalFunding,
            CommonDtos.Money ownContribution) {
    }

    @Description("One step of a project's workflow: from which status to which, on which day, and the decision"
            + " that took it, where a body decided.")
    public record ProjectStepView(ApiEnums.ProjectStatus from, ApiEnums.ProjectStatus to, LocalDate on,
            @MayBeAbsent CommonDtos.DecisionView decision) {
    }

    @Description("A project, whole.")
    public record ProjectView(String id, @MayBeAbsent String parentId, String title, ApiEnums.ProjectKind kind,
            String owningUnit, String committee, List<String> participants, Set<String> partnerIds,
            Set<String> countries, @MayBeAbsent String programmeId, Set<ApiEnums.Area> areas, List<String> goals,
            ProjectBudgetView budget, boolean externalFundingExplored, boolean budgetedInUnitPlan,
            List<PartnershipDtos.DemocracyPlanView> democracyPlans, LocalDate registeredOn,
            ApiEnums.ProjectStatus status, List<ProjectStepView> history, long version,
            List<CommonDtos.AdviceView> advice) {
    }

    @Description("One line of a list of projects.")
    public record ProjectSummaryView(String id, @MayBeAbsent String parentId, String title,
            ApiEnums.ProjectKind kind, ApiEnums.ProjectStatus status, String owningUnit, String committee,
            @MayBeAbsent String programmeId, Set<String> countries, CommonDtos.Money total, LocalDate registeredOn,
            long version) {
    }
}
