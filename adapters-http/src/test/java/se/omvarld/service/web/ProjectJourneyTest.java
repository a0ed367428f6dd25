package se.omvarld.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import se.omvarld.application.ProjectCommands;
import se.omvarld.application.demo.LidkopingRegister;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectKind;
import se.omvarld.service.ServicePorts;

/**
 * Projects taken through their workflow in the browser: Lidköping's coordinator registers an idea and applies;
 * Tyresö's coordinator is refused under R7 when a committee approves, and the board's approval goes; a step saved by
 * someone else first; one step taken with the keyboard alone.
 */
@BrowserTest
class ProjectJourneyTest {

    static final String R7_SENTENCE = "Innan projektansökan lämnas in ska kommunstyrelsen godkänna";

    @RegisterExtension
    static final RunningWebApp app = RunningWebApp.withBrowser();

    private WebDriver driver;

    @BeforeAll
    static void tyreso() {
        ServicePorts.registerTyreso(app.service());
    }

    @BeforeEach
    void newVisitor() {
        driver = app.driver();
        app.signOutAll();
    }

    @Test
    void lidkopings_coordinator_registers_a_project_and_takes_it_to_an_application() {
        app.signIn(RunningWebApp.COORDINATOR);
        driver.get(app.url("/app/projects"));
        driver.findElement(By.linkText("Registrera en projektidé")).click();

        driver.findElement(By.id("f-title")).sendKeys("Ungdomsutbyte med Utena");
        new Select(driver.findElement(By.id("f-kind"))).selectByValue("PROJECT");
        new Select(driver.findElement(By.id("f-owningUnit"))).selectByVisibleText("Biblioteket");
        driver.findElement(By.id("f-cooperation-participants")).sendKeys("Biblioteket\nUtenos biblioteka");
        driver.findElement(By.id("f-cooperation-countries")).sendKeys("LT");
        driver.findElement(By.id("f-cooperation-areas-YOUTH")).click();
        driver.findElement(By.id("f-cooperation-goals")).sendKeys("Unga läser tillsammans över gränsen");
        new Select(driver.findElement(By.id("f-funding-programmeId"))).selectByVisibleText("Erasmus+");
        app.replace("f-funding-total-amount", "250 000");
        app.replace("f-funding-externalFunding-amount", "200 000");
        app.replace("f-funding-ownContribution-amount", "50 000");
        driver.findElement(By.id("f-funding-externalFundingExplored")).click();
        driver.findElement(By.id("f-funding-budgetedInUnitPlan")).click();
        app.submit("form.register");
        app.waitFor().until(ExpectedConditions.urlMatches("/app/projects/[0-9a-f-]{36}$"));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ungdomsutbyte med Utena");
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Idé");
        driver.findElement(By.linkText("Lämna in ansökan")).click();
        app.submit("form.step");

        app.waitFor().until(ExpectedConditions.urlMatches("/app/projects/[0-9a-f-]{36}$"));
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Ansökt");
        assertThat(driver.findElement(By.id("history")).getText())
                .contains(RunningWebApp.COORDINATOR.name()).contains("ny idé").contains("ansökan inlämnad")
                .contains("ansökt den");
        Accessibility.check(driver, "an applied project");
    }

    @Test
    void tyresos_committee_is_refused_under_r7_and_the_boards_approval_then_goes() {
        Project idea = TestProjects.idea(app, ServicePorts.TYRESO, ServicePorts.TYRESO_SCHOOL,
                "Skolsamarbete med Lyon", ProjectKind.PROJECT);
        app.signIn(RunningWebApp.TYRESO_COORDINATOR);
        driver.get(app.url("/app/projects/" + idea.id()));
        driver.findElement(By.linkText("Begär kommunstyrelsens godkännande")).click();
        app.submit("form.step");
        app.waitFor().until(ExpectedConditions.textToBe(By.id("status"), "Godkännande begärt"));

        driver.findElement(By.linkText("Registrera godkännandet av ansökan")).click();
        new Select(driver.findElement(By.id("f-decidedByKind"))).selectByValue("COMMITTEE");
        driver.findElement(By.id("f-decidedByName")).sendKeys("Barn- och utbildningsnämnden");
        app.submit("form.step");

        WebElement refusal = driver.findElement(By.cssSelector("form.step .refusals-here"));
        assertThat(refusal.getText()).contains("R7").contains(R7_SENTENCE);
        assertThat(driver.findElement(By.cssSelector(".error-summary")).getText()).contains("R7");
        assertThat(driver.findElement(By.id("f-decidedByName")).getAttribute("value"))
                .isEqualTo("Barn- och utbildningsnämnden");
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Godkännande begärt");
        Accessibility.check(driver, "the approval form refused under R7 in Swedish");
        app.chooseLanguage("en");
        new Select(driver.findElement(By.id("f-decidedByKind"))).selectByValue("COMMITTEE");
        app.replace("f-decidedByName", "Barn- och utbildningsnämnden");
        app.submit("form.step");
        assertThat(driver.findElement(By.cssSelector("form.step .refusals-here")).getText()).contains("R7");
        Accessibility.check(driver, "the approval form refused under R7 in English");
        app.chooseLanguage("sv");

        new Select(driver.findElement(By.id("f-decidedByKind"))).selectByValue("EXECUTIVE_BOARD");
        app.replace("f-decidedByName", "Kommunstyrelsen");
        driver.findElement(By.id("f-reference")).sendKeys("KS 2026/123");
        app.submit("form.step");

        app.waitFor().until(ExpectedConditions.textToBe(By.id("status"), "Godkänt för ansökan"));
        assertThat(driver.findElement(By.id("steps")).getText()).contains("Kommunstyrelsen (KS 2026/123)");
    }

    @Test
    void a_project_with_chinese_partners_starts_only_once_its_democracy_plan_is_recorded_R2() {
        Project idea = TestProjects.idea(app, LidkopingRegister.CODE, "SeniorCenter", "Äldreomsorg med Xindu",
                ProjectKind.EXCHANGE, "CN");
        app.signIn(RunningWebApp.COORDINATOR);
        driver.get(app.url("/app/projects/" + idea.id() + "/start"));
        app.submit("form.step");
        assertThat(driver.findElement(By.cssSelector("form.step .refusals-here")).getText()).contains("R2");
        Accessibility.check(driver, "a start refused under R2 in Swedish");
        app.chooseLanguage("en");
        app.submit("form.step");
        assertThat(driver.findElement(By.cssSelector("form.step .refusals-here")).getText()).contains("R2");
        Accessibility.check(driver, "a start refused under R2 in English");
        app.chooseLanguage("sv");

        driver.get(app.url("/app/projects/" + idea.id()));
        driver.findElement(By.linkText("Registrera demokratiplan")).click();
        driver.findElement(By.id("f-reflection")).sendKeys("Utbytet tar upp de äldres rätt till inflytande");
        app.submit("form.step");
        app.waitFor().until(ExpectedConditions.urlToBe(app.url("/app/projects/" + idea.id())));
        driver.findElement(By.linkText("Starta projektet")).click();
        app.submit("form.step");

        app.waitFor().until(ExpectedConditions.textToBe(By.id("status"), "Pågår"));
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Utbytet tar upp de äldres rätt till inflytande");
    }

    @Test
    void a_step_someone_else_saved_first_is_a_conflict_that_keeps_what_was_typed() {
        String typed = withdrawAfterSomeoneElseStarted("Jobbskuggning i Kecskemét", "sv");

        assertThat(driver.findElement(By.cssSelector(".error-summary")).getText())
                .contains("Någon annan sparade en ändring");
        assertThat(driver.findElement(By.id("f-on")).getAttribute("value")).isEqualTo(typed);
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Pågår");
        Accessibility.check(driver, "a step form after a conflict");
    }

    @Test
    void the_conflict_is_said_in_english_to_a_reader_of_english() {
        withdrawAfterSomeoneElseStarted("Job shadowing in Utena", "en");

        assertThat(driver.findElement(By.cssSelector(".error-summary")).getText())
                .contains("Someone else saved a change to the project");
        Accessibility.check(driver, "a step form after a conflict, in English");
    }

    /** Opens the withdrawal of a new idea, lets someone else start it, then withdraws: the value typed in "on". */
    private String withdrawAfterSomeoneElseStarted(String title, String language) {
        Project idea = TestProjects.idea(app, LidkopingRegister.CODE, "Barn & Skola", title, ProjectKind.PROJECT);
        app.signIn(RunningWebApp.COORDINATOR);
        if (!language.equals("sv")) {
            app.chooseLanguage(language);
        }
        driver.get(app.url("/app/projects/" + idea.id() + "/withdraw"));
        String typed = TestProjects.ports(app).clock().today().toString();
        app.replace("f-on", typed);

        TestProjects.advance(app, idea, ProjectCommands.Step.START);
        app.submit("form.step");
        return typed;
    }

    @Test
    void a_unit_editor_starts_its_own_project_with_the_keyboard_alone() {
        Project idea = TestProjects.idea(app, LidkopingRegister.CODE, "Barn & Skola", "Skolbesök i Utena",
                ProjectKind.EXCHANGE);
        app.signIn(RunningWebApp.UNIT_EDITOR);
        driver.get(app.url("/app/projects/" + idea.id()));

        tabUntil(e -> "Starta projektet".equals(e.getText()));
        keys(Keys.ENTER);
        app.waitFor().until(ExpectedConditions.urlContains("/start"));
        tabUntil(e -> "f-on".equals(e.getAttribute("id")));
        tabUntil(e -> "button".equals(e.getTagName()) && "Starta projektet".equals(e.getText()));
        keys(Keys.SPACE);

        app.waitFor().until(ExpectedConditions.textToBe(By.id("status"), "Pågår"));
    }

    private void tabUntil(java.util.function.Predicate<WebElement> reached) {
        for (int stops = 0; stops < 60; stops++) {
            keys(Keys.TAB);
            if (reached.test(driver.switchTo().activeElement())) {
                return;
            }
        }
        throw new AssertionError("not reached by Tab: " + driver.getCurrentUrl());
    }

    private void keys(CharSequence keys) {
        new Actions(driver).sendKeys(keys).perform();
    }
}
