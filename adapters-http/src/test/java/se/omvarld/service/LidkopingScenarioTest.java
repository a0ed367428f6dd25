package se.omvarld.service;

import static org.assertj.core.api.Assertions.assertThat;
import static se.omvarld.service.RunningService.LIDKOPING;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.access.Role;

/**
 * Lidköping's policy told once, through the API as its coordinator: a new partnership with a town in a country V-Dem
 * classes as an autocracy (Vietnam, a closed autocracy in every year of the shipped data) cannot come into force
 * without a benefit/risk analysis (R1: "Inför uppstart av nya internationella samarbeten ska en nytto- respektive
 * riskanalys genomföras"), nor then without a democracy plan (R2), and comes into force with both.
 */
abstract class LidkopingScenarioTest extends EndToEndTest {

    static final String BASE = "/api/v1/municipalities/1494";

    ApiClient coordinator;

    @BeforeAll
    void prepare() {
        coordinator = running.as(LIDKOPING, Role.COORDINATOR, Optional.empty());
    }

    static class OnH2 extends LidkopingScenarioTest {
        @Override
        RunningService.Store store() {
            return RunningService.Store.H2;
        }
    }

    static class OnPostgres extends LidkopingScenarioTest {
        @Override
        RunningService.Store store() {
            return RunningService.Store.POSTGRESQL;
        }
    }

    @Test
    void a_partnership_in_an_autocracy_comes_into_force_only_with_an_analysis_R1_and_a_democracy_plan_R2() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        LocalDate proposedOn = today.minusDays(30);
        LocalDate decidedOn = today.minusDays(1);
        String partnerId = coordinator.post(BASE + "/partners", Map.of("kind", "MUNICIPALITY", "name", "Huế",
                "country", "VN", "locality", "Thừa Thiên Huế")).json().get("id").asText();
        Map<String, Object> proposal = new HashMap<>();
        proposal.put("partnerId", partnerId);
        proposal.put("kind", "COOPERATION_AGREEMENT");
        proposal.put("title", "Huế, Vietnam: samarbetsavtal");
        proposal.put("areas", List.of("EDUCATION", "CULTURE"));
        proposal.put("fundingSources", List.of("MUNICIPALITY"));
        proposal.put("proposedOn", proposedOn.toString());
        proposal.put("counterpartValuesFormalAgreement", true);
        proposal.put("committeeIds", List.of());
        var proposed = coordinator.post(BASE + "/partnerships", proposal);
        assertThat(proposed.status()).as(proposed.text()).isEqualTo(201);
        assertThat(proposed.json().get("status").asText()).isEqualTo("PROPOSED");
        String partnership = BASE + "/partnerships/" + proposed.json().get("id").asText();
        Map<String, Object> decision = Map.of("decidedByKind", "EXECUTIVE_BOARD", "decidedByName", "Kommunstyrelsen",
                "decidedOn", decidedOn.toString(), "reference", "KS " + today.getYear() + "/117");

        var withoutAnalysis = coordinator.post(partnership + "/activate", decision, proposed.etag());

        assertThat(withoutAnalysis.status()).isEqualTo(409);
        assertThat(withoutAnalysis.json().get("rule").asText()).isEqualTo("R1");
        assertThat(withoutAnalysis.json().get("policy").asText()).isNotBlank();

        var analysed = coordinator.put(partnership + "/analysis", Map.of(
                "purpose", "Utbyte mellan skolor och kulturinstitutioner.",
                "goals", List.of("Två skolutbyten per år", "En gemensam kulturvecka"),
                "partnerChoiceReason", "Huế är ett utbildnings- och kulturcentrum av Lidköpings storlek.",
                "benefits", "Elever och lärare får internationell erfarenhet.",
                "risks", "Vietnam är en enpartistat: samarbetet får inte ge legitimitet åt förtryck.",
                "madeOn", proposedOn.plusDays(5).toString()), proposed.etag());
        assertThat(analysed.status()).as(analysed.text()).isEqualTo(200);

        var withoutPlan = coordinator.post(partnership + "/activate", decision, analysed.etag());

        assertThat(withoutPlan.status()).isEqualTo(409);
        assertThat(withoutPlan.json().get("rule").asText()).isEqualTo("R2");
        assertThat(withoutPlan.json().get("detail").asText()).contains("VN");

        var planned = coordinator.put(partnership + "/democracy-plan", Map.of(
                "reflection", "Varje utbyte tar upp yttrandefrihet och elevinflytande; vi samarbetar med skolor,"
                        + " inte med partiet.", "adoptedOn", proposedOn.plusDays(10).toString()), analysed.etag());
        assertThat(planned.status()).as(planned.text()).isEqualTo(200);

        var activated = coordinator.post(partnership + "/activate", decision, planned.etag());

        assertThat(activated.status()).as(activated.text()).isEqualTo(200);
        assertThat(activated.json().get("status").asText()).isEqualTo("ACTIVE");
        assertThat(activated.json().get("activatedOn").asText()).isEqualTo(decidedOn.toString());
        assertThat(running.anonymous().get("/api/v1/public/municipalities/1494").json().get("partnerships")
                .findValuesAsText("partner")).contains("Huế");
    }
}
