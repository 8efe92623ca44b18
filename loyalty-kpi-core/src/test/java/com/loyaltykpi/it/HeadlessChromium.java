package com.loyaltykpi.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Collections;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium, headless, driven through Debian's chromium-driver (Selenium never downloads a browser here).
 * Screenshots go to target/screenshots; with -Dloyalty.screenshots.dir=docs/screenshots they are also copied
 * there, for the README. Shared by the admin console's, the sample shop's and the KPI server's browser tests.
 */
public final class HeadlessChromium {

    static final String BROWSER = System.getProperty("loyalty.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("loyalty.chromedriver", "/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** A new browser; the test is skipped with a message when Chromium is not installed (CI installs it). */
    public static WebDriver start() throws IOException {
        return start("1400,1100", true);
    }

    /** A browser the size of a small phone (360 by 740 pixels) with JavaScript switched off. */
    public static WebDriver startPhoneWithoutJavaScript() throws IOException {
        return start("360,740", false);
    }

    private static WebDriver start(String windowSize, boolean javaScript) throws IOException {
        boolean installed = new File(BROWSER).canExecute() && new File(DRIVER).canExecute();
        if (!installed && Boolean.getBoolean("loyalty.browser.require")) {
            throw new AssertionError("Chromium is required (-Dloyalty.browser.require) but " + BROWSER + " or " + DRIVER + " is missing");
        }
        Assumptions.assumeTrue(installed, "browser tests skipped: install Debian's chromium and chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + windowSize, "--lang=en-US",
                "--user-data-dir=" + Files.createTempDirectory("lk-chromium"));
        if (!javaScript) {
            options.setExperimentalOption("prefs",
                    Collections.singletonMap("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    public static void screenshot(WebDriver driver, String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = Paths.get("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        String docs = System.getProperty("loyalty.screenshots.dir");
        if (docs != null) {
            Path copy = Paths.get(docs, name + ".png");
            Files.createDirectories(copy.getParent());
            Files.copy(shot.toPath(), copy, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
