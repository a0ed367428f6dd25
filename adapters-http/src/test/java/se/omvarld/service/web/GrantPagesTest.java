package se.omvarld.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import se.omvarld.application.GrantCommands;
import se.omvarld.application.GrantUseCases;
import se.omvarld.application.Ports;
import se.omvarld.application.ProjectCommands;
import se.omvarld.application.Result;
import se.omvarld.application.demo.LidkopingRegister;
import se.omvarld.domain.grant.AssociationGrant;

/** The association grant pages: the list, a grant, and its decision recorded, refused and corrected. */
@BrowserTest
class GrantPagesTest {

    @RegisterExtension
    static final RunningWebApp app = RunningWebApp.withBrowser();

    private WebDriver driver;

    @BeforeEach
    void newVisitor() {
        driver = app.driver();
        app.signOutAll();
    }

    private static AssociationGrant application(String association) {
        Ports ports = TestProjects.ports(app);
        LocalDate today = ports.clock().today();
        Result<AssociationGrant> result = new GrantUseCases(ports).apply(new GrantCommands.Apply("test",
                LidkopingRegister.CODE.value(), association, "Ungdomsutbyte med Kecskemét", true,
                sek("40000.00"), sek("10000.00"), today.plusMonths(2), today.plusMonths(2).plusDays(7), today));
        assertThat(result.isOk()).as("applied: %s", result).isTrue();
        return result.value();
    }

    private static ProjectCommands.Amount sek(String amount) {
        return new ProjectCommands.Amount(new BigDecimal(amount), "SEK");
    }

    @Test
    void the_list_and_a_grant_are_accessible_in_swedish_and_in_english() {
        AssociationGrant grant = application("Lidköpings scoutkår");
        app.signIn(RunningWebApp.COORDINATOR);
        driver.get(app.url("/app/grants"));
        assertThat(driver.findElement(By.id("grants")).getText()).contains("Lidköpings scoutkår");
        Accessibility.check(driver, "the grant list in Swedish");
        driver.get(app.url("/app/grants/" + grant.id()));
        Accessibility.check(driver, "a grant in Swedish");

        app.chooseLanguage("en");

        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Applied");
        Accessibility.check(driver, "a grant in English");
        driver.get(app.url("/app/grants"));
        Accessibility.check(driver, "the grant list in English");
    }

    @Test
    void a_grant_above_the_amount_requested_is_refused_beside_the_action_and_a_correct_one_is_recorded() {
        AssociationGrant grant = application("Lidköpings brassband");
        app.signIn(RunningWebApp.COORDINATOR);
        driver.get(app.url("/app/grants/" + grant.id()));
        driver.findElement(By.linkText("Registrera beslut om bidraget")).click();
        app.replace("f-amount", "50 000");
        driver.findElement(By.id("f-decidedByName")).sendKeys("Kultur- och fritidsförvaltningen");
        app.submit("form.step");

        assertThat(driver.findElement(By.cssSelector("form.step .refusals-here")).getText())
                .contains("högst det begärda");
        assertThat(driver.findElement(By.id("f-amount")).getAttribute("value")).isEqualTo("50 000");
        Accessibility.check(driver, "a refused grant decision in Swedish");
        app.chooseLanguage("en");
        decide("50 000");
        assertThat(driver.findElement(By.cssSelector("form.step .refusals-here")).getText())
                .contains("up to the requested");
        Accessibility.check(driver, "a refused grant decision in English");
        app.chooseLanguage("sv");

        decide("30 000");

        app.waitFor().until(ExpectedConditions.textToBe(By.id("status"), "Beviljat"));
        assertThat(driver.findElement(By.id("facts")).getText()).contains("30 000");
        assertThat(driver.findElement(By.id("history")).getText()).contains(RunningWebApp.COORDINATOR.name());
    }

    @Test
    void an_amount_that_is_not_one_is_an_error_beside_its_field() {
        AssociationGrant grant = application("Lidköpings konstförening");
        app.signIn(RunningWebApp.COORDINATOR);
        driver.get(app.url("/app/grants/" + grant.id() + "/decision"));
        app.replace("f-amount", "fyrtiotusen");
        driver.findElement(By.id("f-decidedByName")).sendKeys("Kultur- och fritidsförvaltningen");

        app.submit("form.step");

        WebElement amount = driver.findElement(By.id("f-amount"));
        assertThat(amount.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(amount.getAttribute("aria-describedby")).contains("f-amount-error");
        Accessibility.check(driver, "a grant decision with an invalid amount in Swedish");
        app.chooseLanguage("en");
        decide("fyrtiotusen");
        assertThat(driver.findElement(By.id("f-amount")).getAttribute("aria-invalid")).isEqualTo("true");
        Accessibility.check(driver, "a grant decision with an invalid amount in English");
    }

    /** Decides on the decision form now shown: {@code amount} by the culture administration. */
    private void decide(String amount) {
        app.replace("f-amount", amount);
        app.replace("f-decidedByName", "Kultur- och fritidsförvaltningen");
        app.submit("form.step");
    }

    @Test
    void a_unit_editor_cannot_open_the_decision_form() {
        AssociationGrant grant = application("Lidköpings schackklubb");
        app.signIn(RunningWebApp.UNIT_EDITOR);

        driver.get(app.url("/app/grants/" + grant.id() + "/decision"));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Åtkomst nekad");
    }
}
