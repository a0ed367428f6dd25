package se.omvarld.adapter.http.api;

import java.util.List;
import org.mapstruct.factory.Mappers;
import se.omvarld.adapter.http.Access;
import se.omvarld.adapter.http.Exchange;
import se.omvarld.adapter.http.Outcomes;
import se.omvarld.adapter.http.ProblemException;
import se.omvarld.adapter.http.Reply;
import se.omvarld.adapter.http.Route;
import se.omvarld.application.Result;
import se.omvarld.domain.funding.Call;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.shared.CallId;
import se.omvarld.domain.shared.ProgrammeId;
import se.omvarld.domain.shared.ProjectId;

/**
 * Monitoring of funding (omvärldsbevakning): the programmes the municipality watches, their calls, and which open
 * calls fit its priority areas or a project's areas.
 */
public final class FundingRoutes {

    private static final String BASE = PartnershipRoutes.BASE;
    private static final String TAG = "Funding";

    private final ApiServices services;
    private final FundingMapper map = Mappers.getMapper(FundingMapper.class);

    public FundingRoutes(ApiServices services) {
        this.services = services;
    }

    public List<Route> routes() {
        return List.of(
                Route.post(BASE + "/programmes").operation("registerProgramme", "Register a funding programme")
                        .description("Registers a funding programme or fund to watch: its funder, source, currency,"
                                + " co-financing rate and the areas it funds (none named: all).")
                        .tag(TAG).access(Access.COORDINATE).body(FundingDtos.RegisterProgrammeRequest.class)
                        .creates(FundingDtos.ProgrammeView.class).handle(this::registerProgramme),
                Route.get(BASE + "/programmes").operation("listProgrammes", "List the funding programmes")
                        .description("The programmes the municipality watches, by name.")
                        .tag(TAG).access(Access.READ).returnsList(FundingDtos.ProgrammeView.class)
                        .handle(this::programmes),
                Route.get(BASE + "/programmes/{programmeId}").operation("getProgramme", "Read a funding programme")
                        .tag(TAG).access(Access.READ).returns(FundingDtos.ProgrammeView.class)
                        .handle(this::programme),
                Route.post(BASE + "/calls").operation("publishCall", "Publish a call")
                        .description("Records a call for applications under a registered programme, open from its"
                                + " opening day to its deadline; its areas lie within the programme's.")
                        .tag(TAG).access(Access.COORDINATE).body(FundingDtos.PublishCallRequest.class)
                        .creates(FundingDtos.CallView.class).handle(this::publishCall),
                Route.get(BASE + "/calls").operation("listCalls", "List the calls")
                        .description("All the municipality's calls, open or not, soonest deadline first.")
                        .tag(TAG).access(Access.READ).returnsList(FundingDtos.CallView.class)
                        .handle(this::calls),
                Route.get(BASE + "/calls/{callId}").operation("getCall", "Read a call")
                        .tag(TAG).access(Access.READ).returns(FundingDtos.CallView.class).handle(this::call),
                Route.get(BASE + "/open-calls").operation("listOpenCallsForPriorities",
                        "List the open calls fitting the priority areas")
                        .description("The calls open today that fit the municipality's priority areas (its"
                                + " policy's prioriterade områden), soonest deadline first.")
                        .tag(TAG).access(Access.READ).returnsList(FundingDtos.CallView.class)
                        .handle(this::openForPriorities),
                Route.get(BASE + "/projects/{projectId}/open-calls").operation("listOpenCallsForProject",
                        "List the open calls fitting a project")
                        .description("The calls open today that fit any of the project's areas, soonest deadline"
                                + " first: where its external funding (R12) may be sought.")
                        .tag(TAG).access(Access.READ).returnsList(FundingDtos.CallView.class)
                        .handle(this::openForProject));
    }

    private Reply registerProgramme(Exchange x) {
        Result<FundingProgramme> result = services.funding().registerProgramme(map.command(
                x.body(FundingDtos.RegisterProgrammeRequest.class), x.actor(), x.municipality().value()));
        return Outcomes.created(result, ok -> map.view(ok.value()), FundingProgramme::version,
                p -> "/api/v1/municipalities/" + p.municipality().value() + "/programmes/" + p.id());
    }

    private Reply programmes(Exchange x) {
        var code = x.municipality();
        return Reply.ok(services.ports().transactions().inTransaction(() -> services.ports().funding()
                .programmes(code)).stream().map(map::view).toList());
    }

    private Reply programme(Exchange x) {
        var code = x.municipality();
        ProgrammeId id = ProgrammeId.of(x.path("programmeId"));
        FundingProgramme found = services.ports().transactions().inTransaction(() -> services.ports().funding()
                .findProgramme(code, id)).orElseThrow(() -> ProblemException.notFound("programme " + id));
        return Reply.ok(map.view(found), found.version());
    }

    private Reply publishCall(Exchange x) {
        Result<Call> result = services.funding().publishCall(map.command(
                x.body(FundingDtos.PublishCallRequest.class), x.actor(), x.municipality().value()));
        return Outcomes.created(result, ok -> map.view(ok.value()), Call::version,
                c -> "/api/v1/municipalities/" + c.municipality().value() + "/calls/" + c.id());
    }

    private Reply calls(Exchange x) {
        var code = x.municipality();
        return Reply.ok(services.ports().transactions().inTransaction(() -> services.ports().funding().calls(code))
                .stream().map(map::view).toList());
    }

    private Reply call(Exchange x) {
        var code = x.municipality();
        CallId id = CallId.of(x.path("callId"));
        return Outcomes.one(services.funding().call(code, id), ok -> map.view(ok.value()), Call::version);
    }

    private Reply openForPriorities(Exchange x) {
        var code = x.municipality();
        return Reply.ok(Outcomes.value(services.funding().openCallsForPriorities(code)).stream().map(map::view)
                .toList());
    }

    private Reply openForProject(Exchange x) {
        var code = x.municipality();
        ProjectId id = ProjectId.of(x.path("projectId"));
        Project project = Outcomes.value(services.projects().find(code, id));
        return Reply.ok(services.funding().openCallsFitting(code, project.areas()).stream().map(map::view).toList());
    }
}
