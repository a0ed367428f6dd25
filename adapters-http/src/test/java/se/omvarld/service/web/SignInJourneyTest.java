package se.omvarld.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.omvarld.domain.access.Role;

/** A coordinator signs in, sees what needs doing, and signs out; in Swedish and in English, every page accessible. */
@BrowserTest
class SignInJourneyTest {

    @RegisterExtension
    static final RunningWebApp app = RunningWebApp.withBrowser();

    private WebDriver driver;

    @BeforeEach
    void newVisitor() {
        driver = app.driver();
        app.signOutAll();
    }

    @Test
    void the_sign_in_page_is_accessible_in_swedish() {
        driver.get(app.url("/app/sign-in"));

        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Logga in");
        Accessibility.check(driver, "the sign-in page in Swedish");
    }

    @Test
    void the_language_switch_turns_the_sign_in_page_english() {
        driver.get(app.url("/app/sign-in"));

        app.chooseLanguage("en");

        assertThat(driver.getCurrentUrl()).isEqualTo(app.url("/app/sign-in"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");
        Accessibility.check(driver, "the sign-in page in English");
    }

    @Test
    void a_coordinator_signs_in_and_sees_lidkopings_overdue_compilation_and_its_r2_findings() {
        app.signIn(RunningWebApp.COORDINATOR);

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Översikt: Lidköping");
        String overdue = driver.findElement(By.id("overdue")).getText();
        assertThat(overdue).contains("R5").contains("Årlig sammanställning").contains("Internationellt arbete 2025");
        String findings = driver.findElement(By.cssSelector("[aria-labelledby=findings-title]")).getText();
        assertThat(findings).contains("R2");
        assertThat(driver.findElement(By.id("changes")).getText()).as("the audit trail's latest").contains("demo-data");
        assertThat(driver.findElement(By.className("account-name")).getText())
                .isEqualTo(RunningWebApp.COORDINATOR.name());
        Accessibility.check(driver, "the overview in Swedish");
    }

    @Test
    void the_demo_coordinator_signs_in_with_the_password_shown_at_start() {
        RunningWebApp.User demo = app.demoUsers().stream().filter(u -> u.role() == Role.COORDINATOR).findFirst()
                .orElseThrow();

        app.signIn(demo);

        assertThat(driver.findElement(By.className("account-name")).getText()).isEqualTo(demo.name());
    }

    @Test
    void the_overview_in_english_writes_its_dates_in_english() {
        // The demo coordinator: a language switch is remembered for the account, and the other tests read Swedish.
        app.signIn(app.demoUsers().stream().filter(u -> u.role() == Role.COORDINATOR).findFirst().orElseThrow());

        app.chooseLanguage("en");

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Overview: Lidköping");
        assertThat(driver.findElement(By.id("overdue")).getText()).contains("Annual compilation")
                .containsPattern("\\d{1,2} (January|February|March|April|May|June|July|August|September|October"
                        + "|November|December) \\d{4}");
        Accessibility.check(driver, "the overview in English");
    }

    @Test
    void signing_out_ends_the_session_and_the_overview_asks_for_sign_in_again() {
        app.signIn(RunningWebApp.COORDINATOR);

        driver.findElement(By.cssSelector("form[action='/app/sign-out'] button")).click();
        app.waitFor().until(ExpectedConditions.urlToBe(app.url("/app/sign-in")));
        driver.get(app.url("/app/"));

        assertThat(driver.getCurrentUrl()).isEqualTo(app.url("/app/sign-in"));
    }

    @Test
    void a_wrong_password_says_only_wrong_email_or_password_and_keeps_the_address_typed() {
        driver.get(app.url("/app/sign-in"));
        driver.findElement(By.id("f-email")).sendKeys(RunningWebApp.COORDINATOR.email());
        driver.findElement(By.id("f-password")).sendKeys("not the password");
        submitSignIn();

        String summary = driver.findElement(By.cssSelector(".error-summary[role=alert]")).getText();
        assertThat(summary).contains("Fel e-postadress eller lösenord.");
        assertThat(driver.findElement(By.id("f-email")).getAttribute("value"))
                .isEqualTo(RunningWebApp.COORDINATOR.email());
        assertThat(driver.findElement(By.id("f-password")).getAttribute("value")).isEmpty();
        Accessibility.check(driver, "the sign-in page after a wrong password in Swedish");

        app.chooseLanguage("en");
        app.replace("f-email", RunningWebApp.COORDINATOR.email());
        driver.findElement(By.id("f-password")).sendKeys("not the password");
        submitSignIn();
        assertThat(driver.findElement(By.id("f-password")).getAttribute("value")).isEmpty();
        Accessibility.check(driver, "the sign-in page after a wrong password in English");
    }

    @Test
    void an_empty_form_shows_each_fields_error_beside_it_and_in_the_summary() {
        driver.get(app.url("/app/sign-in"));
        submitSignIn();

        assertThat(driver.findElement(By.id("f-email")).getAttribute("aria-describedby")).isEqualTo("f-email-error");
        assertThat(driver.findElement(By.id("f-email-error")).getText()).isEqualTo("Skriv din e-postadress");
        assertThat(driver.findElements(By.cssSelector(".error-summary a[href='#f-password']"))).hasSize(1);
        Accessibility.check(driver, "the sign-in page with field errors in Swedish");

        app.chooseLanguage("en");
        submitSignIn();
        assertThat(driver.findElement(By.id("f-email")).getAttribute("aria-describedby")).isEqualTo("f-email-error");
        Accessibility.check(driver, "the sign-in page with field errors in English");
    }

    @Test
    void a_disabled_account_cannot_sign_in_with_its_right_password() {
        driver.get(app.url("/app/sign-in"));
        driver.findElement(By.id("f-email")).sendKeys(RunningWebApp.DISABLED.email());
        driver.findElement(By.id("f-password")).sendKeys(RunningWebApp.DISABLED.password());
        submitSignIn();

        assertThat(driver.findElement(By.cssSelector(".error-summary")).getText())
                .contains("Fel e-postadress eller lösenord.");
        assertThat(driver.getCurrentUrl()).isEqualTo(app.url("/app/sign-in"));
    }

    @Test
    void the_not_found_page_is_accessible_in_both_languages() {
        app.signIn(RunningWebApp.TYRESO_COORDINATOR);
        driver.get(app.url("/app/no-such-page"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sidan finns inte");
        Accessibility.check(driver, "the 404 page in Swedish");

        app.chooseLanguage("en");

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        Accessibility.check(driver, "the 404 page in English");
    }

    /** Submits the sign-in form and waits for the answer's error summary. */
    private void submitSignIn() {
        driver.findElement(By.cssSelector("form.sign-in button")).click();
        app.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
    }
}
