package se.omvarld.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import se.omvarld.application.demo.LidkopingRegister;

/**
 * The visit pages: the list, a visit recorded after R3 refused it without a digital meeting considered, and a visit's
 * report uploaded on its page.
 */
@BrowserTest
class VisitPagesTest {

    @RegisterExtension
    static final RunningWebApp app = RunningWebApp.withBrowser();

    private WebDriver driver;

    @BeforeEach
    void newVisitor() {
        driver = app.driver();
        app.signOutAll();
    }

    @Test
    void the_list_and_the_record_form_are_accessible_in_swedish_and_in_english() {
        app.signIn(RunningWebApp.COORDINATOR);
        driver.get(app.url("/app/visits"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Besök");
        Accessibility.check(driver, "the visit list in Swedish");
        driver.get(app.url("/app/visits/new"));
        Accessibility.check(driver, "the visit form in Swedish");

        app.chooseLanguage("en");

        Accessibility.check(driver, "the visit form in English");
        driver.get(app.url("/app/visits"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Visits");
        Accessibility.check(driver, "the visit list in English");
    }

    @Test
    void an_outgoing_trip_without_a_digital_meeting_considered_is_refused_under_r3_then_recorded() {
        app.signIn(RunningWebApp.UNIT_EDITOR);
        driver.get(app.url("/app/visits/new"));
        new Select(driver.findElement(By.id("f-partnershipId")))
                .selectByValue(LidkopingRegister.UTENA_TWIN_TOWN.toString());
        driver.findElement(By.id("f-purpose")).sendKeys("Studiebesök på Utenas bibliotek");
        driver.findElement(By.id("f-participants")).clear();
        driver.findElement(By.id("f-participants")).sendKeys("3");
        app.submit("form.record");

        assertThat(driver.findElement(By.cssSelector("form.record .refusals-here")).getText()).contains("R3");
        assertThat(driver.findElement(By.id("f-purpose")).getAttribute("value"))
                .isEqualTo("Studiebesök på Utenas bibliotek");
        Accessibility.check(driver, "a visit refused under R3 in Swedish");

        driver.findElement(By.id("f-digitalMeetingConsidered")).click();
        app.submit("form.record");

        app.waitFor().until(ExpectedConditions.urlMatches("/app/visits/[0-9a-f-]{36}$"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Studiebesök på Utenas bibliotek");
        assertThat(driver.findElement(By.id("facts")).getText()).contains("Utgående").contains("Utena");
        assertThat(driver.findElement(By.id("history")).getText()).contains(RunningWebApp.UNIT_EDITOR.name());
        Accessibility.check(driver, "a visit");

        app.chooseLanguage("en");
        driver.get(app.url("/app/visits/new"));
        new Select(driver.findElement(By.id("f-partnershipId")))
                .selectByValue(LidkopingRegister.UTENA_TWIN_TOWN.toString());
        driver.findElement(By.id("f-purpose")).sendKeys("Studiebesök på Utenas bibliotek");
        app.replace("f-participants", "3");
        app.submit("form.record");
        assertThat(driver.findElement(By.cssSelector("form.record .refusals-here")).getText()).contains("R3");
        Accessibility.check(driver, "a visit refused under R3 in English");
    }

    @Test
    void a_visit_without_a_purpose_names_the_field() {
        app.signIn(RunningWebApp.COORDINATOR);
        driver.get(app.url("/app/visits/new"));

        app.submit("form.record");

        assertThat(driver.findElement(By.id("f-purpose")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.cssSelector(".error-summary a[href='#f-purpose']")).getText())
                .isEqualTo("Skriv besökets syfte.");
        Accessibility.check(driver, "the visit form with an error in Swedish");

        app.chooseLanguage("en");
        driver.get(app.url("/app/visits/new"));
        app.submit("form.record");
        assertThat(driver.findElement(By.id("f-purpose")).getAttribute("aria-invalid")).isEqualTo("true");
        Accessibility.check(driver, "the visit form with an error in English");
    }

    @TempDir
    static Path files;

    @Test
    void a_visit_s_report_is_uploaded_on_its_page_and_a_wrong_or_too_large_file_is_named_beside_its_field()
            throws IOException {
        app.signIn(RunningWebApp.COORDINATOR);
        driver.get(app.url("/app/visits/new"));
        new Select(driver.findElement(By.id("f-direction"))).selectByValue("INCOMING");
        driver.findElement(By.id("f-purpose")).sendKeys("Vänortsbesök från Utena");
        app.submit("form.record");
        app.waitFor().until(ExpectedConditions.urlMatches("/app/visits/[0-9a-f-]{36}$"));
        assertThat(driver.findElement(By.id("report")).getText()).isEqualTo("Ingen besöksrapport är uppladdad.");
        Accessibility.check(driver, "a visit without a report in Swedish");
        Path notAPdf = Files.write(files.resolve("rapport.pdf"),
                "PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1));
        Path huge = Files.write(files.resolve("stor.pdf"), new byte[6 * 1024 * 1024]);
        Path report = Files.write(files.resolve("Besöksrapport Utena.pdf"),
                "%PDF-1.7\nBesöksrapport\n".getBytes(StandardCharsets.UTF_8));

        uploadReport(notAPdf);
        assertThat(driver.findElement(By.id("f-file-error")).getText()).startsWith("Välj en PDF (.pdf)");
        assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText()).contains("Välj en PDF (.pdf)");
        Accessibility.check(driver, "a visit report of the wrong kind in Swedish");
        uploadReport(huge);
        assertThat(driver.findElement(By.id("f-file-error")).getText()).isEqualTo("Filen får vara högst 5 MB.");
        Accessibility.check(driver, "a visit report too large in Swedish");

        app.chooseLanguage("en");
        uploadReport(notAPdf);
        assertThat(driver.findElement(By.id("f-file-error")).getText()).startsWith("Choose a PDF (.pdf)");
        Accessibility.check(driver, "a visit report of the wrong kind in English");
        uploadReport(report);
        assertThat(driver.findElement(By.id("report")).getText()).contains("Besöksrapport Utena.pdf")
                .contains(RunningWebApp.COORDINATOR.name());
        assertThat(driver.findElement(By.id("history")).getText()).contains("the visit report Besöksrapport Utena.pdf");
        Accessibility.check(driver, "a visit with its report in English");
    }

    private void uploadReport(Path file) {
        driver.findElement(By.id("f-file")).sendKeys(file.toString());
        app.submit("form.report");
    }
}
