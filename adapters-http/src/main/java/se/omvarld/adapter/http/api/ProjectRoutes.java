package se.omvarld.adapter.http.api;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.mapstruct.factory.Mappers;
import se.omvarld.adapter.http.Access;
import se.omvarld.adapter.http.Exchange;
import se.omvarld.adapter.http.Outcomes;
import se.omvarld.adapter.http.Param;
import se.omvarld.adapter.http.Reply;
import se.omvarld.adapter.http.Route;
import se.omvarld.application.ProjectCommands;
import se.omvarld.application.Result;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.municipality.Unit;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectKind;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.ProgrammeId;
import se.omvarld.domain.shared.ProjectId;
import se.omvarld.domain.shared.UnitId;
import se.omvarld.port.Page;
import se.omvarld.port.ProjectQuery;
import se.omvarld.port.ProjectSummary;

/**
 * Projects, from idea to final report: register an idea, list, read, its parts and history, its democracy plan, and
 * each step of its workflow. A unit editor changes only its own unit's projects.
 */
public final class ProjectRoutes {

    private static final String BASE = PartnershipRoutes.BASE + "/projects";
    private static final String TAG = "Projects";
    private static final String ONE = BASE + "/{projectId}";

    private final ApiServices services;
    private final ProjectMapper map = Mappers.getMapper(ProjectMapper.class);
    private final CommonMapper common = Mappers.getMapper(CommonMapper.class);

    public ProjectRoutes(ApiServices services) {
        this.services = services;
    }

    public List<Route> routes() {
        return List.of(
                Route.post(BASE).operation("registerProject", "Register a project idea")
                        .description("Registers an idea for a pre-study, a project or an exchange, owned by the unit"
                                + " the body names (by its name today) and the committee above it.")
                        .tag(TAG).access(Access.UNIT_EDIT).body(ProjectDtos.RegisterProjectRequest.class)
                        .creates(ProjectDtos.ProjectView.class).handle(this::register),
                Route.get(BASE).operation("listProjects", "List the projects")
                        .description("A page of the municipality's projects, filtered by status, kind, owning unit,"
                                + " programme, country and the year they were registered, in the order sort names"
                                + " (by title unless it says otherwise).")
                        .tag(TAG).access(Access.READ).returnsPage(ProjectDtos.ProjectSummaryView.class)
                        .query(Param.oneOf("status", ApiEnums.ProjectStatus.class, "Only projects in this status."))
                        .query(Param.oneOf("kind", ApiEnums.ProjectKind.class, "Only projects of this kind."))
                        .query(Param.text("unit", ProjectDtos.UNIT_ID, "Only projects the unit with this id owns"
                                + " (e.g. biblioteket)."))
                        .query(Param.text("programme", CommonDtos.UUID, "Only projects funded from the programme"
                                + " with this id."))
                        .query(Param.text("country", CommonDtos.COUNTRY, "Only projects that cooperate with this"
                                + " country (ISO 3166-1 alpha-2)."))
                        .query(Param.integer("year", 1900, 2200, "Only projects registered in this year."))
                        .query(Param.oneOf("sort", ProjectQuery.Sort.class, "The order (default TITLE)."))
                        .handle(this::list),
                Route.get(ONE).operation("getProject", "Read a project")
                        .description("A project with its budget, democracy plans and the steps of its workflow.")
                        .tag(TAG).access(Access.READ).returns(ProjectDtos.ProjectView.class).handle(this::one),
                Route.get(ONE + "/children").operation("listProjectChildren", "List a project's parts")
                        .description("The projects that are part of this one, by title.")
                        .tag(TAG).access(Access.READ).returnsList(ProjectDtos.ProjectView.class)
                        .handle(this::children),
                Route.get(ONE + "/history").operation("getProjectHistory", "Read a project's history")
                        .description("Every change to the project from the audit trail: who, when, what.")
                        .tag(TAG).access(Access.READ).returnsList(CommonDtos.HistoryEntry.class)
                        .handle(this::history),
                Route.put(ONE + "/democracy-plan").operation("recordProjectDemocracyPlan",
                        "Record a project's democracy plan")
                        .description("Records the project's democracy plan (R2), for partners in a country that is"
                                + " not a democracy; a later one supersedes it, and both are kept.")
                        .tag(TAG).access(Access.UNIT_EDIT).ifMatch()
                        .body(PartnershipDtos.RecordDemocracyPlanRequest.class)
                        .returns(ProjectDtos.ProjectView.class).handle(this::recordDemocracyPlan),
                step("/request-approval", "requestProjectApproval", "Request the board's approval",
                        "The unit asks the executive board to approve an application (R7); goals and parties (R13)"
                                + " and the examination of external funding (R12) may be asked for first.",
                        ProjectCommands.Step.REQUEST_APPROVAL),
                Route.post(ONE + "/approve-application").operation("approveProjectApplication",
                        "Approve a project's application")
                        .description("Records the decision approving the application; under R7 only the executive"
                                + " board gives it, so the municipality's coordinator records it, not the unit."
                                + " The step is taken on the decision's day.")
                        .tag(TAG).access(Access.COORDINATE).ifMatch().body(CommonDtos.DecisionRequest.class)
                        .returns(ProjectDtos.ProjectView.class)
                        .handle(x -> advance(x, project -> map.command(x.body(CommonDtos.DecisionRequest.class),
                                x.actor(), x.municipality().value(), x.path("projectId"), x.expectedVersion(),
                                ProjectCommands.Step.APPROVE_APPLICATION))),
                step("/submit-application", "submitProjectApplication", "Submit a project's application",
                        "Submits the application to the project's funding programme; under R7 a committee's"
                                + " application goes only once the executive board approved it, pre-studies aside.",
                        ProjectCommands.Step.SUBMIT_APPLICATION),
                Route.post(ONE + "/grant").operation("grantProject", "Record a project's grant")
                        .description("Records that the funder granted the application, and the amount it granted"
                                + " (at most the project's total budget in the same currency).")
                        .tag(TAG).access(Access.UNIT_EDIT).ifMatch().body(ProjectDtos.GrantProjectRequest.class)
                        .returns(ProjectDtos.ProjectView.class)
                        .handle(x -> advance(x, project -> map.command(
                                x.body(ProjectDtos.GrantProjectRequest.class), x.actor(), x.municipality().value(),
                                x.path("projectId"), x.expectedVersion(), ProjectCommands.Step.GRANT))),
                step("/reject", "rejectProject", "Record a project's rejection",
                        "Records that the funder rejected the application.", ProjectCommands.Step.REJECT),
                step("/withdraw", "withdrawProject", "Withdraw a project",
                        "Withdraws a project that has not started.", ProjectCommands.Step.WITHDRAW),
                step("/start", "startProject", "Start a project",
                        "Starts the work of a granted project, or of one the unit carries on its own budget: the"
                                + " unit has budgeted it (R15), and partners in a country that is not a democracy"
                                + " call for a democracy plan by the start (R2).", ProjectCommands.Step.START),
                step("/complete", "completeProject", "Complete a project",
                        "Records that the project's work is done; its final report falls due.",
                        ProjectCommands.Step.COMPLETE),
                step("/submit-final-report", "submitProjectFinalReport", "Submit a project's final report",
                        "Records that the project's final report was submitted.",
                        ProjectCommands.Step.SUBMIT_FINAL_REPORT));
    }

    /** A workflow step that needs only its day. */
    private Route step(String suffix, String operationId, String summary, String description,
            ProjectCommands.Step step) {
        return Route.post(ONE + suffix).operation(operationId, summary).description(description)
                .tag(TAG).access(Access.UNIT_EDIT).ifMatch().body(ProjectDtos.ProjectStepRequest.class)
                .returns(ProjectDtos.ProjectView.class)
                .handle(x -> advance(x, project -> map.command(x.body(ProjectDtos.ProjectStepRequest.class),
                        x.actor(), x.municipality().value(), x.path("projectId"), x.expectedVersion(), step)));
    }

    /** Reads the project (404), refuses a unit editor of another unit (403), then takes the step. */
    private Reply advance(Exchange x, Function<Project, ProjectCommands.Advance> command) {
        Project project = owned(x);
        return changed(services.projects().advance(command.apply(project)));
    }

    /** The project the path names, once the caller is found to be allowed to change it. */
    private Project owned(Exchange x) {
        Project project = Outcomes.value(services.projects().find(x.municipality(),
                ProjectId.of(x.path("projectId"))));
        x.requireUnit(project.owningUnit());
        return project;
    }

    private Reply register(Exchange x) {
        ProjectDtos.RegisterProjectRequest request = x.body(ProjectDtos.RegisterProjectRequest.class);
        var code = x.municipality();
        Optional<Unit> unit = services.ports().transactions().inTransaction(() -> services.ports().municipalities()
                .find(code)).flatMap((Municipality m) -> m.unitNamed(request.owningUnit().strip()));
        // An unknown unit is the use case's 404; a known one must be the unit editor's own.
        unit.ifPresent(u -> x.requireUnit(u.id()));
        Result<Project> result = services.projects().registerIdea(map.command(request, x.actor(), code.value()));
        return Outcomes.created(result, ok -> map.view(ok.value(), ok.advice()), Project::version,
                p -> "/api/v1/municipalities/" + p.municipality().value() + "/projects/" + p.id());
    }

    private Reply list(Exchange x) {
        ProjectQuery query = new ProjectQuery(
                x.query("status", ApiEnums.ProjectStatus.class).map(s -> ProjectStatus.valueOf(s.name())),
                x.query("kind", ApiEnums.ProjectKind.class).map(k -> ProjectKind.valueOf(k.name())),
                x.query("unit").map(UnitId::of),
                x.query("programme").map(ProgrammeId::of),
                x.query("country").map(CountryCode::of),
                x.queryNumber("year").map(Math::toIntExact),
                x.query("sort", ProjectQuery.Sort.class).orElse(ProjectQuery.Sort.TITLE));
        Page<ProjectSummary> page = Outcomes.value(services.projects().list(x.municipality(), query, x.page()));
        return Reply.ok(Pages.of(page, map::view));
    }

    private Reply one(Exchange x) {
        var code = x.municipality();
        ProjectId id = ProjectId.of(x.path("projectId"));
        return Outcomes.one(services.projects().find(code, id), ok -> map.view(ok.value(), ok.advice()),
                Project::version);
    }

    private Reply children(Exchange x) {
        var code = x.municipality();
        ProjectId id = ProjectId.of(x.path("projectId"));
        return Reply.ok(Outcomes.value(services.projects().children(code, id)).stream()
                .map(p -> map.view(p, List.of())).toList());
    }

    private Reply history(Exchange x) {
        var code = x.municipality();
        ProjectId id = ProjectId.of(x.path("projectId"));
        Outcomes.value(services.projects().find(code, id));
        return Reply.ok(services.ports().transactions().inTransaction(() -> services.ports().audit()
                .of(code, "project", id.toString())).stream().map(common::history).toList());
    }

    private Reply recordDemocracyPlan(Exchange x) {
        owned(x);
        return changed(services.projects().recordDemocracyPlan(map.command(
                x.body(PartnershipDtos.RecordDemocracyPlanRequest.class), x.actor(), x.municipality().value(),
                x.path("projectId"), x.expectedVersion())));
    }

    private Reply changed(Result<Project> result) {
        return Outcomes.one(result, ok -> map.view(ok.value(), ok.advice()), Project::version);
    }
}
