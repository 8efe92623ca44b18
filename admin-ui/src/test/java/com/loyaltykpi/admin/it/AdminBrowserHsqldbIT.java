package com.loyaltykpi.admin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.loyaltykpi.core.dashboard.Dashboard;
import com.loyaltykpi.it.HeadlessChromium;
import com.loyaltykpi.core.period.Granularity;
import com.loyaltykpi.core.kpi.Kpi;
import com.loyaltykpi.core.kpi.KpiQuery;
import com.loyaltykpi.core.kpi.KpiRow;
import com.loyaltykpi.core.kpi.KpiTable;
import com.loyaltykpi.core.period.Segment;
import com.loyaltykpi.core.behaviour.BehaviourModels;
import com.loyaltykpi.core.behaviour.CurrencyModel;
import com.loyaltykpi.core.membership.Membership;
import com.loyaltykpi.core.kpi.KpiService;

/**
 * An operator's session in headless Chromium against the real Broadleaf admin: log in, read the dashboard and
 * its charts, change the range, enrol a member, import a file, run the backfill to 100%, log out. Screenshots of
 * every screen land in target/screenshots. The browser sees the same pages on every database: it runs on the
 * embedded one.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminBrowserHsqldbIT {

    private static AdminConsole console;
    private static AdminHistory history;
    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        console = AdminConsole.get();
        history = AdminHistory.of(console);
        browser = HeadlessChromium.start();
        // a form posts and the page reloads under the wait: an element of the old page goes stale, not missing
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void logsInAndFindsTheLoyaltyMenu() throws IOException {
        browser.get(console.url("/login"));
        browser.findElement(By.name("j_username")).sendKeys("admin");
        browser.findElement(By.name("j_password")).sendKeys("admin");
        browser.findElement(By.name("j_password")).submit();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        browser.get(console.url("/loyalty-dashboard"));
        assertThat(browser.findElement(By.cssSelector("#sideMenu a[href='/loyalty-members']")).getAttribute("textContent").trim())
                .isEqualTo("Members");
    }

    @Test
    @Order(2)
    void dashboardDrawsEveryChartAndTheEstimate() throws IOException {
        browser.get(console.url("/loyalty-dashboard?range=LAST_12_MONTHS&granularity=MONTH&currency=USD"));
        wait.until(d -> !text("lk-estimate-value").equals("loading…"));
        for (String chart : new String[] {"lk-chart-aov", "lk-chart-share", "lk-chart-margin", "lk-chart-csi", "lk-chart-nps", "lk-chart-estimate"}) {
            assertThat(drawn(chart)).as(chart + " has pixels").isTrue();
            assertThat(plotted(chart)).as(chart + " has data").isTrue();
        }
        HeadlessChromium.screenshot(browser, "admin-dashboard");
    }

    @Test
    @Order(4)
    void theDashboardAnswersWhetherTheProgramPaysOffWithItsChecks() throws Exception {
        browser.get(console.url("/loyalty-settings"));
        browser.findElement(By.id("lk-fixed." + AdminHistory.SIMULATED)).clear();
        browser.findElement(By.id("lk-fixed." + AdminHistory.SIMULATED)).sendKeys("400.00");
        browser.findElement(By.id("lk-rewards." + AdminHistory.SIMULATED + ".2025-03")).clear();
        browser.findElement(By.id("lk-rewards." + AdminHistory.SIMULATED + ".2025-03")).sendKeys("1500.00");
        browser.findElement(By.id("lk-save")).click();
        wait.until(d -> !d.findElements(By.id("lk-saved")).isEmpty());

        browser.get(console.url("/loyalty-dashboard?range=CUSTOM&from=" + AdminHistory.SIMULATED_FROM + "&to="
                + AdminHistory.SIMULATED_TO + "&granularity=MONTH&currency=" + AdminHistory.SIMULATED));
        wait.until(d -> text("lk-estimate-status").startsWith("Estimate computed") && !text("lk-estimate-status").contains("newer"));

        String verdict = text("lk-payoff-verdict");
        assertThat(verdict).isIn("Yes", "No", "Not known yet");
        assertThat(text("lk-payoff-net")).startsWith("Net contribution: ").contains("95%");
        assertThat(text("lk-payoff-roc")).startsWith("Return on cost: ");
        assertThat(browser.findElements(By.cssSelector("#lk-payoff-reasons li"))).isNotEmpty();
        assertThat(text("lk-estimate-placebo")).startsWith("Placebo (a window earlier): ");
        for (String chart : new String[] {"lk-chart-estimate", "lk-chart-event"}) {
            assertThat(drawn(chart)).as(chart + " has pixels").isTrue();
            assertThat(plotted(chart)).as(chart + " has data").isTrue();
        }
        HeadlessChromium.screenshot(browser, "admin-dashboard-payoff");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('lk-estimate-details').open = true;"
                + "document.getElementById('lk-chart-event').parentNode.scrollIntoView();");
        assertThat(browser.findElements(By.cssSelector("#lk-estimate-cohorts tbody tr")).size()).isGreaterThan(10);
        HeadlessChromium.screenshot(browser, "admin-event-study");
    }

    @Test
    @Order(3)
    void switchingRangeAndGranularityShowsTheEngineFiguresOfThatRange() throws IOException {
        new Select(browser.findElement(By.id("lk-range"))).selectByValue("LAST_30_DAYS");
        new Select(browser.findElement(By.id("lk-granularity"))).selectByValue("WEEK");
        browser.findElement(By.id("lk-apply")).click();
        wait.until(d -> d.getCurrentUrl().contains("granularity=WEEK"));
        LocalDate week = Granularity.WEEK.start(console.bean("lkDashboard", Dashboard.class).today());
        KpiTable table = console.bean("lkKpiService", KpiService.class)
                .query(new KpiQuery(Granularity.WEEK.plus(week, -1), week, Granularity.WEEK, "USD"));
        KpiRow all = table.row(week, Segment.ALL);
        KpiRow nonMembers = table.row(week, Segment.NON_MEMBER);
        assertThat(card("aov_non_member")).isEqualTo(Shown.money(nonMembers.value(Kpi.AOV), "USD"));
        assertThat(card("member_share")).isEqualTo(Shown.percent(all.value(Kpi.MEMBER_SHARE)));
        assertThat(card("response_rate")).isEqualTo(Shown.percent(all.value(Kpi.RESPONSE_RATE)));
        assertThat(browser.findElement(By.id("lk-card-nps")).getAttribute("title")).contains("Promoters");
        wait.until(d -> !text("lk-estimate-value").equals("loading…"));
        assertThat(plotted("lk-chart-aov")).isTrue();
    }

    @Test
    @Order(5)
    void enrolsACustomerFoundBySearch() throws IOException {
        browser.get(console.url("/loyalty-members"));
        browser.findElement(By.id("lk-q")).sendKeys("number0");
        browser.findElement(By.id("lk-search")).click();
        browser.findElement(By.linkText("Customer Number0")).click();
        HeadlessChromium.screenshot(browser, "admin-member");
        browser.findElement(By.id("lk-enrol")).click();
        wait.until(d -> !d.findElements(By.id("lk-outcome")).isEmpty());
        assertThat(text("lk-member-state")).isEqualTo("Member of the loyalty program.");
        assertThat(console.bean("lkMembership", Membership.class).isMember(history.customerIds.get(0))).isTrue();
    }

    @Test
    @Order(6)
    void theCustomersScreenSaysWhetherTheModelFits() throws IOException {
        List<CurrencyModel> computed = console.bean("lkBehaviourModels", BehaviourModels.class).refresh();
        browser.get(console.url("/loyalty-customers"));
        for (CurrencyModel model : computed) {
            String verdict = browser.findElement(By.cssSelector("#lk-behaviour-" + model.currency() + " .lk-verdict"))
                    .getText();
            assertThat(verdict).as(model.currency()).startsWith(!model.purchases().fitted()
                    ? "The model does not fit this shop yet" : model.check().trusted() ? "The model fits this shop"
                    : "The model does not fit this shop");
        }
        HeadlessChromium.screenshot(browser, "admin-customers");
    }

    @Test
    @Order(6)
    void answersAndSettingsScreens() throws IOException {
        browser.get(console.url("/loyalty-answers"));
        assertThat(browser.findElements(By.cssSelector("#lk-answer-list tbody tr"))).isNotEmpty();
        assertThat((Long) ((JavascriptExecutor) browser).executeScript("return document.querySelectorAll('#lk-answer-list script').length"))
                .isZero();
        HeadlessChromium.screenshot(browser, "admin-answers");
        browser.get(console.url("/loyalty-settings"));
        assertThat(browser.findElement(By.id("lk-timeZone")).getAttribute("value")).isEqualTo("UTC");
        HeadlessChromium.screenshot(browser, "admin-settings");
    }

    @Test
    @Order(7)
    void importsAFileAndReportsItsRejectedLine() throws IOException {
        Path csv = Files.createTempFile("orders", ".csv");
        Files.write(csv, ("order_id,customer_id,submitted_at,currency,revenue,cost,status\n"
                + "browser-1,," + OffsetDateTime.now().minusDays(3).withNano(0) + ",USD,42.00,20.00,SUBMITTED\n"
                + "browser-2,,not a date,USD,1.00,,SUBMITTED\n").getBytes(StandardCharsets.UTF_8));
        browser.get(console.url("/loyalty-data"));
        browser.findElement(By.id("lk-import-file")).sendKeys(csv.toString());
        browser.findElement(By.id("lk-skip")).click();
        browser.findElement(By.id("lk-import-start")).click();
        wait.until(d -> !d.findElements(By.id("lk-import-report")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#lk-import-report .lk-ok")).getText()).contains("1 imported");
        assertThat(browser.findElement(By.cssSelector("#lk-rejected tbody tr td")).getText()).isEqualTo("3");
    }

    @Test
    @Order(8)
    void backfillProgressReachesOneHundredPercentAndSurvivesAReload() throws IOException {
        browser.get(console.url("/loyalty-data"));
        browser.findElement(By.id("lk-backfill-start")).click();
        wait.until(d -> text("lk-backfill-text").contains("finished"));
        assertThat(browser.findElement(By.id("lk-backfill-bar")).getAttribute("value")).isEqualTo("100");
        assertThat(text("lk-backfill-text")).contains("of " + String.format("%,d", AdminHistory.PLATFORM_ORDERS));
        browser.navigate().refresh();
        wait.until(d -> text("lk-backfill-text").contains("finished"));
        HeadlessChromium.screenshot(browser, "admin-data");
    }

    @Test
    @Order(9)
    void theLanguageChosenStaysForTheNextScreens() {
        // Broadleaf 3.1's admin language: a BLC_LOCALE row chosen with blLocaleCode, kept in the session
        browser.get(console.url("/loyalty-dashboard?blLocaleCode=it_IT"));
        browser.get(console.url("/loyalty-members"));
        assertThat(text("lk-search")).isEqualTo("Cerca");
        browser.get(console.url("/loyalty-dashboard?range=LAST_12_MONTHS&granularity=YEAR&currency=USD"));
        assertThat(card("aov_non_member")).matches("[0-9.]+,[0-9]{2}[\\s\\u00a0](USD|US\\$|\\$)"); // Italian numbers
        browser.get(console.url("/loyalty-members?blLocaleCode=en_US"));
        assertThat(text("lk-search")).isEqualTo("Find");
    }

    @Test
    @Order(10)
    void logsOut() {
        browser.get(console.url("/adminLogout.htm"));
        browser.get(console.url("/loyalty-dashboard"));
        assertThat(browser.findElements(By.name("j_username"))).isNotEmpty();
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText().trim();
    }

    private static String card(String id) {
        return browser.findElement(By.cssSelector("#lk-card-" + id + " .lk-card-value")).getText().trim();
    }

    /** Whether the canvas has any painted pixel. */
    private static boolean drawn(String canvas) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "var c = document.getElementById(arguments[0]); var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                        + "for (var i = 3; i < d.length; i += 4) { if (d[i] !== 0) { return true; } } return false;", canvas);
    }

    /** Whether Chart.js plotted at least one value on the canvas. */
    private static boolean plotted(String canvas) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "var chart = Chart.getChart(arguments[0]); return !!chart && chart.data.datasets.some(function (s) {"
                        + " return s.data.some(function (v) { return v !== null && v !== undefined; }); });", canvas);
    }


}
