package se.omvarld.service.web;

import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * axe-core on the page the browser shows, against WCAG 2.0 and 2.1 at levels A and AA: a test fails on any violation,
 * and its message lists each rule broken with the elements that break it.
 */
public final class Accessibility {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    /** Fails unless the page now shown has no violation; {@code what} names the page and its state. */
    public static void check(WebDriver driver, String what) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        if (results.isErrored()) {
            fail("axe-core could not check " + what + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            fail(what + " (" + driver.getCurrentUrl() + ") breaks " + violations.size() + " accessibility rule(s):\n"
                    + violations.stream().map(Accessibility::describe).collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n" + rule.getNodes().stream()
                .map(n -> "    " + n.getTarget() + " " + n.getHtml()).collect(Collectors.joining("\n"));
    }
}
