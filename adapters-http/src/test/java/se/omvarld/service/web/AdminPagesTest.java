package se.omvarld.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import se.omvarld.application.demo.LidkopingRegister;
import se.omvarld.domain.access.Role;
import se.omvarld.service.ServiceAccounts;

/** An admin opens, changes and disables the web app's accounts, and issues and revokes the API's tokens. */
@BrowserTest
class AdminPagesTest {

    @RegisterExtension
    static final RunningWebApp app = RunningWebApp.withBrowser();

    static final RunningWebApp.User ADMIN = new RunningWebApp.User("admin@lidkoping.se", "Admin-2026-Lidköping",
            "Ada Admin", LidkopingRegister.CODE, Role.ADMIN, Optional.empty());

    private WebDriver driver;

    @BeforeAll
    static void anAdmin() {
        ServiceAccounts.open(app.service(), ADMIN.municipality(), ADMIN.email(), ADMIN.name(), ADMIN.role(),
                ADMIN.unit(), ADMIN.password(), false);
    }

    @BeforeEach
    void newVisitor() {
        driver = app.driver();
        app.signOutAll();
    }

    @Test
    void the_users_page_lists_the_accounts_and_is_accessible() {
        app.signIn(ADMIN);

        driver.get(app.url("/app/admin/users"));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Användare");
        assertThat(driver.findElement(By.id("users")).getText())
                .contains(RunningWebApp.COORDINATOR.name(), RunningWebApp.UNIT_EDITOR.email(), "Avstängt");
        Accessibility.check(driver, "the users page in Swedish");
    }

    @Test
    void an_account_opened_by_the_admin_signs_in_with_the_password_shown_once_and_no_longer_once_disabled() {
        app.signIn(ADMIN);
        driver.get(app.url("/app/admin/users"));

        driver.findElement(By.id("f-name")).sendKeys("Nils Ny");
        driver.findElement(By.id("f-email")).sendKeys("nils.ny@lidkoping.se");
        new Select(driver.findElement(By.id("f-role"))).selectByValue("UNIT_EDITOR");
        new Select(driver.findElement(By.id("f-unit"))).selectByValue(LidkopingRegister.UNITS.get(1).id().value());
        app.submit("form[action='/app/admin/users']");
        String password = driver.findElement(By.id("new-password")).getText();
        Accessibility.check(driver, "the users page showing a new password");

        RunningWebApp.User nils = new RunningWebApp.User("nils.ny@lidkoping.se", password, "Nils Ny",
                LidkopingRegister.CODE, Role.UNIT_EDITOR, Optional.of(LidkopingRegister.UNITS.get(1).id()));
        app.signOutAll();
        app.signIn(nils);
        assertThat(driver.findElement(By.className("account-name")).getText()).isEqualTo("Nils Ny");

        app.signOutAll();
        app.signIn(ADMIN);
        driver.get(app.url("/app/admin/users"));
        app.clickAndWait(By.cssSelector("button[aria-label='Stäng av Nils Ny']"));
        app.signOutAll();
        driver.get(app.url("/app/sign-in"));
        driver.findElement(By.id("f-email")).sendKeys(nils.email());
        driver.findElement(By.id("f-password")).sendKeys(password);
        app.submit("form.sign-in");
        assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText())
                .contains("Fel e-postadress eller lösenord");
    }

    @Test
    void an_account_without_a_name_is_refused_by_its_field_in_english_too() {
        app.signIn(ADMIN);
        driver.get(app.url("/app/admin/users"));

        driver.findElement(By.id("f-email")).sendKeys("utan.namn@lidkoping.se");
        app.submit("form[action='/app/admin/users']");

        assertThat(driver.findElement(By.id("f-name")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.findElement(By.id("f-email")).getAttribute("value")).isEqualTo("utan.namn@lidkoping.se");
        Accessibility.check(driver, "the users page with a field error in Swedish");
        app.chooseLanguage("en");
        Accessibility.check(driver, "the users page in English");

        driver.findElement(By.id("f-email")).sendKeys("utan.namn@lidkoping.se");
        app.submit("form[action='/app/admin/users']");
        assertThat(driver.findElement(By.id("f-name")).getAttribute("aria-invalid")).isEqualTo("true");
        Accessibility.check(driver, "the users page with a field error in English");
    }

    @Test
    void a_token_without_its_owner_is_refused_by_its_field_in_swedish_and_in_english() {
        app.signIn(ADMIN);
        driver.get(app.url("/app/admin/tokens"));

        app.submit("form[action='/app/admin/tokens']");
        assertThat(driver.findElement(By.id("f-owner")).getAttribute("aria-invalid")).isEqualTo("true");
        Accessibility.check(driver, "the tokens page with a field error in Swedish");

        app.chooseLanguage("en");
        app.submit("form[action='/app/admin/tokens']");
        assertThat(driver.findElement(By.id("f-owner")).getAttribute("aria-invalid")).isEqualTo("true");
        Accessibility.check(driver, "the tokens page with a field error in English");
    }

    @Test
    void a_token_issued_on_the_tokens_page_reads_the_api_until_it_is_revoked() throws Exception {
        app.signIn(ADMIN);
        driver.get(app.url("/app/admin/tokens"));

        driver.findElement(By.id("f-owner")).sendKeys("Webbplatsens integration");
        new Select(driver.findElement(By.id("f-role"))).selectByValue("VIEWER");
        app.submit("form[action='/app/admin/tokens']");
        String secret = driver.findElement(By.id("new-token")).getText();
        Accessibility.check(driver, "the tokens page showing a new token");
        assertThat(api(secret)).isEqualTo(200);

        app.clickAndWait(By.cssSelector("button[aria-label='Återkalla nyckeln för Webbplatsens integration']"));

        assertThat(api(secret)).isEqualTo(401);
    }

    @Test
    void a_coordinator_may_not_administer_accounts() {
        app.signIn(RunningWebApp.COORDINATOR);

        driver.get(app.url("/app/admin/users"));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isNotEqualTo("Användare");
        assertThat(driver.findElements(By.id("users"))).isEmpty();
    }

    private static int api(String secret) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url("/api/v1/municipalities/"
                + LidkopingRegister.CODE.value() + "/partnerships"))).header("Authorization", "Bearer " + secret)
                .GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
