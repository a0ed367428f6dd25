package se.omvarld.service;

import static org.assertj.core.api.Assertions.assertThat;
import static se.omvarld.service.RunningService.TYRESO;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.omvarld.application.MunicipalityCommands;
import se.omvarld.application.MunicipalityUseCases;
import se.omvarld.application.Ports;
import se.omvarld.application.Result;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.municipality.UnitKind;

/**
 * R7 replayed through the API as Tyresö's coordinator would: a committee's application goes only once the executive
 * board approved it; a pre-study may apply without it ("Innan projektansökan lämnas in ska kommunstyrelsen godkänna
 * att nämnden ansöker om medverkan i projektet. Godkännande behöver inte inhämtas för att delta i förstudier").
 */
abstract class TyresoScenarioTest extends EndToEndTest {

    static final String BASE = "/api/v1/municipalities/0138";
    static final String SCHOOL = "Tyresö gymnasium";
    static final String R7_SENTENCE = "Innan projektansökan lämnas in ska kommunstyrelsen godkänna";

    ApiClient coordinator;

    @BeforeAll
    void prepare() {
        registerTyreso(running);
        coordinator = running.as(TYRESO, Role.COORDINATOR, Optional.empty());
    }

    static class OnH2 extends TyresoScenarioTest {
        @Override
        RunningService.Store store() {
            return RunningService.Store.H2;
        }
    }

    static class OnPostgres extends TyresoScenarioTest {
        @Override
        RunningService.Store store() {
            return RunningService.Store.POSTGRESQL;
        }
    }

    /**
     * Registers Tyresö (0138), a simplified organisation of it, unless the demo data holds it already: its shipped
     * policy profile then applies. For tests that need a second municipality.
     */
    static void registerTyreso(RunningService running) {
        Ports ports = running.service().ports();
        if (ports.transactions().inTransaction(() -> ports.municipalities().find(TYRESO)).isPresent()) {
            return;
        }
        Result<?> result = new MunicipalityUseCases(ports).register(new MunicipalityCommands.Register("test",
                TYRESO.value(), "Tyresö",
                List.of("Kommunstyrelsen", "Barn- och utbildningsnämnden", "Kultur- och fritidsnämnden"),
                List.of(new MunicipalityCommands.AdministrationInput("Barn- och utbildningsförvaltningen",
                                "Barn- och utbildningsnämnden", null, null),
                        new MunicipalityCommands.AdministrationInput("Kultur- och fritidsförvaltningen",
                                "Kultur- och fritidsnämnden", null, null)),
                List.of(new MunicipalityCommands.UnitInput(SCHOOL, UnitKind.SCHOOL,
                                "Barn- och utbildningsförvaltningen"),
                        new MunicipalityCommands.UnitInput("Tyresö bibliotek", UnitKind.UNIT,
                                "Kultur- och fritidsförvaltningen"))));
        assertThat(result.isOk()).as("Tyresö registered: %s", result).isTrue();
    }

    private String programme() {
        var created = coordinator.post(BASE + "/programmes", Map.of("name", "Erasmus+", "funder",
                "European Commission", "source", "EU", "currency", "EUR", "coFinancingRate", "0.8",
                "eligibleAreas", List.of("YOUTH", "SCHOOL_EXCHANGE", "EDUCATION")));
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private ApiClient.Answer idea(String title, String kind, String programmeId) {
        var created = coordinator.post(BASE + "/projects", Map.of("title", title, "kind", kind,
                "owningUnit", SCHOOL,
                "cooperation", Map.of("participants", List.of(SCHOOL, "Lycée Jean Moulin"), "partnerIds", List.of(),
                        "countries", List.of("FR"), "areas", List.of("YOUTH", "SCHOOL_EXCHANGE"),
                        "goals", List.of("Elever deltar i utbyte")),
                "funding", Map.of("programmeId", programmeId,
                        "total", Map.of("amount", "250000.00", "currency", "EUR"),
                        "externalFunding", Map.of("amount", "200000.00", "currency", "EUR"),
                        "ownContribution", Map.of("amount", "50000.00", "currency", "EUR"),
                        "externalFundingExplored", true, "budgetedInUnitPlan", true),
                "registeredOn", "2026-09-01"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created;
    }

    private ApiClient.Answer step(ApiClient.Answer project, String step, Object body) {
        return coordinator.post(BASE + "/projects/" + project.json().get("id").asText() + "/" + step, body,
                project.etag());
    }

    @Test
    void a_committees_application_without_the_boards_approval_is_refused_by_R7_with_the_policy_sentence() {
        var project = idea("Ungdomsutbyte med Frankrike", "PROJECT", programme());

        var refused = step(project, "submit-application", Map.of("on", "2026-09-15"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("rule").asText()).isEqualTo("R7");
        assertThat(refused.json().get("policy").asText()).contains(R7_SENTENCE);
        assertThat(refused.json().get("detail").asText()).contains("executive board");
        assertThat(coordinator.get(BASE + "/projects/" + project.json().get("id").asText()).json().get("status")
                .asText()).isEqualTo("IDEA");
    }

    @Test
    void a_pre_study_may_apply_without_the_boards_approval() {
        var preStudy = idea("Förstudie: ungdomsutbyte", "PRE_STUDY", programme());

        var applied = step(preStudy, "submit-application", Map.of("on", "2026-09-15"));

        assertThat(applied.status()).as(applied.text()).isEqualTo(200);
        assertThat(applied.json().get("status").asText()).isEqualTo("APPLIED");
    }

    @Test
    void only_the_executive_board_approves_and_after_its_approval_the_application_goes() {
        var project = idea("Skolsamarbete med Lyon", "PROJECT", programme());
        var requested = step(project, "request-approval", Map.of("on", "2026-09-05"));
        assertThat(requested.status()).as(requested.text()).isEqualTo(200);

        var byCommittee = step(requested, "approve-application", Map.of("decidedByKind", "COMMITTEE",
                "decidedByName", "Barn- och utbildningsnämnden", "decidedOn", "2026-09-10"));
        assertThat(byCommittee.status()).isEqualTo(409);
        assertThat(byCommittee.json().get("rule").asText()).isEqualTo("R7");

        var approved = step(requested, "approve-application", Map.of("decidedByKind", "EXECUTIVE_BOARD",
                "decidedByName", "Kommunstyrelsen", "decidedOn", "2026-09-10", "reference", "KS 2026/123"));
        assertThat(approved.status()).as(approved.text()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("APPROVED_FOR_APPLICATION");
        assertThat(approved.json().get("history").get(1).get("decision").get("reference").asText())
                .isEqualTo("KS 2026/123");

        var applied = step(approved, "submit-application", Map.of("on", "2026-09-15"));
        assertThat(applied.status()).as(applied.text()).isEqualTo(200);
        assertThat(applied.json().get("status").asText()).isEqualTo("APPLIED");
        assertThat(coordinator.get(BASE + "/projects/" + project.json().get("id").asText() + "/history").json()
                .findValuesAsText("action")).contains("register-idea", "request_approval", "approve_application",
                "submit_application");
    }
}
