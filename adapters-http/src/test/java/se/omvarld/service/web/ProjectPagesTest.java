package se.omvarld.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import se.omvarld.application.demo.LidkopingRegister;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectKind;

/**
 * The project pages as Lidköping's coordinator and a unit editor see them: the list filtered and paged, a project
 * with its history and next steps, the forms with their errors, in Swedish and in English, every state accessible.
 */
@BrowserTest
class ProjectPagesTest {

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
        driver.get(app.url("/app/projects"));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Projekt");
        assertThat(driver.findElements(By.cssSelector("#projects tbody tr"))).isNotEmpty();
        Accessibility.check(driver, "the project list in Swedish");

        app.chooseLanguage("en");

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Projects");
        Accessibility.check(driver, "the project list in English");
    }

    @Test
    void the_list_filtered_by_unit_shows_only_that_units_projects() {
        app.signIn(RunningWebApp.COORDINATOR);
        driver.get(app.url("/app/projects"));

        new Select(driver.findElement(By.id("f-unit"))).selectByVisibleText("Biblioteket");
        app.submit("form.filters");

        List<String> units = column(3);
        assertThat(units).isNotEmpty().containsOnly("Biblioteket");
        assertThat(driver.getCurrentUrl()).contains("unit=biblioteket");
    }

    @Test
    void the_list_sorted_by_title_descending_is_in_reverse_order() {
        String unit = LidkopingRegister.UNITS.get(5).id().value();
        TestProjects.idea(app, LidkopingRegister.CODE, "Intern Service", "Alfa: lokalvård i Utena",
                ProjectKind.EXCHANGE);
        TestProjects.idea(app, LidkopingRegister.CODE, "Intern Service", "Zeta: fordon i Rockford",
                ProjectKind.EXCHANGE);
        app.signIn(RunningWebApp.COORDINATOR);
        driver.get(app.url("/app/projects?unit=" + unit + "&sort=TITLE"));
        List<String> reversed = new ArrayList<>(column(0));
        Collections.reverse(reversed);

        driver.get(app.url("/app/projects?unit=" + unit + "&sort=TITLE_DESCENDING"));

        assertThat(column(0)).hasSizeGreaterThanOrEqualTo(3).containsExactlyElementsOf(reversed);
    }

    @Test
    void the_list_pages_through_more_projects_than_fit_one_page() {
        app.signIn(RunningWebApp.COORDINATOR);
        for (int i = 0; i < 26; i++) {
            TestProjects.idea(app, LidkopingRegister.CODE, "SeniorCenter", "Sidbyte " + (100 + i),
                    ProjectKind.EXCHANGE);
        }
        driver.get(app.url("/app/projects?unit=seniorcenter"));
        assertThat(driver.findElements(By.cssSelector("#projects tbody tr"))).hasSize(25);

        driver.findElement(By.cssSelector(".pagination a[rel=next]")).click();

        assertThat(driver.findElement(By.id("shown")).getText()).startsWith("Visar 26–");
        assertThat(driver.findElements(By.cssSelector("#projects tbody tr"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".pagination a[rel=prev]"))).hasSize(1);
        Accessibility.check(driver, "the second page of the project list");
    }

    @Test
    void a_year_that_is_not_a_year_is_an_error_beside_its_field_in_both_languages() {
        app.signIn(RunningWebApp.COORDINATOR);
        driver.get(app.url("/app/projects?year=tjugo"));

        WebElement year = driver.findElement(By.id("f-year"));
        assertThat(year.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(year.getAttribute("aria-describedby")).contains("f-year-error");
        assertThat(driver.findElement(By.cssSelector(".error-summary")).getAttribute("role")).isEqualTo("alert");
        Accessibility.check(driver, "the project list with an invalid year, in Swedish");

        app.chooseLanguage("en");
        driver.get(app.url("/app/projects?year=tjugo"));

        assertThat(driver.findElement(By.id("f-year-error")).getText()).isEqualTo("Enter a year, for example 2026.");
        Accessibility.check(driver, "the project list with an invalid year, in English");
    }

    @Test
    void a_project_shows_its_record_its_history_and_its_next_steps_in_both_languages() {
        Project project = TestProjects.idea(app, LidkopingRegister.CODE, "Biblioteket", "Läsfrämjande med Utena",
                ProjectKind.PROJECT);
        app.signIn(RunningWebApp.COORDINATOR);

        driver.get(app.url("/app/projects/" + project.id()));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Läsfrämjande med Utena");
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Idé");
        assertThat(driver.findElement(By.id("history")).getText()).contains("test").contains("ny idé")
                .contains("registrerade projektet ”Läsfrämjande med Utena” för Biblioteket");
        assertThat(driver.findElements(By.cssSelector(".next-steps a"))).extracting(WebElement::getText)
                .contains("Lämna in ansökan", "Starta projektet", "Återkalla projektet");
        Accessibility.check(driver, "a project in Swedish");

        app.chooseLanguage("en");

        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Idea");
        assertThat(driver.findElement(By.id("history")).getText()).contains("register idea")
                .contains("registered project ‘Läsfrämjande med Utena’ for Biblioteket");
        Accessibility.check(driver, "a project in English");
    }

    @Test
    void the_register_form_is_accessible_and_an_empty_one_names_each_missing_field_in_both_languages() {
        app.signIn(RunningWebApp.COORDINATOR);
        driver.get(app.url("/app/projects/new"));
        Accessibility.check(driver, "the register form in Swedish");

        app.submit("form.register");

        WebElement title = driver.findElement(By.id("f-title"));
        assertThat(title.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(title.getAttribute("aria-describedby")).isEqualTo("f-title-error");
        assertThat(driver.findElement(By.id("f-title-error")).getText()).isEqualTo("Skriv projektets titel.");
        assertThat(driver.findElement(By.cssSelector(".error-summary")).getAttribute("role")).isEqualTo("alert");
        assertThat(driver.findElement(By.cssSelector(".error-summary a[href='#f-title']")).getText())
                .isEqualTo("Skriv projektets titel.");
        Accessibility.check(driver, "the register form with errors, in Swedish");

        app.chooseLanguage("en");
        driver.get(app.url("/app/projects/new"));
        app.submit("form.register");

        assertThat(driver.findElement(By.id("f-title-error")).getText()).isEqualTo("Enter the project's title.");
        Accessibility.check(driver, "the register form with errors, in English");
    }

    @Test
    void a_step_form_is_accessible_in_both_languages() {
        Project project = TestProjects.idea(app, LidkopingRegister.CODE, "Biblioteket", "Bokcirkel i Kecskemét",
                ProjectKind.EXCHANGE);
        app.signIn(RunningWebApp.COORDINATOR);

        driver.get(app.url("/app/projects/" + project.id() + "/start"));
        assertThat(driver.findElement(By.id("f-on")).getAttribute("value"))
                .isEqualTo(TestProjects.ports(app).clock().today().toString());
        Accessibility.check(driver, "the start form in Swedish");

        app.chooseLanguage("en");

        Accessibility.check(driver, "the start form in English");
    }

    @Test
    void a_script_typed_into_the_title_shows_as_text_on_the_project_page() {
        String script = "<script>document.title='hacked'</script><b>fet</b>";
        app.signIn(RunningWebApp.COORDINATOR);
        driver.get(app.url("/app/projects/new"));
        driver.findElement(By.id("f-title")).sendKeys(script);
        new Select(driver.findElement(By.id("f-kind"))).selectByValue("EXCHANGE");
        new Select(driver.findElement(By.id("f-owningUnit"))).selectByVisibleText("Biblioteket");
        driver.findElement(By.id("f-cooperation-participants")).sendKeys("Biblioteket\n" + script);

        app.submit("form.register");
        app.waitFor().until(ExpectedConditions.urlMatches("/app/projects/[0-9a-f-]{36}$"));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(script);
        assertThat(driver.findElement(By.id("participants")).getText()).contains(script);
        assertThat(driver.findElements(By.cssSelector("main b"))).isEmpty();
        assertThat(driver.getTitle()).startsWith(script);
    }

    @Test
    void a_unit_editor_cannot_open_another_units_step_form_by_its_address() {
        Project library = TestProjects.idea(app, LidkopingRegister.CODE, "Biblioteket", "Bibliotekets utbyte",
                ProjectKind.EXCHANGE);
        app.signIn(RunningWebApp.UNIT_EDITOR);

        driver.get(app.url("/app/projects/" + library.id() + "/start"));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Åtkomst nekad");
        assertThat(driver.findElements(By.cssSelector("form.step"))).isEmpty();
        Accessibility.check(driver, "the 403 page of another unit's step form");
    }

    @Test
    void a_unit_editor_reads_another_units_project_without_a_way_to_change_it() {
        Project library = TestProjects.idea(app, LidkopingRegister.CODE, "Biblioteket", "Bibliotekets läsår",
                ProjectKind.EXCHANGE);
        app.signIn(RunningWebApp.UNIT_EDITOR);

        driver.get(app.url("/app/projects/" + library.id()));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Bibliotekets läsår");
        assertThat(driver.findElements(By.cssSelector(".next-steps a"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector(".next-steps")).getText()).contains("Starta projektet");
    }

    @Test
    void a_unit_editor_registers_only_for_its_own_unit() {
        app.signIn(RunningWebApp.UNIT_EDITOR);
        driver.get(app.url("/app/projects/new"));

        List<String> units = new Select(driver.findElement(By.id("f-owningUnit"))).getOptions().stream()
                .map(WebElement::getText).filter(t -> !t.equals("Välj")).collect(Collectors.toList());

        assertThat(units).containsExactly("Barn & Skola");
    }

    @Test
    void another_municipalitys_project_is_not_found() {
        se.omvarld.service.ServicePorts.registerTyreso(app.service());
        Project tyreso = TestProjects.idea(app, se.omvarld.service.ServicePorts.TYRESO,
                se.omvarld.service.ServicePorts.TYRESO_SCHOOL, "Tyresös eget", ProjectKind.PROJECT);
        app.signIn(RunningWebApp.COORDINATOR);

        driver.get(app.url("/app/projects/" + tyreso.id()));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sidan finns inte");
    }

    private List<String> column(int index) {
        return driver.findElements(By.cssSelector("#projects tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).get(index).getText()).collect(Collectors.toList());
    }
}
