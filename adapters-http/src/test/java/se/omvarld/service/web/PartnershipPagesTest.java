package se.omvarld.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import se.omvarld.application.demo.LidkopingRegister;

/**
 * The partnership pages: the list, a partnership with its decisions and history, and a partnership proposed with
 * Xindu District and activated once its benefit/risk analysis (R1) and democracy plan (R2) are recorded; every state
 * accessible in Swedish and English.
 */
@BrowserTest
class PartnershipPagesTest {

    @RegisterExtension
    static final RunningWebApp app = RunningWebApp.withBrowser();

    private WebDriver driver;

    @BeforeEach
    void newVisitor() {
        driver = app.driver();
        app.signOutAll();
    }

    @Test
    void the_list_is_accessible_in_swedish_and_in_english() {
        app.signIn(RunningWebApp.COORDINATOR);
        driver.get(app.url("/app/partnerships"));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Partnerskap");
        assertThat(driver.findElement(By.id("partnerships")).getText()).contains("Kecskemét");
        Accessibility.check(driver, "the partnership list in Swedish");

        app.chooseLanguage("en");

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Partnerships");
        Accessibility.check(driver, "the partnership list in English");
    }

    @Test
    void the_list_filtered_by_country_shows_only_that_countrys_partnerships() {
        app.signIn(RunningWebApp.COORDINATOR);

        driver.get(app.url("/app/partnerships?country=LT"));

        assertThat(driver.findElements(By.cssSelector("#partnerships tbody tr"))).isNotEmpty()
                .allSatisfy(row -> assertThat(row.findElements(By.tagName("td")).get(4).getText()).isEqualTo("LT"));
    }

    @Test
    void a_country_code_that_is_not_one_is_an_error_beside_its_field() {
        app.signIn(RunningWebApp.COORDINATOR);

        driver.get(app.url("/app/partnerships?country=ZZZ"));

        assertThat(driver.findElement(By.id("f-country")).getAttribute("aria-invalid")).isEqualTo("true");
        Accessibility.check(driver, "the partnership list with an invalid country in Swedish");

        app.chooseLanguage("en");
        driver.get(app.url("/app/partnerships?country=ZZZ"));
        assertThat(driver.findElement(By.id("f-country")).getAttribute("aria-invalid")).isEqualTo("true");
        Accessibility.check(driver, "the partnership list with an invalid country in English");
    }

    @Test
    void a_partnership_shows_its_record_decisions_and_history_in_both_languages() {
        app.signIn(RunningWebApp.COORDINATOR);

        driver.get(app.url("/app/partnerships/" + LidkopingRegister.KECSKEMET_TWIN_TOWN));

        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Kecskemét");
        assertThat(driver.findElements(By.cssSelector(".next-steps a"))).isNotEmpty();
        Accessibility.check(driver, "a partnership in Swedish");

        app.chooseLanguage("en");

        Accessibility.check(driver, "a partnership in English");
    }

    @Test
    void a_unit_editor_reads_a_partnership_but_cannot_open_its_decision_form() {
        app.signIn(RunningWebApp.UNIT_EDITOR);
        driver.get(app.url("/app/partnerships/" + LidkopingRegister.KECSKEMET_TWIN_TOWN));
        assertThat(driver.findElements(By.cssSelector(".next-steps a"))).isEmpty();

        driver.get(app.url("/app/partnerships/" + LidkopingRegister.KECSKEMET_TWIN_TOWN + "/terminate"));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Åtkomst nekad");
    }

    @Test
    void an_empty_proposal_names_its_missing_fields_accessibly() {
        app.signIn(RunningWebApp.COORDINATOR);
        driver.get(app.url("/app/partnerships/new"));
        Accessibility.check(driver, "the proposal form");

        app.submit("form.propose");

        assertThat(driver.findElement(By.id("f-title")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("f-partnerId")).getAttribute("aria-describedby"))
                .isEqualTo("f-partnerId-error");
        Accessibility.check(driver, "the proposal form with errors in Swedish");

        app.chooseLanguage("en");
        driver.get(app.url("/app/partnerships/new"));
        app.submit("form.propose");
        assertThat(driver.findElement(By.id("f-title")).getAttribute("aria-invalid")).isEqualTo("true");
        Accessibility.check(driver, "the proposal form with errors in English");
    }

    @Test
    void a_partnership_with_xindu_is_refused_under_r1_and_r2_until_its_analysis_and_democracy_plan_are_recorded() {
        app.signIn(RunningWebApp.COORDINATOR);
        driver.get(app.url("/app/partnerships/new"));
        new Select(driver.findElement(By.id("f-partnerId"))).selectByValue(LidkopingRegister.XINDU.toString());
        new Select(driver.findElement(By.id("f-kind"))).selectByValue("COOPERATION_AGREEMENT");
        driver.findElement(By.id("f-title")).sendKeys("Skolsamarbete med Xindu");
        driver.findElement(By.id("f-areas-EDUCATION")).click();
        driver.findElement(By.id("f-fundingSources-MUNICIPALITY")).click();
        app.submit("form.propose");
        app.waitFor().until(ExpectedConditions.textToBe(By.id("status"), "Föreslaget"));
        String partnership = driver.getCurrentUrl();

        driver.findElement(By.linkText("Registrera beslut att ingå partnerskapet")).click();
        driver.findElement(By.id("f-decidedByName")).sendKeys("Kommunstyrelsen");
        app.submit("form.step");
        WebElement refusals = driver.findElement(By.cssSelector("form.step .refusals-here"));
        assertThat(refusals.getText()).contains("R1").contains("R2");
        Accessibility.check(driver, "the activation refused under R1 and R2 in Swedish");
        app.chooseLanguage("en");
        driver.findElement(By.id("f-decidedByName")).sendKeys("Kommunstyrelsen");
        app.submit("form.step");
        assertThat(driver.findElement(By.cssSelector("form.step .refusals-here")).getText()).contains("R1")
                .contains("R2");
        Accessibility.check(driver, "the activation refused under R1 and R2 in English");
        app.chooseLanguage("sv");

        driver.get(partnership);
        driver.findElement(By.linkText("Registrera nytto- och riskanalys")).click();
        driver.findElement(By.id("f-purpose")).sendKeys("Utbyte mellan gymnasieskolor");
        driver.findElement(By.id("f-goals")).sendKeys("Elever möts\nLärare delar metoder");
        driver.findElement(By.id("f-partnerChoiceReason")).sendKeys("Befintliga kontakter sedan 2019");
        driver.findElement(By.id("f-benefits")).sendKeys("Språk och omvärldskunskap");
        driver.findElement(By.id("f-risks")).sendKeys("Begränsad yttrandefrihet");
        app.submit("form.step");
        app.waitFor().until(ExpectedConditions.urlToBe(partnership));
        assertThat(driver.findElement(By.id("analysis")).getText()).contains("Utbyte mellan gymnasieskolor");

        driver.findElement(By.linkText("Registrera demokratiplan")).click();
        driver.findElement(By.id("f-reflection")).sendKeys("Samarbetet tar upp elevers rätt att uttrycka sig");
        app.submit("form.step");
        app.waitFor().until(ExpectedConditions.urlToBe(partnership));

        driver.findElement(By.linkText("Registrera beslut att ingå partnerskapet")).click();
        driver.findElement(By.id("f-decidedByName")).sendKeys("Kommunstyrelsen");
        app.submit("form.step");

        app.waitFor().until(ExpectedConditions.textToBe(By.id("status"), "Aktivt"));
        assertThat(driver.findElement(By.id("history")).getText()).contains("aktivering")
                .contains("aktivt enligt beslut av").contains(RunningWebApp.COORDINATOR.name());
    }
}
