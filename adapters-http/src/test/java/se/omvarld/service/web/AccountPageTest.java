package se.omvarld.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import se.omvarld.application.demo.LidkopingRegister;
import se.omvarld.domain.access.Role;
import se.omvarld.service.ServiceAccounts;

/** A person's own account: who they are, the e-mail reminders they choose, and their password. */
@BrowserTest
class AccountPageTest {

    @RegisterExtension
    static final RunningWebApp app = RunningWebApp.withBrowser();

    private WebDriver driver;

    @BeforeEach
    void newVisitor() {
        driver = app.driver();
        app.signOutAll();
    }

    @Test
    void the_account_page_shows_who_is_signed_in_with_the_unit_they_edit_and_is_accessible() {
        app.signIn(RunningWebApp.UNIT_EDITOR);

        app.clickAndWait(By.className("account-name"));

        assertThat(driver.getCurrentUrl()).isEqualTo(app.url("/app/account"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Mitt konto");
        String facts = driver.findElement(By.className("facts")).getText();
        assertThat(facts).contains(RunningWebApp.UNIT_EDITOR.name(), RunningWebApp.UNIT_EDITOR.email(),
                "Redaktör för en enhet", LidkopingRegister.UNITS.get(0).name());
        Accessibility.check(driver, "the account page in Swedish");
    }

    @Test
    void a_weekly_digest_and_reminders_seven_days_ahead_are_kept_for_the_next_visit() {
        app.signIn(RunningWebApp.COORDINATOR);
        driver.get(app.url("/app/account"));

        driver.findElement(By.id("f-weeklyDigest")).click();
        app.replace("f-daysBefore", "7");
        app.submit("form[action='/app/account/reminders']");

        assertThat(driver.findElement(By.className("notice")).getText()).isEqualTo("Ändringen är sparad.");
        driver.get(app.url("/app/account"));
        assertThat(driver.findElement(By.id("f-weeklyDigest")).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("f-daysBefore")).getAttribute("value")).isEqualTo("7");
    }

    @Test
    void a_number_of_days_beyond_ninety_is_refused_by_its_field_and_announced() {
        app.signIn(RunningWebApp.COORDINATOR);
        driver.get(app.url("/app/account"));

        app.replace("f-daysBefore", "120");
        app.submit("form[action='/app/account/reminders']");

        WebElement field = driver.findElement(By.id("f-daysBefore"));
        assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field.getAttribute("value")).as("what was typed is kept").isEqualTo("120");
        assertThat(driver.findElement(By.id("f-daysBefore-error")).getText()).contains("90");
        assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText()).contains("90");
        Accessibility.check(driver, "the account page with a field error in Swedish");

        app.chooseLanguage("en");
        assertThat(driver.getCurrentUrl()).as("the switch returns to the page the form was on")
                .isEqualTo(app.url("/app/account"));
        app.replace("f-daysBefore", "120");
        app.submit("form[action='/app/account/reminders']");
        assertThat(driver.findElement(By.id("f-daysBefore")).getAttribute("aria-invalid")).isEqualTo("true");
        Accessibility.check(driver, "the account page with a field error in English");
    }

    @Test
    void reminders_saved_over_a_change_made_elsewhere_say_so_and_change_nothing() {
        app.signIn(RunningWebApp.COORDINATOR);
        driver.get(app.url("/app/account"));
        String before = driver.findElement(By.id("f-daysBefore")).getAttribute("value");
        // The page as read before someone else saved: its version is no longer the stored one.
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelector('input[name=version]').value = '0'");

        app.replace("f-daysBefore", "3");
        app.submit("form[action='/app/account/reminders']");

        assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText())
                .contains("ändrades någon annanstans");
        Accessibility.check(driver, "the account page after an edit conflict in Swedish");
        driver.get(app.url("/app/account"));
        assertThat(driver.findElement(By.id("f-daysBefore")).getAttribute("value")).isEqualTo(before);
    }

    @Test
    void an_edit_conflict_is_said_in_english_too_and_is_accessible() {
        app.signIn(RunningWebApp.COORDINATOR);
        driver.get(app.url("/app/account"));
        app.chooseLanguage("en");
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelector('input[name=version]').value = '0'");

        app.replace("f-daysBefore", "3");
        app.submit("form[action='/app/account/reminders']");

        assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText()).contains("changed elsewhere");
        Accessibility.check(driver, "the account page after an edit conflict in English");
    }

    @Test
    void a_new_password_needs_the_current_one_and_then_signs_in() {
        RunningWebApp.User mover = new RunningWebApp.User("byter@lidkoping.se", "Gammalt-2026-lösen",
                "Bo Byter", LidkopingRegister.CODE, Role.VIEWER, Optional.empty());
        ServiceAccounts.open(app.service(), mover.municipality(), mover.email(), mover.name(), mover.role(),
                mover.unit(), mover.password(), false);
        app.signIn(mover);
        driver.get(app.url("/app/account"));

        app.replace("f-current", "inte-det-här-lösenordet");
        app.replace("f-chosen", "Nytt-2026-lösenord");
        app.replace("f-repeated", "Nytt-2026-lösenord");
        app.submit("form[action='/app/account/password']");
        assertThat(driver.findElement(By.id("f-current-error")).getText()).isEqualTo("Lösenordet stämmer inte.");
        Accessibility.check(driver, "the account page with a wrong password in Swedish");
        app.chooseLanguage("en");
        driver.get(app.url("/app/account"));
        app.replace("f-current", "inte-det-här-lösenordet");
        app.replace("f-chosen", "Nytt-2026-lösenord");
        app.replace("f-repeated", "Nytt-2026-lösenord");
        app.submit("form[action='/app/account/password']");
        assertThat(driver.findElement(By.id("f-current")).getAttribute("aria-invalid")).isEqualTo("true");
        Accessibility.check(driver, "the account page with a wrong password in English");
        driver.get(app.url("/app/account"));

        app.replace("f-current", mover.password());
        app.replace("f-chosen", "Nytt-2026-lösenord");
        app.replace("f-repeated", "Nytt-2026-lösenord");
        app.submit("form[action='/app/account/password']");
        app.signOutAll();

        app.signIn(new RunningWebApp.User(mover.email(), "Nytt-2026-lösenord", mover.name(), mover.municipality(),
                mover.role(), mover.unit()));
        assertThat(driver.findElement(By.className("account-name")).getText()).isEqualTo(mover.name());
    }
}
