package se.omvarld.adapter.report.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.omvarld.application.demo.LidkopingRegister;

/** The JSON read back with Jackson (the writer is hand-made). */
class OpenDataJsonTest {

    private static final ObjectMapper JACKSON = new ObjectMapper();

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.get(field).asText()));
        return values;
    }

    @Test
    void lidkopings_twin_towns_come_oldest_first_with_country_and_the_year_they_began() throws Exception {
        JsonNode json = JACKSON.readTree(OpenDataJson.write(PublicViews.lidkoping()));

        assertThat(json.at("/municipality/code").asText()).isEqualTo("1494");
        assertThat(json.at("/municipality/name").asText()).isEqualTo("Lidköping");
        assertThat(json.get("date").asText()).isEqualTo("2026-12-07");
        assertThat(texts(json.get("partnerships"), "partner")).containsExactly("Utena", "Kecskemét", "Rockford",
                "Xindu District");
        assertThat(texts(json.get("partnerships"), "country")).containsExactly("LT", "HU", "US", "CN");
        assertThat(texts(json.get("partnerships"), "since")).containsExactly(
                LidkopingRegister.UTENA_SINCE.toString(), LidkopingRegister.KECSKEMET_SINCE.toString(),
                LidkopingRegister.ROCKFORD_SINCE.toString(), LidkopingRegister.XINDU_SINCE.toString());
        assertThat(json.at("/partnerships/2/areas")).extracting(JsonNode::asText)
                .containsExactly("BUSINESS", "SCHOOL_EXCHANGE");
    }

    @Test
    void lidkopings_five_running_projects_come_with_unit_countries_and_programme() throws Exception {
        JsonNode json = JACKSON.readTree(OpenDataJson.write(PublicViews.lidkoping()));

        JsonNode projects = json.get("projects");
        assertThat(projects).hasSize(5);
        assertThat(texts(projects, "title")).isSorted();
        JsonNode zambia = projects.findParents("title").stream()
                .filter(p -> p.get("title").asText().startsWith("Utbyte med Zambia")).findFirst().orElseThrow();
        assertThat(zambia.get("unit").asText()).isEqualTo("De la Gardiegymnasiet");
        assertThat(zambia.get("countries")).extracting(JsonNode::asText).containsExactly("ZM");
        assertThat(zambia.get("programme").asText()).isEqualTo("Athena");
        assertThat(zambia.get("participants")).extracting(JsonNode::asText)
                .containsExactly("De la Gardiegymnasiet", "Campus Lidköping");
        assertThat(zambia.has("id")).as("no ids in open data").isFalse();
    }

    @Test
    void every_character_reads_back_as_written() throws Exception {
        JsonNode json = JACKSON.readTree(OpenDataJson.write(PublicViews.tricky()));

        assertThat(json.at("/partnerships/0/title").asText()).isEqualTo(PublicViews.TRICKY);
        assertThat(json.at("/partnerships/0/partner").asText()).isEqualTo("Partner \"A\"");
        assertThat(json.at("/projects/0/title").asText()).isEqualTo(PublicViews.TRICKY);
        assertThat(json.at("/projects/0/programme").isNull()).isTrue();
    }

    @Test
    void a_municipality_with_nothing_to_show_has_empty_lists() throws Exception {
        JsonNode json = JACKSON.readTree(OpenDataJson.write(PublicViews.empty()));

        assertThat(json.get("partnerships").isArray()).isTrue();
        assertThat(json.get("partnerships")).isEmpty();
        assertThat(json.get("projects")).isEmpty();
    }

    @Test
    void control_characters_and_line_separators_are_escaped() {
        assertThat(OpenDataJson.string("a\u0001b\u2028c\td")).isEqualTo("\"a\\u0001b\\u2028c\\td\"");
    }
}
