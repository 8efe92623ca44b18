package com.loyaltykpi.server.web;

import com.loyaltykpi.it.HeadlessChromium;
import com.loyaltykpi.it.TestDatabase;
import com.loyaltykpi.core.behaviour.BehaviourModels;
import com.loyaltykpi.core.behaviour.CurrencyModel;
import com.loyaltykpi.server.apikey.ApiKeys;
import com.loyaltykpi.server.it.ServerClient;
import com.loyaltykpi.server.it.ServerDatabases;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operators' sessions in Debian's headless Chromium, on the demo shop: an administrator signs in, creates a key for a
 * till system, revokes it, imports an orders.csv with a bad line on the data screen, enrols the imported customer on
 * the members screens, sets the program's monthly cost, reads the Italian page and signs out; a viewer reads the
 * dashboard (the screenshot in the README) with its estimate, changes the range and reads it in German; a customer
 * answers the survey by the link the shop got from the API, in Italian, and a viewer reads the answer. Screenshots in target/screenshots (and
 * docs/screenshots with -Dloyalty.screenshots.dir).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"loyalty.scheduling=false", "loyalty.demo=true"})
class OperatorBrowserHsqldbIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServerDatabases.use(TestDatabase.HSQLDB, registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    Operators operators;
    @Autowired
    ApiKeys keys;
    @Autowired
    BehaviourModels behaviour;

    @Test
    void aViewerReadsTheDashboardInABrowser() throws Exception {
        operators.create("marco", "VIEWER", "a-long-password-456");
        WebDriver browser = HeadlessChromium.start();
        try {
            String base = "http://127.0.0.1:" + port;
            WebDriverWait wait = pageWait(browser, 60);
            browser.get(base + "/");
            fillSignIn(browser, "marco", "a-long-password-456");
            browser.findElement(By.cssSelector("button.primary")).click();
            wait.until(d -> d.getCurrentUrl().endsWith("/loyalty-dashboard"));
            assertThat(browser.findElement(By.tagName("header")).getText()).contains("Dashboard").doesNotContain("API keys");

            // the demo shop's orders end yesterday: the cards show the last month with orders
            LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
            browser.get(base + "/loyalty-dashboard?range=CUSTOM&granularity=MONTH&from=" + yesterday.minusMonths(12).plusDays(1)
                    + "&to=" + yesterday);
            // both AOV cards have a value, the estimate is computed in the background, and the charts are drawn
            assertThat(text(browser, "#lk-card-aov_member .lk-card-value")).startsWith("€");
            assertThat(text(browser, "#lk-card-aov_non_member .lk-card-value")).startsWith("€");
            wait.until(d -> d.findElement(By.id("lk-estimate-status")).getText().startsWith("Estimate computed"));
            assertThat(text(browser, "#lk-payoff-verdict")).isNotEqualTo("loading…");
            assertThat(text(browser, "#lk-estimate-value")).isNotEqualTo("loading…");
            assertThat(((Number) ((JavascriptExecutor) browser).executeScript(
                    "return Chart.getChart('lk-chart-aov').data.datasets[0].data.filter(v => v !== null).length;"))
                    .intValue()).isGreaterThan(6);
            HeadlessChromium.screenshot(browser, "server-dashboard");
            ((JavascriptExecutor) browser).executeScript("document.getElementById('lk-charts').scrollIntoView();");
            HeadlessChromium.screenshot(browser, "server-dashboard-charts");

            new Select(browser.findElement(By.id("lk-granularity"))).selectByValue("WEEK");
            browser.findElement(By.id("lk-apply")).click();
            wait.until(d -> d.getCurrentUrl().contains("granularity=WEEK"));
            browser.get(browser.getCurrentUrl() + "&lang=de");
            assertThat(browser.findElement(By.cssSelector("#lk-dashboard h2")).getText())
                    .isEqualTo("Das Kundenbindungsprogramm auf einen Blick");
            assertThat(text(browser, "#lk-card-aov_member .lk-card-value")).endsWith("€");
            wait.until(d -> d.findElement(By.id("lk-estimate-status")).getText().startsWith("Schätzung berechnet"));
            HeadlessChromium.screenshot(browser, "server-dashboard-de");
        } finally {
            browser.quit();
        }
    }

    @Test
    void aViewerReadsTheCustomersBehaviourModelAndItsCheck() throws Exception {
        List<CurrencyModel> computed = behaviour.refresh();
        operators.create("lucia", "VIEWER", "a-long-password-789");
        WebDriver browser = HeadlessChromium.start();
        try {
            String base = "http://127.0.0.1:" + port;
            browser.get(base + "/login");
            fillSignIn(browser, "lucia", "a-long-password-789");
            browser.findElement(By.cssSelector("button.primary")).click();
            pageWait(browser, 30).until(d -> d.getCurrentUrl().endsWith("/loyalty-dashboard"));
            browser.findElement(By.linkText("Customers")).click();
            CurrencyModel euro = computed.get(0);
            String verdict = text(browser, "#lk-behaviour-" + euro.currency() + " .lk-verdict");
            System.out.println("demo shop's behaviour model: " + verdict);
            assertThat(verdict).startsWith(euro.check().trusted() ? "The model fits this shop"
                    : "The model does not fit this shop");
            assertThat(browser.findElements(By.cssSelector("#lk-behaviour-" + euro.currency() + " .lk-segments tbody tr")))
                    .isNotEmpty();
            HeadlessChromium.screenshot(browser, "server-customers");
        } finally {
            browser.quit();
        }
    }

    /** Waits across page loads: an element read while its page is replaced is read again on the next page. */
    private static WebDriverWait pageWait(WebDriver browser, int seconds) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static void fillSignIn(WebDriver browser, String name, String password) {
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(password);
    }

    private static String text(WebDriver browser, String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    @Test
    void anOperatorManagesTheApiKeysInABrowser() throws Exception {
        operators.create("anna", "ADMINISTRATOR", "a-long-password-123");
        WebDriver browser = HeadlessChromium.start();
        try {
            String base = "http://127.0.0.1:" + port;
            browser.get(base + "/keys");
            assertThat(browser.getCurrentUrl()).endsWith("/login");
            fillSignIn(browser, "anna", "a-long-password-123");
            HeadlessChromium.screenshot(browser, "server-sign-in");
            browser.findElement(By.cssSelector("button.primary")).click();
            WebDriverWait wait = pageWait(browser, 30);
            wait.until(d -> !d.getCurrentUrl().contains("/login"));
            assertThat(browser.getCurrentUrl()).contains("/keys"); // the page asked for before signing in

            browser.findElement(By.name("source")).sendKeys("shop");
            browser.findElement(By.name("label")).sendKeys("Web shop");
            browser.findElement(By.cssSelector("form[action='/keys'] button")).click();
            wait.until(d -> d.findElement(By.tagName("main")).getText().contains("The key for shop."));
            browser.findElement(By.name("source")).sendKeys("till");
            browser.findElement(By.name("label")).sendKeys("Tills, Milan stores");
            browser.findElement(By.cssSelector("form[action='/keys'] button")).click();
            wait.until(d -> d.findElement(By.tagName("main")).getText().contains("The key for till."));
            String secret = browser.findElement(By.id("new-key")).getText();
            assertThat(secret).startsWith("lk_");
            HeadlessChromium.screenshot(browser, "server-api-keys");

            browser.findElements(By.cssSelector("form[action$='/revoke'] button")).get(0).click();
            wait.until(d -> d.findElement(By.tagName("main")).getText().contains("is revoked"));
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("is revoked", "revoked 20");

            // the data screen: an orders.csv from the browser, with one bad line skipped, and its report
            Path csv = Files.createTempFile("orders", ".csv");
            Files.writeString(csv, "order_id,customer_id,submitted_at,currency,revenue,cost,status\n"
                    + "T1,t1,2026-11-02T10:00:00Z,EUR,42.00,20.00,SUBMITTED\n"
                    + "T2,t2,2026-11-03T10:00:00Z,EUR,not a number,,SUBMITTED\n");
            browser.get(base + "/loyalty-data");
            browser.findElement(By.id("lk-import-file")).sendKeys(csv.toString());
            browser.findElement(By.id("lk-skip")).click();
            browser.findElement(By.id("lk-import-start")).click();
            wait.until(d -> !d.findElements(By.id("lk-import-report")).isEmpty());
            assertThat(text(browser, "#lk-import-report")).contains("2 lines read, 1 imported");
            assertThat(browser.findElements(By.cssSelector("#lk-rejected tbody tr"))).hasSize(1);
            HeadlessChromium.screenshot(browser, "server-data");
            Files.delete(csv);

            // the members screens: the imported customer found by id, enrolled by hand
            browser.get(base + "/loyalty-members");
            browser.findElement(By.id("lk-q")).sendKeys("t");
            browser.findElement(By.id("lk-search")).click();
            wait.until(d -> !d.findElements(By.id("lk-customers")).isEmpty());
            browser.findElement(By.linkText("t1")).click();
            wait.until(d -> !d.findElements(By.id("lk-enrol")).isEmpty());
            browser.findElement(By.id("lk-enrol")).click();
            wait.until(d -> !d.findElements(By.id("lk-outcome")).isEmpty());
            assertThat(text(browser, "#lk-member-state")).isNotEmpty();
            assertThat(browser.findElements(By.cssSelector("#lk-history tbody tr"))).hasSize(1);
            assertThat(text(browser, "#lk-orders")).contains("T1");
            HeadlessChromium.screenshot(browser, "server-member");

            // the settings: the program's fixed monthly cost in euros
            browser.get(base + "/loyalty-settings");
            browser.findElement(By.id("lk-fixed.EUR")).clear();
            browser.findElement(By.id("lk-fixed.EUR")).sendKeys("1500");
            browser.findElement(By.id("lk-save")).click();
            wait.until(d -> !d.findElements(By.id("lk-saved")).isEmpty());
            assertThat(browser.findElement(By.id("lk-fixed.EUR")).getAttribute("value")).isEqualTo("1500");
            HeadlessChromium.screenshot(browser, "server-settings");

            browser.get(base + "/keys?lang=it");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Chiavi API");
            HeadlessChromium.screenshot(browser, "server-api-keys-it");
            browser.findElement(By.cssSelector("header form button")).click();
            wait.until(d -> d.getCurrentUrl().contains("/login"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void aCustomerAnswersTheSurveyByLinkAndAnOperatorReadsTheAnswer() throws Exception {
        operators.create("giulia", "VIEWER", "a-long-password-789");
        ServerClient shop = new ServerClient(port, keys.issue("web", "Web shop").secret());
        assertThat(shop.post("/api/v1/orders", "{\"orders\":[{\"orderId\":\"W-501\",\"customerId\":\"c-901\","
                + "\"submittedAt\":\"" + Instant.now().minus(1, ChronoUnit.HOURS) + "\",\"currency\":\"EUR\","
                + "\"items\":[{\"revenue\":64.90,\"cost\":30}]}]}").status()).isEqualTo(200);
        String link = shop.post("/api/v1/survey-links", "{\"orderId\":\"W-501\"}").json().get("link").asText();
        WebDriver browser = HeadlessChromium.start();
        try {
            String base = "http://127.0.0.1:" + port;
            WebDriverWait wait = pageWait(browser, 30);
            browser.get(base + link.substring(link.indexOf("/loyalty/survey/")) + "?lang=it");
            assertThat(text(browser, "h1")).isEqualTo("Raccontaci il tuo acquisto");
            HeadlessChromium.screenshot(browser, "server-survey");
            browser.findElement(By.cssSelector("button.lk-score[value='4']")).click();
            wait.until(d -> !d.findElements(By.id("lk-comment")).isEmpty());
            browser.findElement(By.cssSelector("label[for='lk-recommend-9']")).click();
            browser.findElement(By.id("lk-comment")).sendKeys("Consegna veloce, imballo perfetto");
            browser.findElement(By.cssSelector("button.lk-send")).click();
            wait.until(d -> d.findElement(By.cssSelector("main")).getText().contains("Grazie"));

            browser.get(base + "/login");
            fillSignIn(browser, "giulia", "a-long-password-789");
            browser.findElement(By.cssSelector("button.primary")).click();
            wait.until(d -> !d.getCurrentUrl().contains("/login"));
            browser.get(base + "/loyalty-answers");
            assertThat(text(browser, "#lk-answer-list")).contains("Consegna veloce, imballo perfetto", "c-901");
            assertThat(browser.findElements(By.id("lk-guest-erase"))).as("a viewer erases nothing").isEmpty();
            HeadlessChromium.screenshot(browser, "server-answers");
        } finally {
            browser.quit();
        }
    }
}
