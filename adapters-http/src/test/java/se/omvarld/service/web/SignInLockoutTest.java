package se.omvarld.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Password guessing is stopped: after five failures the address is refused, even with its right password. */
@BrowserTest
class SignInLockoutTest {

    @RegisterExtension
    static final RunningWebApp app = RunningWebApp.withBrowser();

    @Test
    void after_five_wrong_passwords_even_the_right_one_is_refused_for_a_while() {
        WebDriver driver = app.driver();
        for (int i = 0; i < 5; i++) {
            attempt(driver, RunningWebApp.UNIT_EDITOR.email(), "guess " + i);
            assertThat(summary(driver)).contains("Fel e-postadress eller lösenord.");
        }

        attempt(driver, RunningWebApp.UNIT_EDITOR.email(), RunningWebApp.UNIT_EDITOR.password());

        assertThat(summary(driver)).contains("För många misslyckade inloggningar. Försök igen om 15 minuter.");
        assertThat(driver.getCurrentUrl()).isEqualTo(app.url("/app/sign-in"));
        Accessibility.check(driver, "the sign-in page of a locked-out address in Swedish");

        app.chooseLanguage("en");
        driver.findElement(By.id("f-email")).sendKeys(RunningWebApp.UNIT_EDITOR.email());
        driver.findElement(By.id("f-password")).sendKeys(RunningWebApp.UNIT_EDITOR.password());
        app.submit("form.sign-in");
        assertThat(driver.getCurrentUrl()).isEqualTo(app.url("/app/sign-in"));
        Accessibility.check(driver, "the sign-in page of a locked-out address in English");
    }

    @Test
    void the_lockout_of_one_address_leaves_the_others_alone() {
        WebDriver driver = app.driver();
        for (int i = 0; i < 5; i++) {
            attempt(driver, "nobody@lidkoping.se", "guess " + i);
        }

        app.signIn(RunningWebApp.COORDINATOR);

        assertThat(driver.getCurrentUrl()).isEqualTo(app.url("/app/"));
    }

    private void attempt(WebDriver driver, String email, String password) {
        app.signOutAll();
        driver.get(app.url("/app/sign-in"));
        driver.findElement(By.id("f-email")).sendKeys(email);
        driver.findElement(By.id("f-password")).sendKeys(password);
        driver.findElement(By.cssSelector("form.sign-in button")).click();
        app.waitFor().until(ExpectedConditions.or(ExpectedConditions.urlToBe(app.url("/app/")),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary"))));
    }

    private static String summary(WebDriver driver) {
        return driver.findElement(By.cssSelector(".error-summary[role=alert]")).getText();
    }
}
