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

/** The programme and call routes over HTTP, on the real service with Lidköping's demo register. */
abstract class FundingApiTest extends EndToEndTest {

    static final String BASE = "/api/v1/municipalities/1494";
    static final String ATHENA = LidkopingRegister.ATHENA.toString();

    @BeforeAll
    void prepare() {
        TyresoScenarioTest.registerTyreso(running);
    }

    static class OnH2 extends FundingApiTest {
        @Override
        RunningService.Store store() {
            return RunningService.Store.H2;
        }
    }

    static class OnPostgres extends FundingApiTest {
        @Override
        RunningService.Store store() {
            return RunningService.Store.POSTGRESQL;
        }
    }

    static Map<String, Object> programme(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("funder", "Nordiska ministerrådet");
        body.put("source", "NORDIC");
        body.put("currency", "EUR");
        body.put("coFinancingRate", "0.75");
        body.put("eligibleAreas", List.of("EDUCATION", "YOUTH"));
        return body;
    }

    static Map<String, Object> call(String programmeId, String title, String area) {
        Map<String, Object> body = new HashMap<>();
        body.put("programmeId", programmeId);
        body.put("title", title);
        body.put("areas", List.of(area));
        body.put("opens", "2026-01-01");
        body.put("deadline", "2099-12-31");
        return body;
    }

    ApiClient.Answer publish(String title, String area) {
        var created = admin.post(BASE + "/calls", call(ATHENA, title, area));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created;
    }

    static String local(String location) {
        return location.replaceFirst("^https?://[^/]+", "");
    }

    @Test
    void a_programme_is_registered_listed_and_read_back() {
        var created = admin.post(BASE + "/programmes", programme("Nordplus Junior"));

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().get("coFinancingRate").asText()).isEqualTo("0.75");
        var read = admin.get(local(created.header("Location")));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.etag()).isEqualTo("\"" + read.json().get("version").asLong() + "\"");
        assertThat(read.json().get("name").asText()).isEqualTo("Nordplus Junior");
        assertThat(admin.get(BASE + "/programmes").json().findValuesAsText("name"))
                .contains("Nordplus Junior", "Erasmus+", "Athena");
    }

    @Test
    void a_call_is_published_listed_and_read_back() {
        var created = publish("Athena: skolutbyte 2027", "SCHOOL_EXCHANGE");

        assertThat(created.json().get("programmeId").asText()).isEqualTo(ATHENA);
        var read = admin.get(local(created.header("Location")));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.etag()).isEqualTo(created.etag());
        assertThat(admin.get(BASE + "/calls").json().findValuesAsText("title")).contains("Athena: skolutbyte 2027");
    }

    @Test
    void open_calls_fit_the_priority_areas_or_the_projects_areas() {
        publish("Athena: lärarutbyte", "EDUCATION");
        publish("Athena: ungdomsläger", "YOUTH");
        var closed = call(ATHENA, "Athena: stängd", "EDUCATION");
        closed.put("opens", "2020-01-01");
        closed.put("deadline", "2020-06-30");
        assertThat(admin.post(BASE + "/calls", closed).status()).isEqualTo(201);

        // Lidköping's priority areas are education and environment.
        var priorities = admin.get(BASE + "/open-calls");
        assertThat(priorities.status()).isEqualTo(200);
        assertThat(priorities.json().findValuesAsText("title")).contains("Athena: lärarutbyte")
                .doesNotContain("Athena: ungdomsläger", "Athena: stängd");

        // The exchange with Zambia is in education and school exchange.
        var zambia = admin.get(BASE + "/projects/" + LidkopingRegister.EXCHANGE_WITH_ZAMBIA + "/open-calls");
        assertThat(zambia.status()).isEqualTo(200);
        assertThat(zambia.json().findValuesAsText("title")).contains("Athena: lärarutbyte")
                .doesNotContain("Athena: ungdomsläger", "Athena: stängd");
        assertThat(admin.answersOnly().get(BASE + "/projects/00000000-0000-0000-0000-000000000000/open-calls")
                .status()).isEqualTo(404);
    }

    @Test
    void an_invalid_body_is_a_400_naming_the_field() {
        Map<String, Object> noName = programme("x");
        noName.remove("name");
        Map<String, Object> textRate = programme("x");
        textRate.put("coFinancingRate", "three quarters");
        Map<String, Object> tooHigh = programme("x");
        tooHigh.put("coFinancingRate", "1.5");
        Map<String, Object> outside = call(ATHENA, "Utanför", "ENVIRONMENT");
        Map<String, Object> backwards = call(ATHENA, "Baklänges", "EDUCATION");
        backwards.put("deadline", "2025-01-01");
        Map<String, Object> noAreas = call(ATHENA, "Inga områden", "EDUCATION");
        noAreas.put("areas", List.of());

        Map<String, Map.Entry<String, Object>> cases = new java.util.LinkedHashMap<>();
        cases.put("name", Map.entry("/programmes", noName));
        cases.put("coFinancingRate", Map.entry("/programmes", textRate));
        cases.put("coFinancingRate ", Map.entry("/programmes", tooHigh));
        cases.put("call", Map.entry("/calls", outside));
        cases.put("call ", Map.entry("/calls", backwards));
        cases.put("areas", Map.entry("/calls", noAreas));
        cases.forEach((field, request) -> {
            var answer = admin.answersOnly().post(BASE + request.getKey(), request.getValue());
            assertThat(answer.status()).as("%s: %s", field, answer.text()).isEqualTo(400);
            assertThat(answer.json().get("errors").findValuesAsText("field")).as(answer.text())
                    .contains(field.strip());
        });
        var unknownProgramme = admin.answersOnly().post(BASE + "/calls",
                call("00000000-0000-0000-0000-000000000000", "Okänt program", "EDUCATION"));
        assertThat(unknownProgramme.status()).isEqualTo(404);
    }

    @Test
    void an_unknown_programme_or_call_is_404() {
        assertThat(admin.answersOnly().get(BASE + "/programmes/00000000-0000-0000-0000-000000000000").status())
                .isEqualTo(404);
        assertThat(admin.answersOnly().get(BASE + "/calls/00000000-0000-0000-0000-000000000000").status())
                .isEqualTo(404);
        assertThat(admin.answersOnly().get(BASE + "/calls/not-a-uuid").status()).isEqualTo(400);
    }

    List<String> reads() {
        return List.of(BASE + "/programmes", BASE + "/programmes/" + ATHENA, BASE + "/calls",
                local(publish("Läsbar", "EDUCATION").header("Location")), BASE + "/open-calls",
                BASE + "/projects/" + LidkopingRegister.EXCHANGE_WITH_ZAMBIA + "/open-calls");
    }

    @Test
    void without_a_token_every_route_is_401_and_with_an_unknown_one_too() {
        List<String> reads = reads();
        var anonymous = running.anonymous().answersOnly();
        reads.forEach(r -> assertThat(anonymous.get(r).status()).as(r).isEqualTo(401));
        assertThat(anonymous.post(BASE + "/programmes", programme("x")).status()).isEqualTo(401);
        assertThat(anonymous.post(BASE + "/calls", call(ATHENA, "x", "EDUCATION")).status()).isEqualTo(401);
        // An unknown token counts as a failed authentication, and ten a minute from one client are a 429: a few.
        var unknown = running.anonymous().withToken("omv_not-a-token").answersOnly();
        assertThat(unknown.get(BASE + "/open-calls").status()).isEqualTo(401);
        assertThat(unknown.post(BASE + "/programmes", programme("x")).status()).isEqualTo(401);
        assertThat(unknown.post(BASE + "/calls", call(ATHENA, "x", "EDUCATION")).status()).isEqualTo(401);
    }

    @Test
    void only_a_coordinator_or_an_admin_changes_while_anyone_of_the_municipality_reads() {
        var viewer = running.as(LIDKOPING, Role.VIEWER, Optional.empty());
        var unitEditor = running.as(LIDKOPING, Role.UNIT_EDITOR,
                Optional.of(LidkopingRegister.unit("Biblioteket")));
        var coordinator = running.as(LIDKOPING, Role.COORDINATOR, Optional.empty());
        List<String> reads = reads();

        for (ApiClient client : List.of(viewer, unitEditor)) {
            reads.forEach(r -> assertThat(client.get(r).status()).as(r).isEqualTo(200));
            assertThat(client.post(BASE + "/programmes", programme("x")).status()).isEqualTo(403);
            assertThat(client.post(BASE + "/calls", call(ATHENA, "x", "EDUCATION")).status()).isEqualTo(403);
        }
        assertThat(coordinator.post(BASE + "/programmes", programme("Av samordnaren")).status()).isEqualTo(201);
        assertThat(coordinator.post(BASE + "/calls", call(ATHENA, "Av samordnaren", "YOUTH")).status())
                .isEqualTo(201);
    }

    @Test
    void another_municipalitys_token_finds_no_such_municipality() {
        var tyreso = running.as(RunningService.TYRESO, Role.ADMIN, Optional.empty()).answersOnly();

        for (String r : reads()) {
            var answer = tyreso.get(r);
            assertThat(answer.status()).as(r).isEqualTo(404);
            assertThat(answer.text()).doesNotContain("Athena");
        }
        assertThat(tyreso.post(BASE + "/programmes", programme("x")).status()).isEqualTo(404);
        assertThat(tyreso.post(BASE + "/calls", call(ATHENA, "x", "EDUCATION")).status()).isEqualTo(404);
    }
}
