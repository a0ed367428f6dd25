package se.omvarld.service;

import static org.assertj.core.api.Assertions.assertThat;
import static se.omvarld.service.RunningService.LIDKOPING;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.access.Role;

/** The organisation routes over HTTP, on the real service with Lidköping's demo register. */
abstract class OrganisationApiTest extends EndToEndTest {

    static final String BASE = "/api/v1/municipalities/1494";
    static final String COMMITTEE = BASE + "/committees/barn-och-skolnamnden/name";
    static final String UNIT = BASE + "/units/barn-skola/name";
    static final String REPRESENTATIVES = BASE + "/representatives";

    static class OnH2 extends OrganisationApiTest {
        @Override
        RunningService.Store store() {
            return RunningService.Store.H2;
        }
    }

    static class OnPostgres extends OrganisationApiTest {
        @Override
        RunningService.Store store() {
            return RunningService.Store.POSTGRESQL;
        }
    }

    private String etag() {
        return admin.get(BASE).etag();
    }

    private static Map<String, Object> named(String name) {
        return Map.of("name", name);
    }

    private static Map<String, Object> representative(String name) {
        return Map.of("administration", "Samhällsbyggnad", "name", name, "title", "Strateg");
    }

    /** Tyresö's token, or the calling test skipped: 0138 may not be stored in the demo data yet. */
    private ApiClient tyresoOrSkip() {
        try {
            return running.as(RunningService.TYRESO, Role.ADMIN, Optional.empty());
        } catch (RuntimeException e) {
            Assumptions.abort("Tyresö (0138) is not stored in the demo data, so no token of it can be issued: "
                    + e.getMessage());
            throw e;
        }
    }

    @Test
    void the_municipality_is_read_with_its_organisation_and_etag() {
        var answer = admin.get(BASE);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.etag()).isEqualTo("\"" + answer.json().get("version").asLong() + "\"");
        assertThat(answer.json().get("name").asText()).isEqualTo("Lidköping");
        assertThat(answer.json().get("committees").findValuesAsText("id")).contains("barn-och-skolnamnden");
        assertThat(answer.json().get("units").findValuesAsText("id")).contains("barn-skola");
        assertThat(answer.json().get("administrations").findValuesAsText("name")).contains("Samhällsbyggnad");
    }

    @Test
    void a_committee_is_renamed_and_keeps_its_id() {
        String name = "Barn- och skolnämnden " + UUID.randomUUID().toString().substring(0, 8);

        var answer = admin.put(COMMITTEE, named(name), etag());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.etag()).isEqualTo("\"" + answer.json().get("version").asLong() + "\"");
        assertThat(admin.get(BASE).json().get("committees").get(0).get("name").asText()).isEqualTo(name);
        assertThat(admin.get(BASE).json().get("committees").get(0).get("id").asText())
                .isEqualTo("barn-och-skolnamnden");
    }

    @Test
    void a_unit_is_renamed_and_keeps_its_id() {
        String name = "Barn & Skola " + UUID.randomUUID().toString().substring(0, 8);

        var answer = admin.put(UNIT, named(name), etag());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("units").get(0).get("id").asText()).isEqualTo("barn-skola");
        assertThat(answer.json().get("units").get(0).get("name").asText()).isEqualTo(name);
    }

    @Test
    void a_representative_is_appointed() {
        var answer = admin.post(REPRESENTATIVES, representative("Greta Holm"), etag());

        assertThat(answer.status()).isEqualTo(200);
        var administration = admin.get(BASE).json().get("administrations").findParents("name").stream()
                .filter(a -> a.get("name").asText().equals("Samhällsbyggnad")).findFirst().orElseThrow();
        assertThat(administration.get("representative").get("name").asText()).isEqualTo("Greta Holm");
    }

    @Test
    void renaming_a_committee_to_another_committees_name_is_a_409() {
        var answer = admin.answersOnly().put(COMMITTEE, named("Utbildningsnämnden"), etag());

        assertThat(answer.status()).isEqualTo(409);
    }

    @Test
    void an_unknown_administration_is_a_409() {
        var answer = admin.answersOnly().post(REPRESENTATIVES, Map.of("administration", "Ingen sådan",
                "name", "Greta Holm", "title", "Strateg"), etag());

        assertThat(answer.status()).isEqualTo(409);
    }

    @Test
    void a_blank_name_is_a_400_naming_it() {
        var committee = admin.answersOnly().put(COMMITTEE, named(" "), etag());
        var unit = admin.answersOnly().put(UNIT, named(""), etag());
        var appointed = admin.answersOnly().post(REPRESENTATIVES, Map.of("administration", "Samhällsbyggnad",
                "name", "Greta Holm"), etag());

        assertThat(committee.status()).isEqualTo(400);
        assertThat(committee.json().get("errors").findValuesAsText("field")).isEqualTo(List.of("name"));
        assertThat(unit.status()).isEqualTo(400);
        assertThat(unit.json().get("errors").findValuesAsText("field")).isEqualTo(List.of("name"));
        assertThat(appointed.status()).isEqualTo(400);
        assertThat(appointed.json().get("errors").findValuesAsText("field")).isEqualTo(List.of("title"));
    }

    @Test
    void a_committee_id_of_the_wrong_form_is_a_400() {
        var answer = admin.answersOnly().put(BASE + "/committees/Barn%20och%20skola/name", named("X"), etag());

        assertThat(answer.status()).isEqualTo(400);
    }

    @Test
    void without_a_token_or_with_a_wrong_one_every_route_is_401() {
        String etag = etag();
        for (ApiClient client : List.of(running.anonymous().answersOnly(),
                running.anonymous().withToken("not-a-token").answersOnly())) {
            assertThat(client.get(BASE).status()).isEqualTo(401);
            assertThat(client.put(COMMITTEE, named("X"), etag).status()).isEqualTo(401);
            assertThat(client.put(UNIT, named("X"), etag).status()).isEqualTo(401);
            assertThat(client.post(REPRESENTATIVES, representative("X"), etag).status()).isEqualTo(401);
        }
    }

    @Test
    void a_viewer_reads_but_may_not_change_the_organisation() {
        var viewer = running.as(LIDKOPING, Role.VIEWER, Optional.empty());
        String etag = etag();

        assertThat(viewer.get(BASE).status()).isEqualTo(200);
        assertThat(viewer.put(COMMITTEE, named("X"), etag).status()).isEqualTo(403);
        assertThat(viewer.put(UNIT, named("X"), etag).status()).isEqualTo(403);
        assertThat(viewer.post(REPRESENTATIVES, representative("X"), etag).status()).isEqualTo(403);
    }

    @Test
    void a_unit_editor_may_not_rename_even_its_own_unit() {
        var editor = running.as(LIDKOPING, Role.UNIT_EDITOR,
                Optional.of(se.omvarld.domain.shared.UnitId.of("barn-skola")));

        assertThat(editor.put(UNIT, named("Barn & Skola"), etag()).status()).isEqualTo(403);
    }

    @Test
    void another_municipalitys_token_finds_no_such_municipality() {
        var tyreso = tyresoOrSkip().answersOnly();
        String etag = etag();

        var read = tyreso.get(BASE);

        assertThat(read.status()).isEqualTo(404);
        assertThat(read.text()).doesNotContain("Lidköping");
        assertThat(tyreso.put(COMMITTEE, named("X"), etag).status()).isEqualTo(404);
        assertThat(tyreso.put(UNIT, named("X"), etag).status()).isEqualTo(404);
        assertThat(tyreso.post(REPRESENTATIVES, representative("X"), etag).status()).isEqualTo(404);
    }

    @Test
    void a_change_without_if_match_is_428_and_with_a_stale_one_412() {
        var client = admin.answersOnly();

        assertThat(client.send("PUT", COMMITTEE, named("X"), Map.of()).status()).isEqualTo(428);
        assertThat(client.send("PUT", UNIT, named("X"), Map.of()).status()).isEqualTo(428);
        assertThat(client.send("POST", REPRESENTATIVES, representative("X"), Map.of()).status()).isEqualTo(428);
        assertThat(admin.put(COMMITTEE, named("X"), "\"999\"").status()).isEqualTo(412);
        assertThat(admin.put(UNIT, named("X"), "\"999\"").status()).isEqualTo(412);
        assertThat(admin.post(REPRESENTATIVES, representative("X"), "\"999\"").status()).isEqualTo(412);
    }
}
