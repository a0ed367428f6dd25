package se.omvarld.service.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver: no download (Selenium Manager is told it is offline),
 * no network of its own, a fresh profile each time.
 */
public final class Browser {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private Browser() {
    }

    /**
     * Skips the calling test class when Chromium or its driver is not installed (a developer's machine with only a
     * JDK), or fails it under {@code CI=true}: {@code .ci/run} installs both, and the browser tests must run there.
     */
    public static void requireInstalled() {
        if (Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER))) {
            return;
        }
        String missing = "the browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian's chromium and chromium-driver; .ci/run installs them)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("CI=true requires the browser tests to run: " + missing);
        }
        Assumptions.abort("Skipping " + missing);
    }

    public static WebDriver start() {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        try {
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1024",
                    "--lang=sv-SE", "--accept-lang=sv-SE,sv",
                    "--user-data-dir=" + Files.createTempDirectory("omvarld-chromium"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A Swedish browser, as a Swedish coordinator's: the app answers in the language the browser asks for.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "sv-SE,sv"));
        return new ChromeDriver(options);
    }
}
