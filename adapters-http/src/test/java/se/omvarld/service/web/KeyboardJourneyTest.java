package se.omvarld.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Signing in and getting about with the keyboard alone, always seeing where the focus is. */
@BrowserTest
class KeyboardJourneyTest {

    @RegisterExtension
    static final RunningWebApp app = RunningWebApp.withBrowser();

    private WebDriver driver;

    @BeforeEach
    void newVisitor() {
        driver = app.driver();
        app.signOutAll();
    }

    @Test
    void the_first_tab_reaches_the_skip_link_which_shows_itself() {
        driver.get(app.url("/app/sign-in"));

        tab();

        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getAttribute("class")).isEqualTo("skip-link");
        assertThat(focused.getRect().getY()).as("moved into view when focused").isGreaterThanOrEqualTo(0);
        assertVisibleFocus(focused);
    }

    @Test
    void the_skip_link_takes_the_focus_to_the_main_content() {
        driver.get(app.url("/app/sign-in"));
        tab();

        keys(Keys.ENTER);

        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
    }

    @Test
    void a_coordinator_signs_in_with_tab_and_enter_and_sees_the_focus_on_every_stop() {
        driver.get(app.url("/app/sign-in"));
        WebElement focused = null;
        for (int stops = 0; stops < 6; stops++) {
            tab();
            focused = driver.switchTo().activeElement();
            assertVisibleFocus(focused);
            if ("f-email".equals(focused.getAttribute("id"))) {
                break;
            }
        }
        assertThat(focused.getAttribute("id")).as("the e-mail field is reached by Tab").isEqualTo("f-email");

        keys(RunningWebApp.COORDINATOR.email());
        tab();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("f-password");
        assertVisibleFocus(driver.switchTo().activeElement());
        keys(RunningWebApp.COORDINATOR.password());
        keys(Keys.ENTER);

        app.waitFor().until(ExpectedConditions.urlToBe(app.url("/app/")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Översikt");
    }

    @Test
    void every_link_and_button_of_the_overview_shows_where_the_focus_is() {
        app.signIn(RunningWebApp.COORDINATOR);
        int focusable = driver.findElements(By.cssSelector("a[href], button, input:not([type=hidden]), select"))
                .size();

        for (int stops = 0; stops < focusable; stops++) {
            tab();
            assertVisibleFocus(driver.switchTo().activeElement());
        }
    }

    private void tab() {
        keys(Keys.TAB);
    }

    private void keys(CharSequence keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** A focus indicator: an outline at least 2 px wide, or a box shadow. */
    private static void assertVisibleFocus(WebElement element) {
        String outline = element.getCssValue("outline-style");
        double width = Double.parseDouble(element.getCssValue("outline-width").replace("px", ""));
        String shadow = element.getCssValue("box-shadow");
        assertThat(!outline.equals("none") && width >= 2 || !shadow.equals("none"))
                .as("%s <%s> shows its focus (outline %s %s, box-shadow %s)", element.getTagName(),
                        element.getText(), outline, width, shadow).isTrue();
    }
}
