package se.omvarld.service;

import static org.assertj.core.api.Assertions.assertThat;
import static se.omvarld.service.RunningService.LIDKOPING;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.access.Role;

/**
 * The register routes over HTTP — obligations (listed, submitted, waived), compliance findings, statistics and the
 * reported figures — on the real service with Lidköping's demo register.
 */
abstract class RegisterApiTest extends EndToEndTest {

    static final String BASE = "/api/v1/municipalities/1494";

    ApiClient coordinator;
    ApiClient viewer;

    @BeforeAll
    void prepare() {
        coordinator = running.as(LIDKOPING, Role.COORDINATOR, Optional.empty());
        viewer = running.as(LIDKOPING, Role.VIEWER, Optional.empty());
    }

    static class OnH2 extends RegisterApiTest {
        @Override
        RunningService.Store store() {
            return RunningService.Store.H2;
        }
    }

    static class OnPostgres extends RegisterApiTest {
        @Override
        RunningService.Store store() {
            return RunningService.Store.POSTGRESQL;
        }
    }

    /** Another municipality's admin, or a skipped test while Tyresö (0138) is not among the stored municipalities. */
    ApiClient tyresoAdmin() {
        try {
            return running.as(RunningService.TYRESO, Role.ADMIN, Optional.empty());
        } catch (IllegalArgumentException e) {
            // Only Lidköping is stored until Tyresö's register lands: a token needs its municipality stored.
            Assumptions.abort("Tyresö (0138) is not stored, so no token of another municipality can be made: "
                    + e.getMessage());
            throw e;
        }
    }

    /**
     * The pending obligations due in {@code year} that arose by today, so that they can be settled today. The tests
     * that settle one take them from different years, so that neither takes the other's.
     */
    List<JsonNode> pendingArisen(int year) {
        List<JsonNode> pending = new ArrayList<>();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"));
        coordinator.get(BASE + "/obligations?status=PENDING&year=" + year).json().forEach(o -> {
            if (!LocalDate.parse(o.get("trigger").asText()).isAfter(today)) {
                pending.add(o);
            }
        });
        assertThat(pending).as("pending obligations due in %s that arose by today", year).isNotEmpty();
        return pending;
    }

    // Obligations

    @Test
    void the_obligations_of_a_year_name_their_keys_and_the_path_form_of_them() {
        var answer = viewer.get(BASE + "/obligations?year=2025");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().size()).isPositive();
        assertThat(answer.json().findValuesAsText("key")).contains("R5/annual-compilation/2024");
        answer.json().forEach(o -> {
            assertThat(o.get("pathKey").asText()).doesNotContain("/")
                    .isEqualTo(o.get("key").asText().replace('/', '~'));
            assertThat(o.get("due").asText()).startsWith("2025-");
        });
    }

    @Test
    void the_obligations_are_filtered_by_kind_and_status() {
        var byKind = viewer.get(BASE + "/obligations?year=2026&kind=ANNUAL_COMPILATION");
        var byStatus = viewer.get(BASE + "/obligations?year=2026&status=PENDING");

        assertThat(byKind.status()).isEqualTo(200);
        assertThat(byKind.json().size()).isPositive();
        byKind.json().forEach(o -> assertThat(o.get("kind").asText()).isEqualTo("ANNUAL_COMPILATION"));
        assertThat(byKind.json().findValuesAsText("rule")).containsOnly("R5");
        assertThat(byStatus.status()).isEqualTo(200);
        byStatus.json().forEach(o -> assertThat(o.get("status").asText()).isEqualTo("PENDING"));
    }

    @Test
    void overdue_true_lists_every_overdue_obligation_and_only_those() {
        var overdue = viewer.get(BASE + "/obligations?overdue=true");
        var notOverdue = viewer.get(BASE + "/obligations?year=2025&overdue=false");

        assertThat(overdue.status()).isEqualTo(200);
        assertThat(overdue.json().size()).isPositive();
        overdue.json().forEach(o -> {
            assertThat(o.get("overdue").asBoolean()).isTrue();
            assertThat(o.get("status").asText()).isEqualTo("PENDING");
        });
        notOverdue.json().forEach(o -> assertThat(o.get("overdue").asBoolean()).isFalse());
    }

    @Test
    void an_ill_formed_filter_is_a_400_naming_it() {
        var overdue = viewer.answersOnly().get(BASE + "/obligations?overdue=maybe");
        var kind = viewer.answersOnly().get(BASE + "/obligations?kind=GOSSIP");

        assertThat(overdue.status()).isEqualTo(400);
        assertThat(overdue.json().get("errors").findValuesAsText("field")).containsExactly("overdue");
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.json().get("errors").findValuesAsText("field")).containsExactly("kind");
    }

    @Test
    void the_obligations_need_a_token() {
        assertThat(running.anonymous().answersOnly().get(BASE + "/obligations").status()).isEqualTo(401);
    }

    @Test
    void another_municipalitys_token_finds_no_obligations() {
        var answer = tyresoAdmin().answersOnly().get(BASE + "/obligations");

        assertThat(answer.status()).isEqualTo(404);
    }

    @Test
    void a_coordinator_submits_an_obligation_once_and_the_list_shows_it_submitted() {
        JsonNode obligation = pendingArisen(2025).get(0);
        String today = LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).toString();
        String path = BASE + "/obligations/" + obligation.get("pathKey").asText() + "/submit";

        var submitted = coordinator.post(path, Map.of("on", today, "note", "Sent to the executive board."));
        var again = coordinator.answersOnly().post(path, Map.of("on", today, "note", "Sent twice."));

        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.json().get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.json().get("key").asText()).isEqualTo(obligation.get("key").asText());
        assertThat(submitted.etag()).isEqualTo("\"" + submitted.json().get("version").asLong() + "\"");
        assertThat(again.status()).isEqualTo(409);
        JsonNode listed = find(coordinator.get(BASE + "/obligations?year=" + obligation.get("due").asText()
                .substring(0, 4)).json(), obligation.get("key").asText());
        assertThat(listed.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(listed.get("settledOn").asText()).isEqualTo(today);
    }

    @Test
    void a_coordinator_waives_an_obligation_with_the_reason() {
        List<JsonNode> pending = pendingArisen(2026);
        JsonNode obligation = pending.get(pending.size() - 1);

        var waived = coordinator.post(BASE + "/obligations/" + obligation.get("pathKey").asText() + "/waive",
                Map.of("on", obligation.get("trigger").asText(), "note", "Covered by the annual report."));

        assertThat(waived.status()).isEqualTo(200);
        assertThat(waived.json().get("status").asText()).isEqualTo("WAIVED");
        assertThat(waived.json().get("note").asText()).isEqualTo("Covered by the annual report.");
    }

    @Test
    void an_unknown_obligation_is_a_404() {
        var answer = coordinator.answersOnly().post(BASE + "/obligations/R5~annual-compilation~1999/submit",
                Map.of("on", "2025-03-01", "note", "Sent."));

        assertThat(answer.status()).isEqualTo(404);
    }

    @Test
    void a_submission_without_a_note_is_a_400_naming_it() {
        var answer = coordinator.answersOnly().post(BASE + "/obligations/R5~annual-compilation~2024/submit",
                Map.of("on", "2025-03-01"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").findValuesAsText("field")).containsExactly("note");
    }

    @Test
    void a_key_with_a_slash_in_the_path_is_not_a_route() {
        // Not through the checking client: the path is in no document, so there is nothing to check it against.
        var answer = ApiClient.raw("POST", "http://127.0.0.1:" + running.service().port() + BASE
                + "/obligations/R5/annual-compilation/2024/submit", "{\"on\":\"2025-03-01\",\"note\":\"Sent.\"}",
                Map.of("Authorization", "Bearer " + running.token(LIDKOPING, Role.COORDINATOR, Optional.empty()),
                        "Content-Type", "application/json"));

        assertThat(answer.statusCode()).isEqualTo(404);
    }

    @Test
    void a_viewer_may_not_submit_an_obligation() {
        var answer = viewer.post(BASE + "/obligations/R5~annual-compilation~2024/submit",
                Map.of("on", "2025-03-01", "note", "Sent."));

        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void another_municipalitys_token_may_not_submit_lidkopings_obligations() {
        var answer = tyresoAdmin().answersOnly().post(BASE + "/obligations/R5~annual-compilation~2024/submit",
                Map.of("on", "2025-03-01", "note", "Sent."));

        assertThat(answer.status()).isEqualTo(404);
    }

    // Compliance

    @Test
    void the_compliance_findings_name_their_rule_and_its_sentence() {
        var answer = viewer.get(BASE + "/compliance");

        assertThat(answer.status()).isEqualTo(200);
        answer.json().forEach(f -> {
            assertThat(f.get("rule").asText()).matches("R\\d+");
            assertThat(f.get("policy").asText()).isNotBlank();
            assertThat(f.get("severity").asText()).isIn("INFO", "WARNING", "BREACH");
        });
    }

    @Test
    void the_compliance_findings_need_a_token_of_the_municipality() {
        assertThat(running.anonymous().answersOnly().get(BASE + "/compliance").status()).isEqualTo(401);
        assertThat(viewer.answersOnly().get("/api/v1/municipalities/14x4/compliance").status()).isEqualTo(400);
    }

    @Test
    void another_municipalitys_token_finds_no_compliance_findings() {
        assertThat(tyresoAdmin().answersOnly().get(BASE + "/compliance").status()).isEqualTo(404);
    }

    // Statistics

    @Test
    void the_statistics_show_the_reported_figures_beside_the_computed_ones_money_as_text() {
        var answer = viewer.get(BASE + "/statistics?from=2015&to=2016");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode y2015 = answer.json().get(0);
        assertThat(y2015.get("year").asInt()).isEqualTo(2015);
        assertThat(answer.json().get(1).get("year").asInt()).isEqualTo(2016);
        assertThat(y2015.get("reported").get("activities").asInt()).isEqualTo(98);
        assertThat(y2015.get("reported").get("externalFunding").get("amount").asText()).isEqualTo("1800000.00");
        assertThat(y2015.get("reported").get("externalFunding").get("currency").asText()).isEqualTo("SEK");
        assertThat(y2015.get("funding").get("total").get("currency").asText()).isEqualTo("SEK");
        assertThat(y2015.get("funding").get("total").get("amount").isTextual()).isTrue();
        assertThat(y2015.get("activities").get("partnerships").asInt()).isEqualTo(4);
        assertThat(answer.json().get(1).has("reported")).isFalse();
    }

    @Test
    void statistics_ending_before_they_start_or_spanning_too_long_are_a_400_naming_to() {
        var backwards = viewer.answersOnly().get(BASE + "/statistics?from=2020&to=2015");
        var tooLong = viewer.answersOnly().get(BASE + "/statistics?from=1900&to=2020");

        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").findValuesAsText("field")).containsExactly("to");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").findValuesAsText("field")).containsExactly("to");
    }

    @Test
    void the_statistics_need_a_token() {
        assertThat(running.anonymous().answersOnly().get(BASE + "/statistics").status()).isEqualTo(401);
    }

    @Test
    void another_municipalitys_token_finds_no_statistics() {
        assertThat(tyresoAdmin().answersOnly().get(BASE + "/statistics").status()).isEqualTo(404);
    }

    // Reported figures

    @Test
    void the_figures_reported_for_2015_are_read_with_their_etag() {
        var answer = viewer.get(BASE + "/reported-figures/2015");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("activities").asInt()).isEqualTo(98);
        assertThat(answer.etag()).isEqualTo("\"" + answer.json().get("version").asLong() + "\"");
        assertThat(viewer.answersOnly().get(BASE + "/reported-figures/2014").status()).isEqualTo(404);
    }

    @Test
    void figures_are_recorded_at_version_0_then_corrected_at_their_etag() {
        Map<String, Object> figures = Map.of("activities", 41, "externalFundingSek", "650000.50",
                "source", "Årsredovisning 2019");

        var recorded = coordinator.put(BASE + "/reported-figures/2019", figures, "\"0\"");
        var stale = coordinator.put(BASE + "/reported-figures/2019", figures, "\"0\"");
        var corrected = coordinator.put(BASE + "/reported-figures/2019", Map.of("activities", 42,
                "externalFundingSek", "650000.50", "source", "Årsredovisning 2019"), recorded.etag());

        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.json().get("externalFunding").get("amount").asText()).isEqualTo("650000.50");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.json().get("activities").asInt()).isEqualTo(42);
        assertThat(viewer.get(BASE + "/statistics?from=2019&to=2019").json().get(0).get("reported")
                .get("activities").asInt()).isEqualTo(42);
    }

    @Test
    void recording_figures_without_if_match_is_428() {
        var answer = coordinator.answersOnly().send("PUT", BASE + "/reported-figures/2018", Map.of("activities", 1,
                "externalFundingSek", "0.00", "source", "Årsredovisning 2018"), Map.of());

        assertThat(answer.status()).isEqualTo(428);
    }

    @Test
    void figures_with_a_binary_fraction_or_for_the_future_are_a_400_naming_the_field() {
        var number = coordinator.answersOnly().put(BASE + "/reported-figures/2017", Map.of("activities", 1,
                "externalFundingSek", 12.5, "source", "x"), "\"0\"");
        var future = coordinator.answersOnly().put(BASE + "/reported-figures/2999", Map.of("activities", 1,
                "externalFundingSek", "1.00", "source", "x"), "\"0\"");

        assertThat(number.status()).isEqualTo(400);
        assertThat(number.json().get("errors").findValuesAsText("field")).containsExactly("externalFundingSek");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("errors").findValuesAsText("field")).containsExactly("year");
    }

    @Test
    void a_viewer_may_not_record_figures() {
        var answer = viewer.put(BASE + "/reported-figures/2016", Map.of("activities", 1,
                "externalFundingSek", "1.00", "source", "x"), "\"0\"");

        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void another_municipalitys_token_may_not_record_lidkopings_figures() {
        var answer = tyresoAdmin().answersOnly().put(BASE + "/reported-figures/2016", Map.of("activities", 1,
                "externalFundingSek", "1.00", "source", "x"), "\"0\"");

        assertThat(answer.status()).isEqualTo(404);
    }

    private static JsonNode find(JsonNode obligations, String key) {
        for (JsonNode o : obligations) {
            if (o.get("key").asText().equals(key)) {
                return o;
            }
        }
        throw new AssertionError("no obligation " + key + " in " + obligations);
    }
}
