package com.loyaltykpi.sample;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The axe-core accessibility check (the npm package, installed by the build into src/test/a11y/node_modules) run in
 * the browser on the page it shows: WCAG 2.1 A and AA rules, and the best practices.
 */
final class Axe {

    private static final Path SCRIPT = Paths.get("src", "test", "a11y", "node_modules", "axe-core", "axe.min.js");

    private Axe() {
    }

    /** Fails, naming each rule and element, when axe finds a serious or critical violation on the page. */
    static void assertNoSeriousViolations(WebDriver browser, String page) throws IOException {
        assertThat(SCRIPT).as("axe-core, installed by the build (npm ci in src/test/a11y)").exists();
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(new String(Files.readAllBytes(SCRIPT), StandardCharsets.UTF_8));
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) js.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
                + ".then(function (r) { done(r.violations"
                + ".filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + ".map(function (v) { return v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                + " + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); })); })"
                + ".catch(function (e) { done(['axe failed: ' + e]); });");
        assertThat(violations).as("serious or critical accessibility violations on the %s", page).isEmpty();
    }
}
