package se.omvarld.service;

import static org.assertj.core.api.Assertions.assertThat;
import static se.omvarld.service.RunningService.LIDKOPING;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.shared.UnitId;

/**
 * The association grant routes over HTTP, on the real service with Lidköping's demo register (which has no grants
 * and no R14: each test applies for its own grant).
 */
abstract class GrantApiTest extends EndToEndTest {

    static final String BASE = "/api/v1/municipalities/1494";
    static final String GRANTS = BASE + "/grants";

    static class OnH2 extends GrantApiTest {
        @Override
        RunningService.Store store() {
            return RunningService.Store.H2;
        }
    }

    static class OnPostgres extends GrantApiTest {
        @Override
        RunningService.Store store() {
            return RunningService.Store.POSTGRESQL;
        }
    }

    private static Map<String, Object> sek(String amount) {
        return Map.of("amount", amount, "currency", "SEK");
    }

    private static Map<String, Object> application(String association) {
        Map<String, Object> body = new HashMap<>();
        body.put("association", association);
        body.put("purpose", "Ungdomsutbyte med Kecskemét: fotboll och språk.");
        body.put("purposeAnchored", true);
        body.put("requested", sek("20000.00"));
        body.put("ownFinancing", sek("5000.00"));
        body.put("exchangeStart", "2026-05-01");
        body.put("exchangeEnd", "2026-05-10");
        body.put("appliedOn", "2026-03-01");
        return body;
    }

    private static Map<String, Object> granted(String amount) {
        return Map.of("granted", true, "amount", sek(amount), "decidedByKind", "COMMITTEE",
                "decidedByName", "Kultur- och fritidsnämnden", "decidedOn", "2026-04-01", "reference", "KFN 2026/12");
    }

    private static Map<String, Object> rejected() {
        return Map.of("granted", false, "decidedByKind", "COMMITTEE", "decidedByName", "Kultur- och fritidsnämnden",
                "decidedOn", "2026-04-01");
    }

    private static Map<String, Object> followUp() {
        return Map.of("submittedOn", "2026-06-01", "summary", "Tjugo ungdomar deltog; rapport bifogad.");
    }

    /** A new grant's path, applied for by an association of its own. */
    private String applied() {
        var created = admin.post(GRANTS, application("IFK Lidköping " + UUID.randomUUID().toString().substring(0,
                8)));
        assertThat(created.status()).isEqualTo(201);
        return GRANTS + "/" + created.json().get("id").asText();
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
    void a_grant_is_applied_for_read_back_with_its_etag_and_listed() {
        var created = admin.post(GRANTS, application("Lidköpings Musikförening"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("status").asText()).isEqualTo("APPLIED");
        assertThat(created.json().get("requested").get("amount").asText()).isEqualTo("20000.00");
        String path = created.header("Location").replaceFirst("^https?://[^/]+", "");
        var read = admin.get(path);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.etag()).isEqualTo("\"" + read.json().get("version").asLong() + "\"");
        assertThat(read.json().get("association").asText()).isEqualTo("Lidköpings Musikförening");
        assertThat(admin.get(GRANTS).json().findValuesAsText("association")).contains("Lidköpings Musikförening");
    }

    @Test
    void a_grant_is_granted_followed_up_and_its_history_tells_so() {
        String grant = applied();

        var decided = admin.post(grant + "/decision", granted("15000.00"), admin.get(grant).etag());
        var followed = admin.post(grant + "/follow-up", followUp(), decided.etag());

        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.json().get("status").asText()).isEqualTo("GRANTED");
        assertThat(decided.json().get("granted").get("amount").asText()).isEqualTo("15000.00");
        assertThat(decided.json().get("decision").get("reference").asText()).isEqualTo("KFN 2026/12");
        assertThat(followed.status()).isEqualTo(200);
        assertThat(followed.json().get("status").asText()).isEqualTo("FOLLOWED_UP");
        assertThat(followed.json().get("followUp").get("submittedOn").asText()).isEqualTo("2026-06-01");
        var history = admin.get(grant + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json().findValuesAsText("action")).containsExactly("apply", "grant", "follow-up");
    }

    @Test
    void a_grant_is_rejected_without_an_amount() {
        String grant = applied();

        var decided = admin.post(grant + "/decision", rejected(), admin.get(grant).etag());

        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.json().get("status").asText()).isEqualTo("REJECTED");
        assertThat(decided.json().has("granted")).isFalse();
    }

    @Test
    void a_follow_up_before_the_grant_is_decided_is_a_409() {
        String grant = applied();

        var answer = admin.answersOnly().post(grant + "/follow-up", followUp(), admin.get(grant).etag());

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().get("detail").asText()).contains("only a granted exchange is followed up");
    }

    @Test
    void granting_more_than_was_requested_is_a_409() {
        String grant = applied();

        var answer = admin.answersOnly().post(grant + "/decision", granted("25000.00"), admin.get(grant).etag());

        assertThat(answer.status()).isEqualTo(409);
    }

    @Test
    void invalid_fields_are_a_400_naming_them() {
        Map<String, Object> badAmount = application("Lidköpings Schackklubb");
        badAmount.put("requested", sek("20 000"));
        String grant = applied();
        Map<String, Object> grantedWithoutAmount = new HashMap<>(rejected());
        grantedWithoutAmount.put("granted", true);

        var applied = admin.answersOnly().post(GRANTS, badAmount);
        var decided = admin.answersOnly().post(grant + "/decision", grantedWithoutAmount, admin.get(grant).etag());
        var followed = admin.answersOnly().post(grant + "/follow-up", Map.of("submittedOn", "2026-06-01",
                "summary", ""), admin.get(grant).etag());

        assertThat(applied.status()).isEqualTo(400);
        assertThat(applied.json().get("errors").findValuesAsText("field")).isEqualTo(List.of("requested.amount"));
        assertThat(decided.status()).isEqualTo(400);
        assertThat(decided.json().get("errors").findValuesAsText("field")).isEqualTo(List.of("amount"));
        assertThat(followed.status()).isEqualTo(400);
        assertThat(followed.json().get("errors").findValuesAsText("field")).isEqualTo(List.of("summary"));
    }

    @Test
    void an_unknown_grant_is_a_404() {
        String unknown = GRANTS + "/" + UUID.randomUUID();

        assertThat(admin.answersOnly().get(unknown).status()).isEqualTo(404);
        assertThat(admin.answersOnly().get(unknown + "/history").status()).isEqualTo(404);
        assertThat(admin.answersOnly().post(unknown + "/decision", rejected(), "\"0\"").status()).isEqualTo(404);
    }

    @Test
    void without_a_token_or_with_a_wrong_one_every_route_is_401() {
        String grant = applied();
        for (ApiClient client : List.of(running.anonymous().answersOnly(),
                running.anonymous().withToken("not-a-token").answersOnly())) {
            assertThat(client.get(GRANTS).status()).isEqualTo(401);
            assertThat(client.post(GRANTS, application("X")).status()).isEqualTo(401);
            assertThat(client.get(grant).status()).isEqualTo(401);
            assertThat(client.get(grant + "/history").status()).isEqualTo(401);
            assertThat(client.post(grant + "/decision", rejected(), "\"0\"").status()).isEqualTo(401);
            assertThat(client.post(grant + "/follow-up", followUp(), "\"0\"").status()).isEqualTo(401);
        }
    }

    @Test
    void a_viewer_reads_grants_but_may_not_change_them_nor_may_a_unit_editor() {
        String grant = applied();
        String etag = admin.get(grant).etag();
        var viewer = running.as(LIDKOPING, Role.VIEWER, Optional.empty());
        var editor = running.as(LIDKOPING, Role.UNIT_EDITOR, Optional.of(UnitId.of("barn-skola")));

        assertThat(viewer.get(GRANTS).status()).isEqualTo(200);
        assertThat(viewer.get(grant).status()).isEqualTo(200);
        assertThat(viewer.get(grant + "/history").status()).isEqualTo(200);
        for (ApiClient client : List.of(viewer, editor)) {
            assertThat(client.post(GRANTS, application("X")).status()).isEqualTo(403);
            assertThat(client.post(grant + "/decision", rejected(), etag).status()).isEqualTo(403);
            assertThat(client.post(grant + "/follow-up", followUp(), etag).status()).isEqualTo(403);
        }
    }

    @Test
    void another_municipalitys_token_finds_no_such_municipality() {
        String grant = applied();
        var tyreso = tyresoOrSkip().answersOnly();

        var list = tyreso.get(GRANTS);

        assertThat(list.status()).isEqualTo(404);
        assertThat(list.text()).doesNotContain("IFK Lidköping");
        assertThat(tyreso.post(GRANTS, application("X")).status()).isEqualTo(404);
        assertThat(tyreso.get(grant).status()).isEqualTo(404);
        assertThat(tyreso.get(grant + "/history").status()).isEqualTo(404);
        assertThat(tyreso.post(grant + "/decision", rejected(), "\"0\"").status()).isEqualTo(404);
        assertThat(tyreso.post(grant + "/follow-up", followUp(), "\"0\"").status()).isEqualTo(404);
    }

    @Test
    void a_change_without_if_match_is_428_and_with_a_stale_one_412() {
        String grant = applied();
        var client = admin.answersOnly();

        assertThat(client.send("POST", grant + "/decision", rejected(), Map.of()).status()).isEqualTo(428);
        assertThat(client.send("POST", grant + "/follow-up", followUp(), Map.of()).status()).isEqualTo(428);
        assertThat(admin.post(grant + "/decision", rejected(), "\"999\"").status()).isEqualTo(412);
        assertThat(admin.post(grant + "/follow-up", followUp(), "\"999\"").status()).isEqualTo(412);
    }

    /** Applies for a grant on {@code appliedOn}, by an association named {@code association}; returns its id. */
    private String appliedOn(String association, String appliedOn) {
        Map<String, Object> body = application(association);
        body.put("appliedOn", appliedOn);
        var created = admin.post(GRANTS, body);
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    @Test
    void the_list_is_a_page_filtered_by_status_and_year_in_the_order_sort_names() {
        String first = appliedOn("Lidköpings Roddklubb", "2019-03-01");
        String last = appliedOn("Lidköpings Dragspelsklubb", "2019-05-01");
        String rejected = appliedOn("Lidköpings Boulesällskap", "2019-04-01");
        admin.post(GRANTS + "/" + rejected + "/decision", rejected(), admin.get(GRANTS + "/" + rejected).etag());

        var in2019 = admin.get(GRANTS + "?year=2019");
        var secondDownwards = admin.get(GRANTS + "?year=2019&sort=APPLIED_ON_DESCENDING&limit=1&offset=1");
        var byAssociation = admin.get(GRANTS + "?year=2019&sort=ASSOCIATION");
        var rejectedIn2019 = admin.get(GRANTS + "?year=2019&status=REJECTED");

        assertThat(in2019.status()).isEqualTo(200);
        assertThat(in2019.json().get("items").findValuesAsText("id")).containsExactly(first, rejected, last);
        assertThat(in2019.json().get("total").asLong()).isEqualTo(3);
        assertThat(in2019.json().get("items").get(0).get("requested").get("amount").asText()).isEqualTo("20000.00");
        assertThat(in2019.json().get("items").get(0).has("purpose")).isFalse();
        assertThat(secondDownwards.json().get("items").findValuesAsText("id")).containsExactly(rejected);
        assertThat(secondDownwards.json().get("total").asLong()).isEqualTo(3);
        assertThat(secondDownwards.json().get("offset").asInt()).isEqualTo(1);
        assertThat(secondDownwards.json().get("limit").asInt()).isEqualTo(1);
        assertThat(byAssociation.json().get("items").findValuesAsText("id")).containsExactly(rejected, last, first);
        assertThat(rejectedIn2019.json().get("items").findValuesAsText("id")).containsExactly(rejected);
        assertThat(rejectedIn2019.json().get("items").get(0).get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejectedIn2019.json().get("items").get(0).has("granted")).isFalse();
        assertThat(rejectedIn2019.json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void a_bad_filter_of_the_list_is_a_400_naming_it() {
        for (String query : List.of("year=twenty", "status=DONE", "sort=PURPOSE", "limit=101")) {
            var answer = admin.answersOnly().get(GRANTS + "?" + query);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.json().get("errors").get(0).get("field").asText()).as(query)
                    .isEqualTo(query.substring(0, query.indexOf('=')));
        }
    }
}
