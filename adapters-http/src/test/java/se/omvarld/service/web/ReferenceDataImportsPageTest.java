package se.omvarld.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.omvarld.adapter.http.HttpApi;
import se.omvarld.application.demo.LidkopingRegister;
import se.omvarld.domain.access.Role;
import se.omvarld.service.ServiceAccounts;
import se.omvarld.service.ServiceReferenceData;

/**
 * The reference-data imports page over HTTP, with the real files of /work/shared/data: the ECB's rates and V-Dem's
 * table for an admin, the national twin-town list for a coordinator; what each import did, and a bad file's line
 * and reason by its field, changing nothing.
 */
class ReferenceDataImportsPageTest {

    @RegisterExtension
    static final RunningWebApp app = RunningWebApp.withoutBrowser();

    static final Path DATA = Path.of("/work/shared/data");
    /** The ECB's publication of 2025-05-09: the shipped one of 2024-10-11 and 144 business days after it. */
    static final Path ECB_2025 = DATA.resolve("exchange-rates/eurofxref-hist-2025-05-09.csv");
    static final Path VDEM = DATA.resolve("country-regimes/political-regime-2000-2024.csv");
    static final Path TWIN_TOWNS = DATA.resolve("twin-towns/twin_cities_raw.csv");
    static final String PAGE = "/app/admin/reference-data";

    static final RunningWebApp.User ADMIN = new RunningWebApp.User("referens@lidkoping.se", "Referens-2026-ECB",
            "Rut Referens", LidkopingRegister.CODE, Role.ADMIN, Optional.empty());

    @BeforeAll
    static void anAdminAndTheShippedRates() throws InterruptedException {
        ServiceAccounts.open(app.service(), ADMIN.municipality(), ADMIN.email(), ADMIN.name(), ADMIN.role(),
                ADMIN.unit(), ADMIN.password(), false);
        ServiceReferenceData.await(app.service());
    }

    @Test
    void the_page_shows_the_latest_ecb_day_and_vdem_year_stored() {
        WebClient admin = signedIn(ADMIN);

        Document page = WebClient.html(admin.get(PAGE));

        assertThat(page.getElementById("rates-stored").text())
                .matches("Senaste dagen med kronans kurs: \\d+ \\p{L}+ 20\\d\\d\\.");
        assertThat(page.getElementById("assessments-stored").text()).isEqualTo("Senaste året med bedömningar: 2024.");
    }

    @Test
    void a_slice_of_the_ecbs_newer_file_adds_its_days_and_a_second_import_of_it_changes_nothing() throws IOException {
        WebClient admin = signedIn(ADMIN);
        byte[] slice = lines(ECB_2025, 11);

        upload(admin, "exchange-rates", "eurofxref-2025-slice.csv", slice);
        HttpResponse<String> again = upload(admin, "exchange-rates", "eurofxref-2025-slice.csv", slice);

        assertThat(again.statusCode()).isEqualTo(200);
        Document page = WebClient.html(again);
        assertThat(page.getElementById("import-done").text())
                .startsWith("Kursfilen eurofxref-2025-slice.csv: 0 kurser tillagda, ");
        assertThat(page.getElementById("rates-stored").text()).isEqualTo("Senaste dagen med kronans kurs: 9 maj 2025.");
    }

    @Test
    void the_ecbs_whole_history_is_taken_though_larger_than_any_body_the_api_reads() throws IOException {
        WebClient admin = signedIn(ADMIN);
        byte[] whole = Files.readAllBytes(ECB_2025);
        assertThat(whole.length).isGreaterThan((int) HttpApi.MAX_BODY);

        HttpResponse<String> answer = upload(admin, "exchange-rates", "eurofxref-hist.csv", whole);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(WebClient.html(answer).getElementById("import-done").text())
                .startsWith("Kursfilen eurofxref-hist.csv: ");
        assertThat(WebClient.html(answer).getElementById("rates-stored").text())
                .isEqualTo("Senaste dagen med kronans kurs: 9 maj 2025.");
    }

    @Test
    void a_row_that_is_not_a_date_is_named_by_its_line_and_reason_in_swedish_and_nothing_is_added() throws Exception {
        WebClient admin = signedIn(ADMIN);
        long stored = ServiceReferenceData.exchangeRates(app.service());
        String slice = new String(lines(ECB_2025, 4), StandardCharsets.UTF_8).replace("\n2025-05-07,", "\n2025-05-77,");

        HttpResponse<String> answer = upload(admin, "exchange-rates", "eurofxref-bad.csv",
                slice.getBytes(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(400);
        Document page = WebClient.html(answer);
        assertThat(page.getElementById("f-exchange-rates-error").text())
                .isEqualTo("rad 4: ”2025-05-77” är inget datum.");
        assertThat(page.getElementById("f-exchange-rates").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById("import-done")).isNull();
        assertThat(ServiceReferenceData.exchangeRates(app.service())).isEqualTo(stored);
    }

    @Test
    void a_file_larger_than_5_mb_is_refused_beside_its_field_without_being_read() throws Exception {
        WebClient admin = signedIn(ADMIN);
        long stored = ServiceReferenceData.exchangeRates(app.service());

        HttpResponse<String> answer = upload(admin, "exchange-rates", "huge.csv", new byte[6 * 1024 * 1024]);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(WebClient.html(answer).getElementById("f-exchange-rates-error").text())
                .isEqualTo("Filen är större än 5 MB.");
        assertThat(ServiceReferenceData.exchangeRates(app.service())).isEqualTo(stored);
    }

    @Test
    void an_upload_without_its_csrf_token_is_refused() throws IOException {
        WebClient admin = signedIn(ADMIN);
        admin.get(PAGE);

        HttpResponse<String> answer = admin.postFile(PAGE + "?import=exchange-rates", Map.of(), "exchange-rates",
                "eurofxref.csv", lines(ECB_2025, 3));

        assertThat(answer.statusCode()).isEqualTo(403);
    }

    @Test
    void the_vdem_table_over_the_shipped_one_adds_nothing_and_counts_what_it_found_stored() throws IOException {
        WebClient admin = signedIn(ADMIN);

        HttpResponse<String> answer = upload(admin, "country-assessments", "political-regime-2000-2024.csv",
                Files.readAllBytes(VDEM));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(WebClient.html(answer).getElementById("import-done").text()).matches(
                "Tabellen political-regime-2000-2024\\.csv: 0 bedömningar tillagda, 4[\\s\\u00a0]\\d{3} fanns redan"
                        + " oförändrade\\.");
    }

    @Test
    void a_vdem_row_with_a_regime_class_out_of_range_is_named_by_its_line() throws IOException {
        WebClient admin = signedIn(ADMIN);
        String table = new String(lines(VDEM, 4), StandardCharsets.UTF_8).replace("Afghanistan,AFG,2002,0",
                "Afghanistan,AFG,2002,7");

        HttpResponse<String> answer = upload(admin, "country-assessments", "regimes.csv",
                table.getBytes(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(WebClient.html(answer).getElementById("f-country-assessments-error").text())
                .isEqualTo("rad 4: Styrelseskicket 7 är ingen klass från 0 till 3.");
    }

    @Test
    void no_file_chosen_is_a_field_error() {
        WebClient admin = signedIn(ADMIN);

        HttpResponse<String> answer = upload(admin, "country-assessments", "", new byte[0]);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(WebClient.html(answer).getElementById("f-country-assessments-error").text())
                .isEqualTo("Välj en fil.");
    }

    @Test
    void a_coordinator_records_the_municipalitys_twin_towns_from_the_national_list_once() throws IOException {
        WebClient coordinator = signedIn(RunningWebApp.TYRESO_COORDINATOR);
        byte[] list = Files.readAllBytes(TWIN_TOWNS);

        upload(coordinator, "twin-towns", "twin_cities_raw.csv", list);
        HttpResponse<String> again = upload(coordinator, "twin-towns", "twin_cities_raw.csv", list);

        assertThat(again.statusCode()).isEqualTo(200);
        Document page = WebClient.html(again);
        assertThat(page.getElementById("import-done").text())
                .isEqualTo("Listan twin_cities_raw.csv: 0 vänorter registrerade, 2 fanns redan.");
        assertThat(page.getElementById("twin-towns-present").text()).contains("Savigny-le-Temple FR", "Cēsis LV");
        assertThat(page.getElementById("twin-towns-recorded")).isNull();
    }

    @Test
    void a_file_that_is_not_a_twin_town_list_is_refused_by_its_line() throws IOException {
        WebClient coordinator = signedIn(RunningWebApp.COORDINATOR);
        String list = new String(lines(TWIN_TOWNS, 3), StandardCharsets.UTF_8) + "Lidköping,Sweden,Rockford\n";

        HttpResponse<String> answer = upload(coordinator, "twin-towns", "vanorter.csv",
                list.getBytes(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(WebClient.html(answer).getElementById("f-twin-towns-error").text())
                .startsWith("Filen är ingen vänortslista: Rad 4 i filen vanorter.csv har 3 fält");
    }

    @Test
    void a_row_about_the_municipality_that_cannot_be_taken_is_listed_with_its_reason_in_swedish() {
        WebClient coordinator = signedIn(RunningWebApp.COORDINATOR);
        String list = "city1,country1,city2,country2\nPrizren,Kosovo,Lidköping,Sweden\n";

        HttpResponse<String> answer = upload(coordinator, "twin-towns", "kosovo.csv",
                list.getBytes(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(WebClient.html(answer).getElementById("twin-towns-rejected").text())
                .contains("Kosovo har ingen landskod enligt ISO 3166-1").doesNotContain("has no ISO 3166-1 code");
    }

    @Test
    void a_coordinator_sees_and_may_use_the_twin_towns_import_only() throws IOException {
        WebClient coordinator = signedIn(RunningWebApp.COORDINATOR);

        Document page = WebClient.html(coordinator.get(PAGE));
        HttpResponse<String> rates = upload(coordinator, "exchange-rates", "eurofxref.csv", lines(ECB_2025, 3));

        assertThat(page.select("form[enctype=multipart/form-data]").eachAttr("action"))
                .containsExactly(PAGE + "?import=twin-towns");
        assertThat(rates.statusCode()).isEqualTo(403);
    }

    @Test
    void a_unit_editor_may_not_open_the_page() {
        WebClient editor = signedIn(RunningWebApp.UNIT_EDITOR);

        assertThat(editor.get(PAGE).statusCode()).isEqualTo(403);
    }

    private static WebClient signedIn(RunningWebApp.User user) {
        WebClient client = new WebClient(app);
        client.signIn(user);
        return client;
    }

    /** Uploads {@code content} with the form of {@code which} import, as the page's form does. */
    private static HttpResponse<String> upload(WebClient client, String which, String fileName, byte[] content) {
        String csrf = WebClient.csrfOf(client.get(PAGE));
        return client.postFile(PAGE + "?import=" + which, Map.of("_csrf", csrf), which, fileName, content);
    }

    /** The first {@code count} lines of {@code file} (its header and the rows after it). */
    private static byte[] lines(Path file, int count) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).subList(0, count);
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
