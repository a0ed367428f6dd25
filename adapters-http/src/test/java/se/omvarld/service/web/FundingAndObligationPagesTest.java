package se.omvarld.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The programmes and calls, and the reporting obligations submitted or waived, in both languages. */
@BrowserTest
class FundingAndObligationPagesTest {

    @RegisterExtension
    static final RunningWebApp app = RunningWebApp.withBrowser();

    private WebDriver driver;

    @BeforeEach
    void newVisitor() {
        driver = app.driver();
        app.signOutAll();
    }

    @Test
    void the_programmes_and_calls_are_accessible_in_swedish_and_in_english() {
        app.signIn(RunningWebApp.COORDINATOR);
        driver.get(app.url("/app/funding"));

        assertThat(driver.findElement(By.id("programmes")).getText()).contains("Erasmus+");
        Accessibility.check(driver, "the programmes and calls in Swedish");

        app.chooseLanguage("en");

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Programmes and calls");
        Accessibility.check(driver, "the programmes and calls in English");
    }

    @Test
    void the_obligations_of_last_year_are_accessible_in_swedish_and_in_english() {
        int lastYear = TestProjects.ports(app).clock().today().getYear() - 1;
        app.signIn(RunningWebApp.COORDINATOR);
        driver.get(app.url("/app/obligations?year=" + lastYear));

        assertThat(driver.findElements(By.cssSelector("#obligations tbody tr"))).isNotEmpty();
        Accessibility.check(driver, "the obligations in Swedish");

        app.chooseLanguage("en");
        driver.get(app.url("/app/obligations?year=" + lastYear));

        Accessibility.check(driver, "the obligations in English");
    }

    @Test
    void a_coordinator_submits_an_owed_report_and_its_status_says_so() {
        int lastYear = TestProjects.ports(app).clock().today().getYear() - 1;
        app.signIn(RunningWebApp.COORDINATOR);
        driver.get(app.url("/app/obligations?year=" + lastYear));
        List<WebElement> submits = driver.findElements(By.cssSelector("#obligations a[href*='action=submit']"));
        assertThat(submits).as("an owed report of %s", lastYear).isNotEmpty();
        submits.get(0).click();
        String form = driver.getCurrentUrl();
        Accessibility.check(driver, "the submit form");

        app.submit("form.step");
        assertThat(driver.findElement(By.id("f-note")).getAttribute("aria-invalid")).isEqualTo("true");
        Accessibility.check(driver, "the submit form without its note in Swedish");
        app.chooseLanguage("en");
        assertThat(driver.getCurrentUrl()).as("the switch returns to the form of the obligation").isEqualTo(form);
        app.submit("form.step");
        assertThat(driver.findElement(By.id("f-note")).getAttribute("aria-invalid")).isEqualTo("true");
        Accessibility.check(driver, "the submit form without its note in English");
        app.chooseLanguage("sv");
        String subject = driver.findElement(By.tagName("h1")).getText().replaceFirst("^[^:]*: ", "");
        driver.findElement(By.id("f-note")).sendKeys("KS 2026/77");
        app.submit("form.step");

        app.waitFor().until(ExpectedConditions.urlContains("/app/obligations?year=" + lastYear));
        WebElement row = driver.findElements(By.cssSelector("#obligations tbody tr")).stream()
                .filter(r -> r.getText().contains(subject) && r.getText().contains("Lämnad")).findFirst()
                .orElseThrow(() -> new AssertionError("no submitted row for " + subject));
        assertThat(row.findElements(By.cssSelector("a[href*='action=submit']"))).isEmpty();
    }

    @Test
    void a_unit_editor_sees_the_obligations_but_cannot_settle_one() {
        int lastYear = TestProjects.ports(app).clock().today().getYear() - 1;
        app.signIn(RunningWebApp.UNIT_EDITOR);
        driver.get(app.url("/app/obligations?year=" + lastYear));

        assertThat(driver.findElements(By.cssSelector("#obligations a[href*='action=']"))).isEmpty();
        driver.get(app.url("/app/obligations/settle?key=x&action=submit"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Åtkomst nekad");
    }
}
