package se.omvarld.service.web;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.omvarld.adapter.db.DbSettings;
import se.omvarld.adapter.http.web.WebSettings;
import se.omvarld.application.demo.LidkopingRegister;
import se.omvarld.domain.access.Role;
import se.omvarld.domain.shared.MunicipalityCode;
import se.omvarld.domain.shared.UnitId;
import se.omvarld.service.Service;
import se.omvarld.service.ServiceAccounts;
import se.omvarld.service.ServiceSettings;

/**
 * The real service with its web app for the web app's tests: started once per test class on a random port over a
 * private in-memory H2 database with the demo data, the demo users and the accounts named here (opened through
 * the account use cases, with known passwords), and (for browser tests) one headless Chromium
 * for the class. Register it in a test class as
 * {@code @RegisterExtension static final RunningWebApp app = RunningWebApp.withBrowser();}
 * and use {@link #driver()}, {@link #url(String)} and {@link #signIn(User)}; a test that needs a clean browser
 * calls {@link #signOutAll()} first.
 */
public final class RunningWebApp implements BeforeAllCallback, AfterAllCallback {

    /** A person who can sign in: their address and password, name, municipality and role. */
    public record User(String email, String password, String name, MunicipalityCode municipality, Role role,
            Optional<UnitId> unit) {
    }

    public static final User COORDINATOR = new User("samordnare@lidkoping.se", "Vänort-2026-Kecskemét",
            "Sara Samordnare", LidkopingRegister.CODE, Role.COORDINATOR, Optional.empty());
    public static final User UNIT_EDITOR = new User("redaktor@lidkoping.se", "Biblioteket-2026-Utena",
            "Erik Enhetsredaktör", LidkopingRegister.CODE, Role.UNIT_EDITOR,
            Optional.of(LidkopingRegister.UNITS.get(0).id()));
    public static final User TYRESO_COORDINATOR = new User("samordnare@tyreso.se", "Tyresö-2026-Vänort",
            "Tove Tyresö", MunicipalityCode.of("0138"), Role.COORDINATOR, Optional.empty());
    /** A disabled account: its right password does not sign it in. */
    public static final User DISABLED = new User("slutat@lidkoping.se", "Slutat-2026-Rockford", "Dag Disabled",
            LidkopingRegister.CODE, Role.COORDINATOR, Optional.empty());

    private final boolean browser;
    private final UnaryOperator<WebSettings> settings;
    private Service service;
    private WebDriver driver;

    private RunningWebApp(boolean browser, UnaryOperator<WebSettings> settings) {
        this.browser = browser;
        this.settings = settings;
    }

    /** The service and a browser. */
    public static RunningWebApp withBrowser() {
        return new RunningWebApp(true, UnaryOperator.identity());
    }

    /** The service only, for tests that speak HTTP. */
    public static RunningWebApp withoutBrowser() {
        return new RunningWebApp(false, UnaryOperator.identity());
    }

    /** This harness with the web app's settings changed, e.g. a lockout after fewer failures. */
    public RunningWebApp with(UnaryOperator<WebSettings> change) {
        return new RunningWebApp(browser, change);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (browser) {
            Browser.requireInstalled();
        }
        ServiceSettings service = new ServiceSettings(0, true, Optional.empty(),
                DbSettings.inMemory("web_" + UUID.randomUUID().toString().replace("-", "")));
        this.service = Service.start(service, settings.apply(WebSettings.defaults(URI.create("http://localhost"))));
        for (User user : List.of(COORDINATOR, UNIT_EDITOR, TYRESO_COORDINATOR, DISABLED)) {
            ServiceAccounts.open(this.service, user.municipality(), user.email(), user.name(), user.role(),
                    user.unit(), user.password(), user == DISABLED);
        }
        if (browser) {
            driver = Browser.start();
        }
    }

    /** The demo's users as this start opened them (Lidköping's coordinator and a unit editor), with passwords. */
    public List<User> demoUsers() {
        return ServiceAccounts.demoUsers(service).stream().map(d -> new User(d.account().email().value(),
                d.password(), d.account().name(), d.account().municipality(), d.account().role(),
                d.account().unit())).collect(Collectors.toList());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            // No service when the class was skipped for want of a browser.
            if (service != null) {
                service.close();
            }
        }
    }

    public Service service() {
        return service;
    }

    public int port() {
        return service.port();
    }

    /** The absolute address of {@code path} on this service (e.g. {@code /app/}). */
    public String url(String path) {
        return "http://localhost:" + service.port() + path;
    }

    public WebDriver driver() {
        if (driver == null) {
            throw new IllegalStateException("this harness has no browser: use RunningWebApp.withBrowser()");
        }
        return driver;
    }

    /** Signs {@code user} in through the sign-in form and waits for the overview. */
    public void signIn(User user) {
        WebDriver d = driver();
        d.get(url("/app/sign-in"));
        d.findElement(By.id("f-email")).sendKeys(user.email());
        d.findElement(By.id("f-password")).sendKeys(user.password());
        d.findElement(By.cssSelector("form.sign-in button[type=submit]")).click();
        waitFor().until(ExpectedConditions.urlToBe(url("/app/")));
    }

    /**
     * Forgets the browser's session (its cookies), as a new visitor, and sets every account's language back to
     * Swedish, which a test that chose English changed.
     */
    public void signOutAll() {
        driver().manage().deleteAllCookies();
        ServiceAccounts.speakSwedish(service, List.of(COORDINATOR.municipality(), TYRESO_COORDINATOR.municipality()));
    }

    /** Chooses the page's language with the switch in its footer, and waits for the page in that language. */
    public void chooseLanguage(String tag) {
        new Select(driver().findElement(By.id("language"))).selectByValue(tag);
        submit("form.language");
        waitFor().ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", tag));
    }

    /** Submits the form {@code form} (a CSS selector) with its submit button, and waits for the page that answers. */
    public void submit(String form) {
        clickAndWait(By.cssSelector(form + " button[type=submit]"));
    }

    /** Clicks what submits a form or follows a link, and waits for the page that answers. */
    public void clickAndWait(By what) {
        WebElement page = driver().findElement(By.tagName("html"));
        driver().findElement(what).click();
        // A new page has a new root element. (Asking the old button whether it is stale, Chromium sometimes answers
        // with another error than "stale", which failed the wait.)
        waitFor().until(d -> !d.findElement(By.tagName("html")).equals(page));
    }

    /** Replaces what the field with the id {@code id} holds by {@code text}. */
    public void replace(String id, String text) {
        WebElement field = driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** A wait of a few seconds for the browser. */
    public WebDriverWait waitFor() {
        return new WebDriverWait(driver(), Duration.ofSeconds(10));
    }
}
