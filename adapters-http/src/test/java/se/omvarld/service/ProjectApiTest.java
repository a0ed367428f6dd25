package se.omvarld.service;

import static org.assertj.core.api.Assertions.assertThat;
import static se.omvarld.service.RunningService.LIDKOPING;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.omvarld.application.demo.LidkopingRegister;
import se.omvarld.domain.access.Role;

/** The project routes over HTTP, on the real service with Lidköping's demo register. */
abstract class ProjectApiTest extends EndToEndTest {

    static final String BASE = "/api/v1/municipalities/1494";
    static final String PROJECTS = BASE + "/projects";
    static final String LIBRARY = "Biblioteket";

    @BeforeAll
    void prepare() {
        TyresoScenarioTest.registerTyreso(running);
    }

    static class OnH2 extends ProjectApiTest {
        @Override
        RunningService.Store store() {
            return RunningService.Store.H2;
        }
    }

    static class OnPostgres extends ProjectApiTest {
        @Override
        RunningService.Store store() {
            return RunningService.Store.POSTGRESQL;
        }
    }

    static Map<String, Object> money(String amount) {
        return Map.of("amount", amount, "currency", "SEK");
    }

    static Map<String, Object> idea(String title, String unit) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("kind", "PROJECT");
        body.put("owningUnit", unit);
        body.put("cooperation", Map.of("participants", List.of(unit, "Utena bibliotek"), "partnerIds",
                List.of(LidkopingRegister.UTENA.toString()), "countries", List.of(),
                "areas", List.of("CULTURE"), "goals", List.of("Fler läser")));
        body.put("funding", Map.of("programmeId", LidkopingRegister.NORDPLUS.toString(),
                "total", money("100000.00"), "externalFunding", money("80000.00"),
                "ownContribution", money("20000.00"), "externalFundingExplored", true, "budgetedInUnitPlan", true));
        body.put("registeredOn", "2026-09-01");
        return body;
    }

    ApiClient.Answer register(String title) {
        var created = admin.post(PROJECTS, idea(title, LIBRARY));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created;
    }

    static String path(ApiClient.Answer project) {
        return PROJECTS + "/" + project.json().get("id").asText();
    }

    ApiClient.Answer step(ApiClient.Answer project, String step, Object body) {
        var answer = admin.post(path(project) + "/" + step, body, project.etag());
        assertThat(answer.status()).as("%s: %s", step, answer.text()).isEqualTo(200);
        return answer;
    }

    static Map<String, Object> on(String day) {
        return Map.of("on", day);
    }

    static final Map<String, Object> BOARD = Map.of("decidedByKind", "EXECUTIVE_BOARD",
            "decidedByName", "Kommunstyrelsen", "decidedOn", "2026-09-10");
    static final Map<String, Object> PLAN = Map.of("reflection", "Demokratifrågor lyfts i varje möte.",
            "adoptedOn", "2026-09-02");

    /** Every route that changes a project, with a valid body for it. */
    static Map<String, Object> changes() {
        Map<String, Object> changes = new java.util.LinkedHashMap<>();
        changes.put("PUT /democracy-plan", PLAN);
        for (String s : List.of("request-approval", "submit-application", "reject", "withdraw", "start", "complete",
                "submit-final-report")) {
            changes.put("POST /" + s, on("2026-10-01"));
        }
        changes.put("POST /approve-application", BOARD);
        changes.put("POST /grant", Map.of("on", "2026-10-01", "granted", money("1.00")));
        return changes;
    }

    @Test
    void an_idea_is_registered_201_with_its_location_and_etag_and_read_back() {
        var created = register("Läsfrämjande med Utena");

        assertThat(created.etag()).isEqualTo("\"" + created.json().get("version").asLong() + "\"");
        assertThat(created.json().get("status").asText()).isEqualTo("IDEA");
        assertThat(created.json().get("owningUnit").asText()).isEqualTo(LidkopingRegister.unit(LIBRARY).value());
        assertThat(created.json().get("budget").get("total").get("amount").asText()).isEqualTo("100000.00");
        var read = admin.get(created.header("Location").replaceFirst("^https?://[^/]+", ""));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.etag()).isEqualTo(created.etag());
        assertThat(read.json().get("title").asText()).isEqualTo("Läsfrämjande med Utena");
    }

    @Test
    void a_project_goes_from_idea_to_final_report_one_step_each() {
        var p = register("Från idé till slutrapport");
        p = step(p, "request-approval", on("2026-09-05"));
        p = step(p, "approve-application", BOARD);
        p = step(p, "submit-application", on("2026-09-15"));
        p = step(p, "grant", Map.of("on", "2026-10-01", "granted", money("75000.00")));
        assertThat(p.json().get("budget").get("externalFunding").get("amount").asText()).isEqualTo("75000.00");
        p = step(p, "start", on("2026-10-05"));
        p = step(p, "complete", on("2026-11-01"));
        p = step(p, "submit-final-report", on("2026-11-10"));

        assertThat(p.json().get("status").asText()).isEqualTo("FINAL_REPORT_SUBMITTED");
        assertThat(p.json().get("history").size()).isEqualTo(7);
        assertThat(p.json().get("history").get(1).get("decision").get("decidedByKind").asText())
                .isEqualTo("EXECUTIVE_BOARD");
        var history = admin.get(path(p) + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json().findValuesAsText("action")).containsExactly("register-idea", "request_approval",
                "approve_application", "submit_application", "grant", "start", "complete", "submit_final_report");
        assertThat(admin.get(PROJECTS + "?status=FINAL_REPORT_SUBMITTED").json().get("items")
                .findValuesAsText("id")).contains(p.json().get("id").asText());
    }

    @Test
    void an_application_is_rejected_and_an_idea_withdrawn() {
        var p = register("Avslagen ansökan");
        p = step(p, "submit-application", on("2026-09-15"));
        p = step(p, "reject", on("2026-10-01"));
        assertThat(p.json().get("status").asText()).isEqualTo("REJECTED");

        var w = step(register("Återtagen idé"), "withdraw", on("2026-09-03"));
        assertThat(w.json().get("status").asText()).isEqualTo("WITHDRAWN");
    }

    @Test
    void a_step_the_lifecycle_does_not_allow_is_409() {
        var p = register("Kan inte slutföras");

        var answer = admin.answersOnly().post(path(p) + "/complete", on("2026-10-01"), p.etag());

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().get("detail").asText()).contains("cannot become completed");
    }

    @Test
    void a_refusal_and_a_field_error_carry_the_stable_key_of_their_reason_beside_the_english() {
        var p = register("Med nycklar");

        var refused = admin.answersOnly().post(path(p) + "/complete", on("2026-10-01"), p.etag());
        var invalid = admin.answersOnly().post(PROJECTS, Map.of());

        assertThat(refused.json().get("refusals").get(0).get("code").asText())
                .isEqualTo("refusal.project.step-not-allowed");
        assertThat(refused.json().get("refusals").get(0).get("reason").asText())
                .isEqualTo("a project that is idea cannot become completed");
        assertThat(invalid.json().get("errors").findValuesAsText("code")).isNotEmpty()
                .allSatisfy(code -> assertThat(code).startsWith("field.constraint."));
    }

    @Test
    void a_democracy_plan_is_recorded_with_if_match() {
        var p = register("Med demokratiplan");

        var answer = admin.put(path(p) + "/democracy-plan", PLAN, p.etag());

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.json().get("democracyPlans").get(0).get("adoptedOn").asText()).isEqualTo("2026-09-02");
        assertThat(answer.etag()).isNotEqualTo(p.etag());
    }

    @Test
    void the_list_filters_and_sorts_the_demo_projects() {
        var all = admin.get(PROJECTS);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().get("items").findValuesAsText("title"))
                .contains("Feel Better With a Book: Reading for Wellbeing in Old Age", "Green building A-Z");

        String zambia = LidkopingRegister.EXCHANGE_WITH_ZAMBIA.toString();
        assertThat(admin.get(PROJECTS + "?country=ZM").json().get("items").findValuesAsText("id"))
                .containsExactly(zambia);
        assertThat(admin.get(PROJECTS + "?programme=" + LidkopingRegister.ATHENA + "&kind=EXCHANGE")
                .json().get("items").findValuesAsText("id")).containsExactly(zambia);
        assertThat(admin.get(PROJECTS + "?unit=" + LidkopingRegister.unit("Intern Service").value()
                + "&status=RUNNING&year=2019").json().get("items").findValuesAsText("id"))
                .containsExactly(LidkopingRegister.GREEN_BUILDING_INTERN_SERVICE.toString());
        var page = admin.get(PROJECTS + "?year=2019&sort=TITLE_DESCENDING&limit=2&offset=1");
        assertThat(page.json().get("total").asLong()).isEqualTo(5);
        assertThat(page.json().get("items").size()).isEqualTo(2);
        assertThat(page.json().get("items").get(0).get("total").get("currency").asText()).isNotBlank();
    }

    @Test
    void a_bad_filter_is_a_400_naming_it() {
        for (String query : List.of("year=twenty", "status=DONE", "unit=Biblioteket", "programme=x", "limit=101",
                "colour=red")) {
            var answer = admin.answersOnly().get(PROJECTS + "?" + query);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.json().get("errors").get(0).get("field").asText()).as(query)
                    .isEqualTo(query.substring(0, query.indexOf('=')));
        }
    }

    @Test
    void a_project_and_its_parts() {
        var parent = register("Huvudprojekt");
        Map<String, Object> child = idea("Delprojekt", LIBRARY);
        child.put("parentId", parent.json().get("id").asText());
        var created = admin.post(PROJECTS, child);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().get("parentId").asText()).isEqualTo(parent.json().get("id").asText());

        var children = admin.get(path(parent) + "/children");

        assertThat(children.status()).isEqualTo(200);
        assertThat(children.json().findValuesAsText("title")).containsExactly("Delprojekt");
    }

    @Test
    void an_invalid_body_is_a_400_naming_the_field() {
        var p = register("Ogiltiga begäranden");
        Map<String, Object> noTitle = idea("x", LIBRARY);
        noTitle.remove("title");
        Map<String, Object> badAmount = idea("x", LIBRARY);
        badAmount.put("funding", Map.of("total", money("12,5"), "externalFunding", money("0.00"),
                "ownContribution", money("0.00"), "externalFundingExplored", true, "budgetedInUnitPlan", true));
        Map<String, Object> future = idea("x", LIBRARY);
        future.put("registeredOn", "2999-01-01");

        Map<String, Map.Entry<String, Object>> cases = new java.util.LinkedHashMap<>();
        cases.put("title", Map.entry(PROJECTS, noTitle));
        cases.put("funding.total.amount", Map.entry(PROJECTS, badAmount));
        cases.put("registeredOn", Map.entry(PROJECTS, future));
        cases.put("on", Map.entry(path(p) + "/start", Map.of()));
        cases.put("granted", Map.entry(path(p) + "/grant", on("2026-10-01")));
        cases.put("decidedByKind", Map.entry(path(p) + "/approve-application",
                Map.of("decidedByName", "Kommunstyrelsen", "decidedOn", "2026-09-10")));
        cases.put("reflection", Map.entry(path(p) + "/democracy-plan", Map.of("adoptedOn", "2026-09-02")));
        cases.put("mayor", Map.entry(path(p) + "/withdraw", Map.of("on", "2026-09-03", "mayor", "X")));
        cases.forEach((field, request) -> {
            var answer = admin.answersOnly().send(request.getKey().endsWith("/democracy-plan") ? "PUT" : "POST",
                    request.getKey(), request.getValue(), request.getKey().equals(PROJECTS) ? Map.of()
                            : Map.of("If-Match", p.etag()));
            assertThat(answer.status()).as("%s: %s", field, answer.text()).isEqualTo(400);
            assertThat(answer.json().get("errors").findValuesAsText("field")).as(field).contains(field);
        });
        assertThat(admin.get(path(p)).json().get("version").asLong()).isEqualTo(p.json().get("version").asLong());
    }

    @Test
    void without_a_token_every_route_is_401_and_with_an_unknown_one_too() {
        var p = register("Utan token");
        var anonymous = running.anonymous().answersOnly();
        List<String> reads = List.of(PROJECTS, path(p), path(p) + "/children", path(p) + "/history");
        reads.forEach(r -> assertThat(anonymous.get(r).status()).as(r).isEqualTo(401));
        assertThat(anonymous.post(PROJECTS, idea("x", LIBRARY)).status()).isEqualTo(401);
        changes().forEach((route, body) -> assertThat(send(anonymous, p, route, body, p.etag()).status())
                .as(route).isEqualTo(401));
        // An unknown token counts as a failed authentication, and ten a minute from one client are a 429: a few.
        var unknown = running.anonymous().withToken("omv_not-a-token").answersOnly();
        assertThat(unknown.get(PROJECTS).status()).isEqualTo(401);
        assertThat(unknown.post(PROJECTS, idea("x", LIBRARY)).status()).isEqualTo(401);
        assertThat(send(unknown, p, "POST /start", on("2026-10-01"), p.etag()).status()).isEqualTo(401);
    }

    @Test
    void a_viewer_reads_but_may_change_nothing() {
        var p = register("För läsare");
        var viewer = running.as(LIDKOPING, Role.VIEWER, Optional.empty());

        assertThat(viewer.get(path(p)).status()).isEqualTo(200);
        assertThat(viewer.get(PROJECTS).status()).isEqualTo(200);
        assertThat(viewer.post(PROJECTS, idea("x", LIBRARY)).status()).isEqualTo(403);
        changes().forEach((route, body) -> assertThat(send(viewer, p, route, body, p.etag()).status()).as(route)
                .isEqualTo(403));
    }

    @Test
    void a_unit_editor_changes_its_own_units_projects_only() {
        var p = register("Bibliotekets projekt");
        var otherUnit = running.as(LIDKOPING, Role.UNIT_EDITOR,
                Optional.of(LidkopingRegister.unit("Intern Service")));
        var ownUnit = running.as(LIDKOPING, Role.UNIT_EDITOR, Optional.of(LidkopingRegister.unit(LIBRARY)));

        var refused = otherUnit.post(PROJECTS, idea("Inte min enhet", LIBRARY));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asText()).contains("intern-service");
        changes().forEach((route, body) -> assertThat(send(otherUnit, p, route, body, p.etag()).status())
                .as(route).isEqualTo(403));

        var own = ownUnit.post(PROJECTS, idea("Min enhets idé", LIBRARY));
        assertThat(own.status()).isEqualTo(201);
        var requested = ownUnit.post(path(own) + "/request-approval", on("2026-09-05"), own.etag());
        assertThat(requested.status()).as(requested.text()).isEqualTo(200);
        assertThat(ownUnit.post(path(own) + "/approve-application", BOARD, requested.etag()).status())
                .as("the board's approval is recorded by the coordinator, not the unit").isEqualTo(403);
        assertThat(admin.get(path(p)).json().get("version").asLong()).isEqualTo(p.json().get("version").asLong());
    }

    @Test
    void another_municipalitys_token_finds_no_such_municipality() {
        var p = register("Inte Tyresös");
        var tyreso = running.as(RunningService.TYRESO, Role.ADMIN, Optional.empty()).answersOnly();

        for (String r : List.of(PROJECTS, path(p), path(p) + "/children", path(p) + "/history")) {
            var answer = tyreso.get(r);
            assertThat(answer.status()).as(r).isEqualTo(404);
            assertThat(answer.text()).doesNotContain("Inte Tyresös");
        }
        assertThat(tyreso.post(PROJECTS, idea("x", LIBRARY)).status()).isEqualTo(404);
        changes().forEach((route, body) -> assertThat(send(tyreso, p, route, body, p.etag()).status()).as(route)
                .isEqualTo(404));
        assertThat(admin.get(PROJECTS + "/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
    }

    @Test
    void every_change_needs_if_match_428_and_a_stale_one_is_412() {
        var p = register("Samtidiga ändringar");

        changes().forEach((route, body) -> {
            assertThat(send(admin.answersOnly(), p, route, body, null).status()).as(route).isEqualTo(428);
            assertThat(send(admin.answersOnly(), p, route, body, "\"999\"").status()).as(route).isEqualTo(412);
        });
        assertThat(admin.get(path(p)).json().get("version").asLong()).isEqualTo(p.json().get("version").asLong());
    }

    static ApiClient.Answer send(ApiClient client, ApiClient.Answer project, String route, Object body,
            String ifMatch) {
        String[] methodAndSuffix = route.split(" ");
        return client.send(methodAndSuffix[0], path(project) + methodAndSuffix[1], body,
                ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
    }
}
