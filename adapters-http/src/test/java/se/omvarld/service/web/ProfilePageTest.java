package se.omvarld.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The municipality's policy profile, read-only: which rules apply, with the policy's own sentences. */
@BrowserTest
class ProfilePageTest {

    @RegisterExtension
    static final RunningWebApp app = RunningWebApp.withBrowser();

    private WebDriver driver;

    @BeforeEach
    void newVisitor() {
        driver = app.driver();
        app.signOutAll();
    }

    @Test
    void the_administration_link_leads_to_lidkopings_rules_with_their_sentences_in_both_languages() {
        app.signIn(RunningWebApp.COORDINATOR);
        driver.findElement(By.cssSelector(".site-nav a[href='/app/admin']")).click();

        app.waitFor().until(ExpectedConditions.urlToBe(app.url("/app/admin/profile")));
        String rules = driver.findElement(By.id("rules")).getText();
        assertThat(rules).contains("R1").contains("R2").contains("R15").doesNotContain("R7")
                .contains("Varje förvaltning utser en representant i den internationella gruppen.")
                .doesNotContain("Every administration appoints");
        Accessibility.check(driver, "the policy profile in Swedish");

        app.chooseLanguage("en");

        assertThat(driver.findElement(By.id("rules")).getText())
                .contains("Every administration appoints a representative to the international group.");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("The municipality's policy profile");
        Accessibility.check(driver, "the policy profile in English");
    }

    @Test
    void a_unit_editor_cannot_read_the_profile_under_administration() {
        app.signIn(RunningWebApp.UNIT_EDITOR);

        driver.get(app.url("/app/admin/profile"));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Åtkomst nekad");
    }
}
