package se.omvarld.service;

import static org.assertj.core.api.Assertions.assertThat;
import static se.omvarld.service.RunningService.LIDKOPING;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.shared.MunicipalityCode;

/**
 * The reports of a year over HTTP: each format with its media type, file name and caching headers, in Swedish and
 * English, to every role of the municipality and to no one else.
 */
abstract class ReportApiTest extends EndToEndTest {

    static final String ANNUAL = "/api/v1/municipalities/1494/reports/annual/2025";
    static final MunicipalityCode EKSJO = MunicipalityCode.of("0686");

    ApiClient viewer;

    @BeforeAll
    void prepare() {
        viewer = running.as(LIDKOPING, Role.VIEWER, Optional.empty());
    }

    static class OnH2 extends ReportApiTest {
        @Override
        RunningService.Store store() {
            return RunningService.Store.H2;
        }
    }

    static class OnPostgres extends ReportApiTest {
        @Override
        RunningService.Store store() {
            return RunningService.Store.POSTGRESQL;
        }
    }

    @Test
    void the_annual_compilation_is_a_pdf_by_default_named_in_swedish_and_kept_by_no_shared_cache() throws IOException {
        ApiClient.Answer answer = viewer.get(ANNUAL);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(answer.header("Cache-Control")).isEqualTo("private, no-cache");
        assertThat(savedAs(answer)).isEqualTo("arlig-sammanstallning-lidkoping-2025.pdf");
        try (PDDocument pdf = Loader.loadPDF(answer.bytes())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Lidköping", "2025");
        }
    }

    @Test
    void in_english_the_html_page_says_its_language_and_is_shown_rather_than_saved() {
        ApiClient.Answer answer = viewer.get(ANNUAL + "?format=html&lang=en");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("text/html");
        assertThat(answer.header("Content-Disposition")).startsWith("inline;");
        assertThat(savedAs(answer)).isEqualTo("annual-compilation-lidkoping-2025.html");
        assertThat(org.jsoup.Jsoup.parse(answer.text()).selectFirst("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void the_spreadsheet_and_the_word_document_are_office_files() throws IOException {
        assertThat(entries(viewer.get(ANNUAL + "?format=xlsx"))).contains("xl/workbook.xml");
        assertThat(entries(viewer.get(ANNUAL + "?format=docx"))).contains("word/document.xml");
    }

    @Test
    void the_csv_for_swedish_excel_begins_with_a_byte_order_mark_and_the_plain_one_does_not() {
        byte[] excel = viewer.get(ANNUAL + "?format=csv-excel").bytes();
        byte[] plain = viewer.get(ANNUAL + "?format=csv").bytes();

        assertThat(excel).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(plain[0]).isNotEqualTo((byte) 0xEF);
    }

    @Test
    void an_unknown_format_is_refused_naming_the_parameter() {
        ApiClient.Answer answer = viewer.answersOnly().get(ANNUAL + "?format=odt");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text()).contains("format");
    }

    @Test
    void a_year_that_has_not_begun_is_refused_naming_the_year() {
        ApiClient.Answer answer = viewer.get("/api/v1/municipalities/1494/reports/annual/2099");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text()).contains("year");
    }

    @Test
    void without_a_token_there_is_no_report() {
        assertThat(running.anonymous().answersOnly().get(ANNUAL).status()).isEqualTo(401);
    }

    @Test
    void another_municipalitys_token_finds_no_such_report() {
        ApiClient eksjo = running.as(EKSJO, Role.ADMIN, Optional.empty());

        assertThat(eksjo.get(ANNUAL).status()).isEqualTo(404);
    }

    @Test
    void eksjo_reports_its_international_work_in_one_section_of_the_municipalitys_annual_report() {
        ApiClient eksjo = running.as(EKSJO, Role.VIEWER, Optional.empty());

        ApiClient.Answer answer = eksjo.get("/api/v1/municipalities/0686/reports/annual-report/2025?format=html");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text()).contains("Eksjö");
    }

    private static String savedAs(ApiClient.Answer answer) {
        String disposition = answer.header("Content-Disposition");
        String marker = "filename*=UTF-8''";
        assertThat(disposition).contains(marker);
        return URLDecoder.decode(disposition.substring(disposition.indexOf(marker) + marker.length()),
                StandardCharsets.UTF_8);
    }

    private static java.util.List<String> entries(ApiClient.Answer answer) throws IOException {
        assertThat(answer.status()).isEqualTo(200);
        java.util.List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(answer.bytes()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
