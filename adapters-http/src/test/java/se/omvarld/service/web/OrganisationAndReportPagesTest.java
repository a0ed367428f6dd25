package se.omvarld.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The organisation's read view, and the reports page with its downloads served through the session (the JSON API's
 * report routes would need a bearer token): each file an attachment in the format and language asked for.
 */
@BrowserTest
class OrganisationAndReportPagesTest {

    @RegisterExtension
    static final RunningWebApp app = RunningWebApp.withBrowser();

    private WebDriver driver;

    @BeforeEach
    void newVisitor() {
        driver = app.driver();
        app.signOutAll();
    }

    private static int lastYear() {
        return TestProjects.ports(app).clock().today().getYear() - 1;
    }

    @Test
    void the_organisation_shows_committees_administrations_and_a_missing_representative_in_both_languages() {
        app.signIn(RunningWebApp.COORDINATOR);
        driver.get(app.url("/app/organisation"));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Organisation: Lidköping");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Biblioteket").contains("Ingen utsedd");
        Accessibility.check(driver, "the organisation in Swedish");

        app.chooseLanguage("en");

        assertThat(driver.findElement(By.tagName("main")).getText()).contains("None appointed");
        Accessibility.check(driver, "the organisation in English");
    }

    @Test
    void the_reports_page_is_accessible_in_both_languages_and_an_impossible_year_is_an_error() {
        app.signIn(RunningWebApp.COORDINATOR);
        driver.get(app.url("/app/reports"));
        assertThat(driver.findElements(By.cssSelector("a[href^='/app/reports/annual/" + lastYear() + "']")))
                .hasSizeGreaterThanOrEqualTo(12);
        Accessibility.check(driver, "the reports in Swedish");
        driver.get(app.url("/app/reports?year=3000"));
        assertThat(driver.findElement(By.id("f-year")).getAttribute("aria-invalid")).isEqualTo("true");
        Accessibility.check(driver, "the reports with an impossible year in Swedish");

        app.chooseLanguage("en");
        Accessibility.check(driver, "the reports in English");

        driver.get(app.url("/app/reports?year=3000"));
        assertThat(driver.findElement(By.id("f-year")).getAttribute("aria-invalid")).isEqualTo("true");
        Accessibility.check(driver, "the reports with an impossible year in English");
    }

    @Test
    void the_annual_compilation_downloads_as_a_pdf_attachment_through_the_session() {
        WebClient client = new WebClient(app);
        client.signIn(RunningWebApp.COORDINATOR);

        HttpResponse<String> pdf = client.get("/app/reports/annual/" + lastYear() + "?format=pdf&lang=sv");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(pdf.body()).startsWith("%PDF");
    }

    @Test
    void the_annual_report_section_linked_from_the_page_downloads_as_csv_in_english() {
        WebClient client = new WebClient(app);
        client.signIn(RunningWebApp.COORDINATOR);
        Element link = WebClient.html(client.get("/app/reports?year=" + lastYear()))
                .selectFirst("a[href^=/app/reports/annual-report/][href*=format=csv&][href$=lang=en]");
        assertThat(link).as("a link to the section as CSV in English").isNotNull();

        HttpResponse<String> csv = client.get(link.attr("href"));

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
    }

    @Test
    void the_calendar_downloads_as_icalendar() {
        WebClient client = new WebClient(app);
        client.signIn(RunningWebApp.COORDINATOR);

        HttpResponse<String> calendar = client.get("/app/reports/calendar.ics");

        assertThat(calendar.statusCode()).isEqualTo(200);
        assertThat(calendar.body()).startsWith("BEGIN:VCALENDAR");
    }

    @Test
    void a_download_without_a_session_is_sent_to_sign_in() {
        HttpResponse<String> answer = new WebClient(app).get("/app/reports/annual/" + lastYear() + "?format=pdf");

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).startsWith("/app/sign-in");
    }
}
