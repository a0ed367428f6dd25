package se.omvarld.service;

import static org.assertj.core.api.Assertions.assertThat;
import static se.omvarld.service.RunningService.LIDKOPING;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.access.Role;

/** The partner and partnership routes over HTTP, on the real service with Lidköping's demo register. */
abstract class PartnershipApiTest extends EndToEndTest {

    static final String BASE = "/api/v1/municipalities/1494";

    static class OnH2 extends PartnershipApiTest {
        @Override
        RunningService.Store store() {
            return RunningService.Store.H2;
        }
    }

    static class OnPostgres extends PartnershipApiTest {
        @Override
        RunningService.Store store() {
            return RunningService.Store.POSTGRESQL;
        }
    }

    @Test
    void the_list_of_partnerships_names_lidkopings_four_partners() {
        var answer = admin.get(BASE + "/partnerships");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("total").asLong()).isEqualTo(4);
        assertThat(answer.json().get("items").findValuesAsText("partnerName"))
                .contains("Kecskemét", "Utena", "Rockford", "Xindu District");
    }

    @Test
    void a_partnership_is_read_with_its_etag() {
        String id = admin.get(BASE + "/partnerships?limit=1").json().get("items").get(0).get("id").asText();

        var answer = admin.get(BASE + "/partnerships/" + id);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.etag()).isEqualTo("\"" + answer.json().get("version").asLong() + "\"");
    }

    @Test
    void a_page_larger_than_the_hard_limit_is_refused_naming_the_parameter() {
        var answer = admin.answersOnly().get(BASE + "/partnerships?limit=101");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo("limit");
    }

    @Test
    void a_request_without_a_token_is_401() {
        assertThat(running.anonymous().answersOnly().get(BASE + "/partnerships").status()).isEqualTo(401);
    }

    @Test
    void another_municipalitys_token_finds_no_such_municipality() {
        running.register(RunningService.TYRESO, "Tyresö kommun");
        var tyreso = running.as(RunningService.TYRESO, Role.ADMIN, Optional.empty());

        var answer = tyreso.answersOnly().get(BASE + "/partnerships");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.text()).doesNotContain("Kecskemét");
    }

    @Test
    void a_viewer_may_not_register_a_partner() {
        var viewer = running.as(LIDKOPING, Role.VIEWER, Optional.empty());

        var answer = viewer.post(BASE + "/partners", Map.of("kind", "MUNICIPALITY", "name", "Turku",
                "country", "FI", "locality", "Turku"));

        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void a_partner_is_registered_and_read_back() {
        var created = admin.post(BASE + "/partners", Map.of("kind", "MUNICIPALITY", "name", "Turku",
                "country", "FI", "locality", "Turku"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(admin.get(created.header("Location").replace("http://", "")).json().get("name").asText())
                .isEqualTo("Turku");
    }

    @Test
    void an_unknown_field_is_a_400_naming_it() {
        var answer = admin.answersOnly().post(BASE + "/partners", Map.of("kind", "MUNICIPALITY", "name", "Turku",
                "country", "FI", "locality", "Turku", "mayor", "X"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").findValuesAsText("field")).isEqualTo(List.of("mayor"));
    }

    @Test
    void a_change_without_if_match_is_428_and_with_a_stale_one_412() {
        String id = admin.get(BASE + "/partnerships?limit=1").json().get("items").get(0).get("id").asText();
        Map<String, Object> plan = Map.of("reflection", "Demokratifrågor lyfts i varje möte.",
                "adoptedOn", "2026-01-15");

        var without = admin.answersOnly().send("PUT", BASE + "/partnerships/" + id + "/democracy-plan", plan,
                Map.of());
        var stale = admin.put(BASE + "/partnerships/" + id + "/democracy-plan", plan, "\"999\"");

        assertThat(without.status()).isEqualTo(428);
        assertThat(stale.status()).isEqualTo(412);
    }

    @Test
    void the_list_of_partners_is_a_page_naming_lidkopings_four_partners() {
        var answer = admin.get(BASE + "/partners");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("total").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(answer.json().get("items").findValuesAsText("name"))
                .contains("Kecskemét", "Utena", "Rockford", "Xindu District");
    }

    @Test
    void the_list_of_partners_is_filtered_by_kind_and_country_in_the_order_sort_names() {
        String town = admin.post(BASE + "/partners", Map.of("kind", "MUNICIPALITY", "name", "Akureyri",
                "country", "IS", "locality", "Akureyri")).json().get("id").asText();
        String school = admin.post(BASE + "/partners", Map.of("kind", "SCHOOL", "name", "Menntaskólinn á Akureyri",
                "country", "IS", "locality", "Akureyri")).json().get("id").asText();

        var iceland = admin.get(BASE + "/partners?country=IS");
        var schools = admin.get(BASE + "/partners?country=IS&kind=SCHOOL");
        var firstDownwards = admin.get(BASE + "/partners?country=IS&sort=NAME_DESCENDING&limit=1");

        assertThat(iceland.json().get("items").findValuesAsText("id")).containsExactly(town, school);
        assertThat(iceland.json().get("total").asLong()).isEqualTo(2);
        assertThat(iceland.json().get("items").get(0).get("locality").asText()).isEqualTo("Akureyri");
        assertThat(schools.json().get("items").findValuesAsText("id")).containsExactly(school);
        assertThat(schools.json().get("total").asLong()).isEqualTo(1);
        assertThat(firstDownwards.json().get("items").findValuesAsText("id")).containsExactly(school);
        assertThat(firstDownwards.json().get("total").asLong()).isEqualTo(2);
        assertThat(firstDownwards.json().get("limit").asInt()).isEqualTo(1);
    }

    @Test
    void a_bad_filter_of_the_list_of_partners_is_a_400_naming_it() {
        for (String query : List.of("kind=EMPIRE", "country=Iceland", "sort=COUNTRY", "limit=101")) {
            var answer = admin.answersOnly().get(BASE + "/partners?" + query);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.json().get("errors").get(0).get("field").asText()).as(query)
                    .isEqualTo(query.substring(0, query.indexOf('=')));
        }
    }

    @Test
    void another_municipalitys_token_finds_no_such_municipality_for_partners_either() {
        running.register(RunningService.TYRESO, "Tyresö kommun");
        var tyreso = running.as(RunningService.TYRESO, Role.ADMIN, Optional.empty());

        var answer = tyreso.answersOnly().get(BASE + "/partners");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.text()).doesNotContain("Kecskemét");
    }
}
