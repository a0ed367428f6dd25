package se.omvarld.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import se.omvarld.application.demo.LidkopingRegister;
import se.omvarld.domain.access.Role;
import se.omvarld.service.ServiceAccounts;
import se.omvarld.service.ServiceReferenceData;

/**
 * The reference-data imports page in a browser: files chosen and uploaded as a person does, with the real ECB file and
 * twin-town list, checked by axe-core in Swedish and English, after an import and with a bad file's error.
 */
@BrowserTest
class ReferenceDataPageTest {

    @RegisterExtension
    static final RunningWebApp app = RunningWebApp.withBrowser();

    static final RunningWebApp.User ADMIN = new RunningWebApp.User("referens@lidkoping.se", "Referens-2026-ECB",
            "Rut Referens", LidkopingRegister.CODE, Role.ADMIN, Optional.empty());

    @TempDir
    static Path files;

    private WebDriver driver;

    @BeforeAll
    static void anAdminAndTheShippedRates() throws InterruptedException {
        ServiceAccounts.open(app.service(), ADMIN.municipality(), ADMIN.email(), ADMIN.name(), ADMIN.role(),
                ADMIN.unit(), ADMIN.password(), false);
        ServiceReferenceData.await(app.service());
    }

    @BeforeEach
    void newVisitor() {
        driver = app.driver();
        app.signOutAll();
    }

    @Test
    void an_admin_imports_a_slice_of_the_ecbs_newer_file_from_the_administration_menu() throws IOException {
        app.signIn(ADMIN);
        driver.get(app.url("/app/admin/users"));
        app.clickAndWait(By.linkText("Referensdata"));
        Accessibility.check(driver, "the reference-data page in Swedish");

        driver.findElement(By.id("f-exchange-rates")).sendKeys(slice("eurofxref-2025.csv",
                ReferenceDataImportsPageTest.ECB_2025, 6, "").toString());
        app.submit("form[action='/app/admin/reference-data?import=exchange-rates']");

        assertThat(driver.findElement(By.id("import-done")).getText())
                .startsWith("Kursfilen eurofxref-2025.csv: ");
        assertThat(driver.findElement(By.id("rates-stored")).getText()).contains("2025");
        Accessibility.check(driver, "the reference-data page after an import");
    }

    @Test
    void a_bad_row_is_named_by_its_line_beside_the_file_field_in_swedish_and_english() throws IOException {
        app.signIn(ADMIN);
        driver.get(app.url("/app/admin/reference-data"));
        Path bad = slice("eurofxref-bad.csv", ReferenceDataImportsPageTest.ECB_2025, 4, "2025-05-77");

        driver.findElement(By.id("f-exchange-rates")).sendKeys(bad.toString());
        app.submit("form[action='/app/admin/reference-data?import=exchange-rates']");
        assertThat(driver.findElement(By.id("f-exchange-rates-error")).getText())
                .isEqualTo("rad 4: ”2025-05-77” är inget datum.");
        Accessibility.check(driver, "the reference-data page with a bad file in Swedish");

        app.chooseLanguage("en");
        Accessibility.check(driver, "the reference-data page in English");
        driver.findElement(By.id("f-exchange-rates")).sendKeys(bad.toString());
        app.submit("form[action='/app/admin/reference-data?import=exchange-rates']");
        assertThat(driver.findElement(By.id("f-exchange-rates-error")).getText())
                .isEqualTo("line 4: '2025-05-77' is not a date.");
        Accessibility.check(driver, "the reference-data page with a bad file in English");
    }

    @Test
    void a_file_over_5_mb_is_refused_beside_its_field_and_the_browser_shows_why() throws IOException {
        app.signIn(ADMIN);
        driver.get(app.url("/app/admin/reference-data"));
        Path huge = Files.write(files.resolve("huge.csv"), new byte[6 * 1024 * 1024]);

        driver.findElement(By.id("f-country-assessments")).sendKeys(huge.toString());
        app.submit("form[action='/app/admin/reference-data?import=country-assessments']");

        assertThat(driver.findElement(By.id("f-country-assessments-error")).getText())
                .isEqualTo("Filen är större än 5 MB.");
    }

    @Test
    void a_coordinator_records_the_twin_towns_of_the_national_list_and_sees_which() throws IOException {
        app.signIn(RunningWebApp.TYRESO_COORDINATOR);
        driver.get(app.url("/app/admin/reference-data"));

        driver.findElement(By.id("f-twin-towns")).sendKeys(ReferenceDataImportsPageTest.TWIN_TOWNS.toString());
        app.submit("form[action='/app/admin/reference-data?import=twin-towns']");

        assertThat(driver.findElement(By.id("import-done")).getText())
                .isEqualTo("Listan twin_cities_raw.csv: 2 vänorter registrerade, 0 fanns redan.");
        assertThat(driver.findElement(By.id("twin-towns-recorded")).getText())
                .contains("Savigny-le-Temple", "Cēsis");
        Accessibility.check(driver, "the reference-data page after a twin-town import");
    }

    /** The first {@code count} lines of {@code file} in a file of its own; the last row's date replaced if given. */
    private static Path slice(String name, Path file, int count, String lastDay) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).subList(0, count);
        if (!lastDay.isEmpty()) {
            String last = lines.get(count - 1);
            lines.set(count - 1, lastDay + last.substring(last.indexOf(',')));
        }
        return Files.write(files.resolve(name), lines, StandardCharsets.UTF_8);
    }
}
