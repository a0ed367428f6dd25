package se.omvarld.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.omvarld.service.RunningService.LIDKOPING;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.access.Role;

/**
 * The public view over HTTP, without a token: what Lidköping's "Internationellt arbete" page shows — its four
 * twin towns and partnerships and its current projects — and nothing internal.
 */
abstract class PublicViewTest extends EndToEndTest {

    static final String LIDKOPINGS = "/api/v1/public/municipalities/1494";

    ApiClient anyone;

    @BeforeAll
    void prepare() {
        anyone = running.anonymous();
    }

    static class OnH2 extends PublicViewTest {
        @Override
        RunningService.Store store() {
            return RunningService.Store.H2;
        }
    }

    static class OnPostgres extends PublicViewTest {
        @Override
        RunningService.Store store() {
            return RunningService.Store.POSTGRESQL;
        }
    }

    @Test
    void lidkopings_view_lists_its_four_partners_as_its_page_does() {
        var answer = anyone.get(LIDKOPINGS);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("name").asText()).contains("Lidköping");
        List<JsonNode> partnerships = list(answer.json().get("partnerships"));
        assertThat(partnerships).extracting(p -> p.get("partner").asText(), p -> p.get("country").asText(),
                p -> p.get("since").asText().substring(0, 4), p -> p.get("kind").asText())
                .containsExactlyInAnyOrder(
                        tuple("Kecskemét", "HU", "2004", "TWIN_TOWN"),
                        tuple("Utena", "LT", "1997", "TWIN_TOWN"),
                        tuple("Rockford", "US", "2006", "INDUSTRIAL_PARTNERSHIP"),
                        tuple("Xindu District", "CN", "2011", "COOPERATION_AGREEMENT"));
        assertThat(partnerships).extracting(p -> p.get("locality").asText())
                .contains("Rockford, Illinois", "Xindu District, Chengdu");
    }

    @Test
    void lidkopings_view_lists_its_current_projects_with_unit_countries_and_programme() {
        List<JsonNode> projects = list(anyone.get(LIDKOPINGS).json().get("projects"));

        assertThat(projects).extracting(p -> p.get("title").asText(), p -> p.get("unit").asText(),
                p -> p.get("programme").asText())
                .containsExactlyInAnyOrder(
                        tuple("Feel Better With a Book: Reading for Wellbeing in Old Age", "Biblioteket", "Nordplus"),
                        tuple("Green building A-Z", "Intern Service", "Interreg"),
                        tuple("Green building A-Z", "Särskolan VUX", "Erasmus+"),
                        tuple("Jobbskuggning (job shadowing)", "Barn & Skola", "Erasmus+"),
                        tuple("Utbyte med Zambia (exchange with Zambia)", "De la Gardiegymnasiet", "Athena"));
        JsonNode book = projects.get(0);
        assertThat(list(book.get("countries"))).extracting(JsonNode::asText).containsExactly("EE", "LT", "LV");
        assertThat(list(book.get("participants"))).extracting(JsonNode::asText)
                .containsExactly("Biblioteket", "SeniorCenter");
    }

    @Test
    void the_view_shows_nothing_internal() {
        var answer = anyone.get(LIDKOPINGS);

        assertThat(answer.json().get("partnerships").get(0).fieldNames()).toIterable().containsExactlyInAnyOrder(
                "title", "kind", "partner", "country", "locality", "areas", "fundingSources", "since");
        assertThat(answer.json().get("projects").get(0).fieldNames()).toIterable()
                .doesNotContain("id", "version", "budget", "status", "democracyPlans", "goals");
        assertThat(answer.text()).doesNotContain("analysis").doesNotContain("democracyPlan")
                .doesNotContain("version").doesNotContain("\"id\"").doesNotContain("finding")
                .doesNotContain("decidedBy");
    }

    @Test
    void the_view_needs_no_token_and_ignores_one() {
        var withToken = running.as(LIDKOPING, Role.VIEWER, Optional.empty()).get(LIDKOPINGS);

        assertThat(withToken.status()).isEqualTo(200);
        assertThat(withToken.text()).isEqualTo(anyone.get(LIDKOPINGS).text());
    }

    @Test
    void an_unknown_municipality_is_a_404() {
        var answer = anyone.answersOnly().get("/api/v1/public/municipalities/9999");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("detail").asText()).contains("9999");
    }

    @Test
    void a_malformed_code_is_a_400_naming_it() {
        var answer = anyone.answersOnly().get("/api/v1/public/municipalities/lidkoping");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").findValuesAsText("field")).containsExactly("code");
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
