package se.omvarld.service;

import static org.assertj.core.api.Assertions.assertThat;
import static se.omvarld.service.RunningService.LIDKOPING;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.shared.UnitId;

/**
 * The visit routes over HTTP, on the real service with Lidköping's demo register (which has no visits, and whose
 * policy has R3: digital meetings wherever they can be used).
 */
abstract class VisitApiTest extends EndToEndTest {

    static final String BASE = "/api/v1/municipalities/1494";
    static final String VISITS = BASE + "/visits";

    String partnershipId;

    @BeforeAll
    void prepare() {
        partnershipId = admin.get(BASE + "/partnerships?limit=1").json().get("items").get(0).get("id").asText();
    }

    static class OnH2 extends VisitApiTest {
        @Override
        RunningService.Store store() {
            return RunningService.Store.H2;
        }
    }

    static class OnPostgres extends VisitApiTest {
        @Override
        RunningService.Store store() {
            return RunningService.Store.POSTGRESQL;
        }
    }

    private Map<String, Object> visit(String direction, boolean digitalMeetingConsidered, String purpose) {
        Map<String, Object> body = new HashMap<>();
        body.put("partnershipId", partnershipId);
        body.put("direction", direction);
        body.put("firstDay", "2026-09-14");
        body.put("lastDay", "2026-09-16");
        body.put("purpose", purpose);
        body.put("participants", 6);
        body.put("digitalMeetingConsidered", digitalMeetingConsidered);
        body.put("committeeIds", List.of("barn-och-skolnamnden"));
        return body;
    }

    private Map<String, Object> incoming(String purpose) {
        return visit("INCOMING", false, purpose);
    }

    private static String unique(String purpose) {
        return purpose + " " + UUID.randomUUID().toString().substring(0, 8);
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
    void a_visit_is_recorded_read_back_listed_and_its_history_tells_so() {
        String purpose = unique("Skolledare från Kecskemét besöker Barn & Skola");

        var created = admin.post(VISITS, incoming(purpose));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("committeeIds").get(0).asText()).isEqualTo("barn-och-skolnamnden");
        String path = created.header("Location").replaceFirst("^https?://[^/]+", "");
        var read = admin.get(path);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.etag()).isEqualTo("\"" + read.json().get("version").asLong() + "\"");
        assertThat(read.json().get("purpose").asText()).isEqualTo(purpose);
        assertThat(read.json().get("partnershipId").asText()).isEqualTo(partnershipId);
        assertThat(admin.get(VISITS).json().findValuesAsText("purpose")).contains(purpose);
        var ofPartnership = admin.get(BASE + "/partnerships/" + partnershipId + "/visits");
        assertThat(ofPartnership.status()).isEqualTo(200);
        assertThat(ofPartnership.json().findValuesAsText("purpose")).contains(purpose);
        var history = admin.get(path + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json().findValuesAsText("action")).containsExactly("record");
    }

    @Test
    void a_visit_outside_any_partnership_has_no_partnership_id() {
        Map<String, Object> body = incoming(unique("Studiebesök från Tammerfors"));
        body.remove("partnershipId");

        var created = admin.post(VISITS, body);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().has("partnershipId")).isFalse();
    }

    @Test
    void an_outgoing_trip_without_a_digital_meeting_considered_is_refused_by_R3_in_lidkoping() {
        var refused = admin.answersOnly().post(VISITS, visit("OUTGOING", false, unique("Resa till Kecskemét")));
        var allowed = admin.post(VISITS, visit("OUTGOING", true, unique("Resa till Kecskemét")));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("rule").asText()).isEqualTo("R3");
        assertThat(refused.json().get("detail").asText()).contains("digital meeting");
        assertThat(allowed.status()).isEqualTo(201);
    }

    @Test
    void invalid_fields_are_a_400_naming_them() {
        Map<String, Object> noOne = incoming("Ingen deltog");
        noOne.put("participants", 0);
        Map<String, Object> backwards = incoming("Baklänges");
        backwards.put("lastDay", "2026-09-13");
        Map<String, Object> unknownCommittee = incoming("Okänd nämnd");
        unknownCommittee.put("committeeIds", List.of("ingen-sadan-namnd"));

        var participants = admin.answersOnly().post(VISITS, noOne);
        var lastDay = admin.answersOnly().post(VISITS, backwards);
        var committees = admin.answersOnly().post(VISITS, unknownCommittee);

        assertThat(participants.status()).isEqualTo(400);
        assertThat(participants.json().get("errors").findValuesAsText("field")).isEqualTo(List.of("participants"));
        assertThat(lastDay.status()).isEqualTo(400);
        assertThat(lastDay.json().get("errors").findValuesAsText("field")).isEqualTo(List.of("lastDay"));
        assertThat(committees.status()).isEqualTo(400);
        assertThat(committees.json().get("errors").findValuesAsText("field")).isEqualTo(List.of("committeeIds"));
    }

    @Test
    void an_unknown_visit_or_partnership_is_a_404() {
        String unknown = UUID.randomUUID().toString();
        Map<String, Object> body = incoming("Okänt partnerskap");
        body.put("partnershipId", unknown);

        assertThat(admin.answersOnly().get(VISITS + "/" + unknown).status()).isEqualTo(404);
        assertThat(admin.answersOnly().get(VISITS + "/" + unknown + "/history").status()).isEqualTo(404);
        assertThat(admin.answersOnly().get(BASE + "/partnerships/" + unknown + "/visits").status()).isEqualTo(404);
        assertThat(admin.answersOnly().post(VISITS, body).status()).isEqualTo(404);
    }

    @Test
    void without_a_token_or_with_a_wrong_one_every_route_is_401() {
        String visit = VISITS + "/" + admin.post(VISITS, incoming(unique("Besök"))).json().get("id").asText();
        for (ApiClient client : List.of(running.anonymous().answersOnly(),
                running.anonymous().withToken("not-a-token").answersOnly())) {
            assertThat(client.get(VISITS).status()).isEqualTo(401);
            assertThat(client.post(VISITS, incoming("X")).status()).isEqualTo(401);
            assertThat(client.get(visit).status()).isEqualTo(401);
            assertThat(client.get(visit + "/history").status()).isEqualTo(401);
            assertThat(client.get(BASE + "/partnerships/" + partnershipId + "/visits").status()).isEqualTo(401);
        }
    }

    @Test
    void a_viewer_reads_visits_but_may_not_record_one() {
        String visit = VISITS + "/" + admin.post(VISITS, incoming(unique("Besök"))).json().get("id").asText();
        var viewer = running.as(LIDKOPING, Role.VIEWER, Optional.empty());

        assertThat(viewer.get(VISITS).status()).isEqualTo(200);
        assertThat(viewer.get(visit).status()).isEqualTo(200);
        assertThat(viewer.get(visit + "/history").status()).isEqualTo(200);
        assertThat(viewer.get(BASE + "/partnerships/" + partnershipId + "/visits").status()).isEqualTo(200);
        assertThat(viewer.post(VISITS, incoming("X")).status()).isEqualTo(403);
    }

    @Test
    void a_unit_editor_may_record_a_visit_which_carries_committees_not_units() {
        var editor = running.as(LIDKOPING, Role.UNIT_EDITOR, Optional.of(UnitId.of("biblioteket")));

        var created = editor.post(VISITS, incoming(unique("Bibliotekarier från Utena")));

        assertThat(created.status()).isEqualTo(201);
    }

    @Test
    void another_municipalitys_token_finds_no_such_municipality() {
        String visit = VISITS + "/" + admin.post(VISITS, incoming(unique("Besök"))).json().get("id").asText();
        var tyreso = tyresoOrSkip().answersOnly();

        var list = tyreso.get(VISITS);

        assertThat(list.status()).isEqualTo(404);
        assertThat(list.text()).doesNotContain("Besök");
        assertThat(tyreso.post(VISITS, incoming("X")).status()).isEqualTo(404);
        assertThat(tyreso.get(visit).status()).isEqualTo(404);
        assertThat(tyreso.get(visit + "/history").status()).isEqualTo(404);
        assertThat(tyreso.get(BASE + "/partnerships/" + partnershipId + "/visits").status()).isEqualTo(404);
    }

    /** Records a visit that began on {@code firstDay} (outgoing ones with a digital meeting considered). */
    private String recorded(String direction, boolean withinThePartnership, String firstDay, String purpose) {
        Map<String, Object> body = visit(direction, true, purpose);
        body.put("firstDay", firstDay);
        body.put("lastDay", firstDay);
        if (!withinThePartnership) {
            body.remove("partnershipId");
        }
        var created = admin.post(VISITS, body);
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    @Test
    void the_list_is_a_page_filtered_by_direction_partnership_and_year_in_the_order_sort_names() {
        String incoming = recorded("INCOMING", true, "2019-03-10", unique("Rektorer från Kecskemét"));
        String outgoing = recorded("OUTGOING", true, "2019-02-01", unique("Resa till Kecskemét"));
        String outside = recorded("INCOMING", false, "2019-06-01", unique("Studiebesök från Tammerfors"));

        var in2019 = admin.get(VISITS + "?year=2019");
        var incomingDownwards = admin.get(VISITS + "?year=2019&direction=INCOMING&sort=FIRST_DAY_DESCENDING");
        var ofThePartnership = admin.get(VISITS + "?year=2019&partnership=" + partnershipId);
        var lastPage = admin.get(VISITS + "?year=2019&limit=2&offset=2");

        assertThat(in2019.status()).isEqualTo(200);
        assertThat(in2019.json().get("items").findValuesAsText("id")).containsExactly(outgoing, incoming, outside);
        assertThat(in2019.json().get("total").asLong()).isEqualTo(3);
        assertThat(in2019.json().get("items").get(1).get("partnershipId").asText()).isEqualTo(partnershipId);
        assertThat(in2019.json().get("items").get(2).has("partnershipId")).isFalse();
        assertThat(in2019.json().get("items").get(0).get("participants").asInt()).isEqualTo(6);
        assertThat(in2019.json().get("items").get(0).has("committeeIds")).isFalse();
        assertThat(incomingDownwards.json().get("items").findValuesAsText("id")).containsExactly(outside, incoming);
        assertThat(ofThePartnership.json().get("items").findValuesAsText("id")).containsExactly(outgoing, incoming);
        assertThat(ofThePartnership.json().get("total").asLong()).isEqualTo(2);
        assertThat(lastPage.json().get("items").findValuesAsText("id")).containsExactly(outside);
        assertThat(lastPage.json().get("total").asLong()).isEqualTo(3);
        assertThat(lastPage.json().get("offset").asInt()).isEqualTo(2);
    }

    @Test
    void a_bad_filter_of_the_list_is_a_400_naming_it() {
        for (String query : List.of("year=twenty", "direction=SIDEWAYS", "partnership=x", "sort=PURPOSE",
                "limit=101")) {
            var answer = admin.answersOnly().get(VISITS + "?" + query);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.json().get("errors").get(0).get("field").asText()).as(query)
                    .isEqualTo(query.substring(0, query.indexOf('=')));
        }
    }

    private static final String PDF = "application/pdf";
    private static final String ODT = "application/vnd.oasis.opendocument.text";
    private static final byte[] REPORT = "%PDF-1.7\nBesöksrapport\n".getBytes(StandardCharsets.UTF_8);

    private String reportOf(String visitId, String fileName) {
        return VISITS + "/" + visitId + "/report?filename=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    private String newVisit() {
        return admin.post(VISITS, incoming(unique("Vänortsbesök"))).json().get("id").asText();
    }

    @Test
    void a_visit_s_report_is_uploaded_downloaded_and_replaced_and_each_upload_is_in_its_history() {
        String visit = newVisit();
        byte[] odt = "PK\u0003\u0004 slutlig rapport".getBytes(StandardCharsets.ISO_8859_1);

        var first = admin.putFile(reportOf(visit, "Besöksrapport Kecskemét.pdf"), PDF, REPORT);
        var download = admin.get(VISITS + "/" + visit + "/report");
        var second = admin.putFile(reportOf(visit, "rapport.odt"), ODT, odt);
        var replaced = admin.get(VISITS + "/" + visit + "/report");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("fileName").asText()).isEqualTo("Besöksrapport Kecskemét.pdf");
        assertThat(first.json().get("size").asLong()).isEqualTo(REPORT.length);
        assertThat(first.json().get("uploadedBy").asText()).isNotBlank();
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(REPORT);
        assertThat(download.header("Content-Type")).startsWith(PDF);
        assertThat(download.header("Content-Disposition")).startsWith("attachment")
                .contains("filename*=UTF-8''Bes%C3%B6ksrapport%20Kecskem%C3%A9t.pdf");
        assertThat(second.status()).isEqualTo(200);
        assertThat(replaced.bytes()).isEqualTo(odt);
        assertThat(replaced.header("Content-Type")).startsWith(ODT);
        assertThat(admin.get(VISITS + "/" + visit + "/history").json().findValuesAsText("action"))
                .containsExactly("record", "attach-report", "attach-report");
    }

    @Test
    void a_visit_without_a_report_answers_404_for_it() {
        var none = admin.answersOnly().get(VISITS + "/" + newVisit() + "/report");

        assertThat(none.status()).isEqualTo(404);
    }

    @Test
    void a_report_of_another_kind_than_it_says_empty_unnamed_or_too_large_is_refused_and_nothing_kept() {
        String visit = newVisit();
        byte[] tooLarge = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(REPORT, 0, tooLarge, 0, REPORT.length);

        var text = admin.putFile(reportOf(visit, "rapport.txt"), "text/plain", REPORT);
        var notADocx = admin.putFile(reportOf(visit, "rapport.docx"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", REPORT);
        var claimedOdt = admin.putFile(reportOf(visit, "rapport.pdf"), ODT, REPORT);
        var empty = admin.putFile(reportOf(visit, "rapport.pdf"), PDF, new byte[0]);
        var unnamed = admin.putFile(VISITS + "/" + visit + "/report", PDF, REPORT);
        var large = admin.putFile(reportOf(visit, "rapport.pdf"), PDF, tooLarge);

        assertThat(text.status()).isEqualTo(415);
        for (var refused : List.of(notADocx, claimedOdt, empty)) {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("file");
        }
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(unnamed.json().get("errors").findValuesAsText("field")).containsExactly("filename");
        assertThat(large.status()).isEqualTo(413);
        assertThat(admin.answersOnly().get(VISITS + "/" + visit + "/report").status()).isEqualTo(404);
    }

    @Test
    void a_report_needs_a_token_and_a_viewer_downloads_it_but_may_not_upload_one() {
        String visit = newVisit();
        admin.putFile(reportOf(visit, "rapport.pdf"), PDF, REPORT);
        var viewer = running.as(LIDKOPING, Role.VIEWER, Optional.empty());
        var editor = running.as(LIDKOPING, Role.UNIT_EDITOR, Optional.of(UnitId.of("biblioteket")));

        assertThat(running.anonymous().putFile(reportOf(visit, "rapport.pdf"), PDF, REPORT).status()).isEqualTo(401);
        assertThat(running.anonymous().answersOnly().get(VISITS + "/" + visit + "/report").status()).isEqualTo(401);
        assertThat(viewer.putFile(reportOf(visit, "rapport.pdf"), PDF, REPORT).status()).isEqualTo(403);
        assertThat(viewer.get(VISITS + "/" + visit + "/report").bytes()).isEqualTo(REPORT);
        assertThat(editor.putFile(reportOf(visit, "rapport.pdf"), PDF, REPORT).status()).isEqualTo(200);
    }

    @Test
    void another_municipalitys_token_finds_no_report() {
        String visit = newVisit();
        admin.putFile(reportOf(visit, "rapport.pdf"), PDF, REPORT);
        var tyreso = tyresoOrSkip().answersOnly();

        assertThat(tyreso.get(VISITS + "/" + visit + "/report").status()).isEqualTo(404);
        assertThat(tyreso.putFile(reportOf(visit, "rapport.pdf"), PDF, REPORT).status()).isEqualTo(404);
        assertThat(admin.get(VISITS + "/" + visit + "/report").bytes()).isEqualTo(REPORT);
    }
}
