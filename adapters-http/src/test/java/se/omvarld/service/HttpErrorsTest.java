package se.omvarld.service;

import static org.assertj.core.api.Assertions.assertThat;
import static se.omvarld.service.RunningService.LIDKOPING;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The answers to requests the API cannot take, each an RFC 9457 problem, on the real service. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpErrorsTest {

    private static final String BASE = "/api/v1/municipalities/1494";
    private static final Map<String, String> PARTNER = Map.of("kind", "MUNICIPALITY", "name", "Turku",
            "country", "FI", "locality", "Turku");

    private RunningService running;
    private ApiClient admin;

    @BeforeAll
    void start() {
        running = RunningService.start(RunningService.Store.H2);
        admin = running.admin(LIDKOPING).answersOnly();
    }

    @AfterAll
    void stop() {
        running.close();
    }

    @Test
    void a_method_the_path_does_not_take_is_405() {
        var answer = admin.send("DELETE", BASE + "/partners", null, Map.of());

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.json().get("status").asInt()).isEqualTo(405);
    }

    @Test
    void a_client_that_accepts_no_json_is_406() {
        assertThat(admin.send("GET", BASE + "/partners", null, Map.of("Accept", "text/html")).status())
                .isEqualTo(406);
    }

    @Test
    void a_body_over_the_limit_is_413() {
        String huge = "{\"name\": \"" + "x".repeat(300_000) + "\"}";

        assertThat(admin.send("POST", BASE + "/partners", huge, Map.of()).status()).isEqualTo(413);
    }

    @Test
    void a_body_that_is_not_json_is_415() {
        assertThat(admin.send("POST", BASE + "/partners", "kind=MUNICIPALITY", Map.of("Content-Type",
                "application/x-www-form-urlencoded")).status()).isEqualTo(415);
    }

    @Test
    void malformed_json_is_400_naming_the_body() {
        var answer = admin.send("POST", BASE + "/partners", "{\"kind\": ", Map.of());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo("body");
    }

    @Test
    void an_unknown_enum_value_is_400_naming_the_field() {
        var answer = admin.post(BASE + "/partners", Map.of("kind", "EMPIRE", "name", "Rome", "country", "IT",
                "locality", "Rome"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo("kind");
    }

    @Test
    void a_path_that_is_no_route_is_404() {
        assertThat(admin.send("GET", "/api/v1/nowhere", null, Map.of()).status()).isEqualTo(404);
    }

    @Test
    void every_answer_names_its_request_id_and_keeps_a_well_formed_one_the_client_gave() {
        var answer = admin.send("GET", BASE + "/partners", null, Map.of("X-Request-Id", "coordinator-42"));

        assertThat(answer.header("X-Request-Id")).isEqualTo("coordinator-42");
    }

    @Test
    void repeated_failed_authentication_from_one_client_is_refused_with_429() {
        ApiClient stranger = running.anonymous().answersOnly()
                .withToken("omv_" + "A".repeat(43));
        List<Integer> statuses = IntStream.range(0, 12).mapToObj(i -> stranger.get(BASE + "/partners").status())
                .toList();

        assertThat(statuses.subList(0, 10)).containsOnly(401);
        assertThat(statuses.subList(10, 12)).containsOnly(429);
    }

    @Test
    void two_editors_with_the_same_etag_one_succeeds_and_the_other_gets_412() throws Exception {
        String id = admin.get(BASE + "/partnerships?limit=1").json().get("items").get(0).get("id").asText();
        String path = BASE + "/partnerships/" + id + "/democracy-plan";
        String etag = admin.get(BASE + "/partnerships/" + id).etag();
        Map<String, String> first = Map.of("reflection", "Den första redaktörens text.", "adoptedOn", "2026-01-10");
        Map<String, String> second = Map.of("reflection", "Den andra redaktörens text.", "adoptedOn", "2026-01-11");

        var a = CompletableFuture.supplyAsync(() -> admin.put(path, first, etag));
        var b = CompletableFuture.supplyAsync(() -> admin.put(path, second, etag));
        List<Integer> statuses = List.of(a.get().status(), b.get().status());

        assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        var stored = admin.get(BASE + "/partnerships/" + id).json();
        String winner = a.get().status() == 200 ? "Den första redaktörens text." : "Den andra redaktörens text.";
        assertThat(stored.get("democracyPlan").get("reflection").asText()).isEqualTo(winner);
        assertThat(admin.get(BASE + "/partnerships/" + id + "/history").json().findValuesAsText("action")
                .stream().filter("record-democracy-plan"::equals).count()).isEqualTo(1);
    }
}
