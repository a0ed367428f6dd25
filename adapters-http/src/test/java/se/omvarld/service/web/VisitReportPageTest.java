package se.omvarld.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.omvarld.application.demo.LidkopingRegister;
import se.omvarld.domain.access.Role;
import se.omvarld.service.ServiceAccounts;

/**
 * A visit's report on the visit's page over HTTP: uploaded with the page's form, downloaded byte for byte, a file of
 * another kind refused beside its field, and neither a viewer nor another municipality's coordinator may upload.
 */
class VisitReportPageTest {

    @RegisterExtension
    static final RunningWebApp app = RunningWebApp.withoutBrowser();

    static final RunningWebApp.User VIEWER = new RunningWebApp.User("lasare@lidkoping.se", "Läsare-2026-Utena",
            "Lisa Läsare", LidkopingRegister.CODE, Role.VIEWER, Optional.empty());
    static final byte[] PDF = "%PDF-1.7\nBesöksrapport från Utena\n".getBytes(StandardCharsets.UTF_8);

    @BeforeAll
    static void aViewer() {
        ServiceAccounts.open(app.service(), VIEWER.municipality(), VIEWER.email(), VIEWER.name(), VIEWER.role(),
                VIEWER.unit(), VIEWER.password(), false);
    }

    private static WebClient signedIn(RunningWebApp.User user) {
        WebClient client = new WebClient(app);
        client.signIn(user);
        return client;
    }

    /** Records an incoming visit with the form and answers its page's path. */
    static String recordedVisit(WebClient client) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", WebClient.csrfOf(client.get("/app/visits/new")));
        fields.put("partnershipId", "");
        fields.put("direction", "INCOMING");
        fields.put("firstDay", "2026-05-04");
        fields.put("lastDay", "2026-05-06");
        fields.put("purpose", "Bibliotekarier från Utena");
        fields.put("participants", "4");
        HttpResponse<String> recorded = client.post("/app/visits", fields);
        assertThat(recorded.statusCode()).isEqualTo(303);
        return recorded.headers().firstValue("Location").orElseThrow();
    }

    private static HttpResponse<String> upload(WebClient client, String visit, String fileName, byte[] content) {
        String csrf = WebClient.csrfOf(client.get(visit));
        return client.postFile(visit, Map.of("_csrf", csrf), "file", fileName, content);
    }

    @Test
    void an_uploaded_report_is_shown_on_the_visit_s_page_and_downloads_byte_for_byte() {
        WebClient coordinator = signedIn(RunningWebApp.COORDINATOR);
        String visit = recordedVisit(coordinator);

        HttpResponse<String> uploaded = upload(coordinator, visit, "Besöksrapport Utena.pdf", PDF);

        assertThat(uploaded.statusCode()).isEqualTo(303);
        Document page = WebClient.html(coordinator.get(visit));
        assertThat(page.getElementById("report").text()).contains("Besöksrapport Utena.pdf").contains("1 kB")
                .contains(RunningWebApp.COORDINATOR.name());
        assertThat(page.getElementById("history").text()).contains("besöksrapporten Besöksrapport Utena.pdf");
        String link = page.select("#report a").attr("href");
        HttpResponse<byte[]> download = coordinator.download(link);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/pdf"));
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("attachment")
                        .contains("filename*=UTF-8''Bes%C3%B6ksrapport%20Utena.pdf"));
    }

    @Test
    void a_file_of_another_kind_is_refused_beside_the_file_field_and_nothing_is_kept() {
        WebClient coordinator = signedIn(RunningWebApp.COORDINATOR);
        String visit = recordedVisit(coordinator);

        HttpResponse<String> refused = upload(coordinator, visit, "rapport.docx", PDF);

        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = WebClient.html(refused);
        assertThat(page.getElementById("f-file-error").text()).startsWith("Välj en PDF (.pdf)");
        assertThat(page.getElementById("f-file").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("[role=alert]").text()).contains("Välj en PDF (.pdf)");
        assertThat(page.getElementById("report").text()).isEqualTo("Ingen besöksrapport är uppladdad.");
        assertThat(coordinator.download(visit + "/report").statusCode()).isEqualTo(404);
    }

    @Test
    void a_unit_editor_uploads_a_report_as_it_records_a_visit() {
        WebClient editor = signedIn(RunningWebApp.UNIT_EDITOR);
        String visit = recordedVisit(editor);

        assertThat(upload(editor, visit, "rapport.pdf", PDF).statusCode()).isEqualTo(303);
        assertThat(editor.download(visit + "/report").body()).isEqualTo(PDF);
    }

    @Test
    void a_viewer_downloads_the_report_but_is_offered_no_form_and_may_not_upload() {
        WebClient coordinator = signedIn(RunningWebApp.COORDINATOR);
        String visit = recordedVisit(coordinator);
        upload(coordinator, visit, "rapport.pdf", PDF);
        WebClient viewer = signedIn(VIEWER);
        HttpResponse<String> page = viewer.get(visit);

        HttpResponse<String> refused = viewer.postFile(visit, Map.of("_csrf", WebClient.csrfOf(page)),
                "file", "annan.pdf", PDF);

        assertThat(WebClient.html(page).select("form.report")).isEmpty();
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(viewer.download(visit + "/report").body()).isEqualTo(PDF);
    }

    @Test
    void another_municipality_s_coordinator_finds_neither_the_visit_nor_its_report() {
        WebClient coordinator = signedIn(RunningWebApp.COORDINATOR);
        String visit = recordedVisit(coordinator);
        upload(coordinator, visit, "rapport.pdf", PDF);
        WebClient tyreso = signedIn(RunningWebApp.TYRESO_COORDINATOR);
        String csrf = WebClient.csrfOf(tyreso.get("/app/visits"));

        assertThat(tyreso.get(visit).statusCode()).isEqualTo(404);
        assertThat(tyreso.download(visit + "/report").statusCode()).isEqualTo(404);
        assertThat(tyreso.postFile(visit, Map.of("_csrf", csrf), "file", "rapport.pdf", PDF)
                .statusCode()).isEqualTo(404);
        assertThat(coordinator.download(visit + "/report").body()).isEqualTo(PDF);
    }
}
