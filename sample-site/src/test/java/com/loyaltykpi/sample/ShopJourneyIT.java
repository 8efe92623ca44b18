package com.loyaltykpi.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltykpi.it.HeadlessChromium;
import com.loyaltykpi.it.LoopbackPorts;
import com.loyaltykpi.it.TestMail;
import com.loyaltykpi.sample.seed.HistoryPlan;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole product in one journey, in headless Chromium against the sample shop started as the README's command
 * starts it (on a new data folder, seeded): a shopper registers as a loyalty member, buys, answers the survey on
 * the confirmation page; a guest buys and answers in one click too; then an operator logs in to the admin
 * and finds both orders in their segments, the answer in the satisfaction KPIs and in the answer list. The
 * history the seed writes ends at midnight, so today's figures are the journey's alone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShopJourneyIT {

    private static final String EMAIL = "journey.member@example.com";
    private static final String COMMENT = "Great beans & fast delivery <b>really</b>";
    private static final String OPERATOR = "care@sample.example";
    private static final Pattern ORDER_NUMBER = Pattern.compile("([A-Za-z0-9-]+)\\.?$");

    /** The guest's order, whose unhappy answer the operators are alerted about. */
    private static String guestOrderNumber;

    private static ShopServer shop;
    private static WebDriver browser;
    private static WebDriverWait wait;
    private static Path dataDir;

    @BeforeAll
    static void start() throws Exception {
        dataDir = Files.createTempDirectory("lk-sample-journey");
        System.setProperty("sample.dataDir", dataDir.toString());
        System.setProperty("sample.port", String.valueOf(LoopbackPorts.free()));
        // the admin shows a purchase after the next aggregation: every 2 s here instead of every minute
        System.setProperty("loyalty.kpi.aggregationIntervalMillis", "2000");
        System.setProperty("loyalty.kpi.aggregationInitialDelayMillis", "2000");
        // e-mail to the in-process SMTP server; unhappy answers alert the operator, checked every 2 s
        System.setProperty("sample.smtp.port", String.valueOf(TestMail.server().getSmtp().getPort()));
        System.setProperty("loyalty.survey.alertRecipients", OPERATOR);
        System.setProperty("loyalty.survey.alertCheckMillis", "2000");
        System.setProperty("loyalty.survey.alertInitialDelayMillis", "2000");
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
        // a wait that gives up says what the page showed
        wait.withMessage(() -> "the page " + browser.getCurrentUrl() + " showed:\n" + browser.findElement(By.tagName("body")).getText());
        shop = SampleShop.start(line -> System.out.println("[sample] " + line));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (shop != null) {
            shop.stop();
        }
    }

    @Test
    @Order(0)
    void aBadLoyaltyCardNumberIsRefusedWithAMessageAndNothingRegistered() {
        open("/register");
        fillRegistration("card.refused@example.com");
        browser.findElement(By.id("loyaltyCardNumber")).sendKeys("<b>x</b>");
        browser.findElement(By.id("register")).click();
        wait.until(d -> !d.findElements(By.id("register-errors")).isEmpty());
        assertThat(browser.findElement(By.id("register-errors")).getText())
                .isEqualTo("A loyalty card number has 4 to 32 letters, digits or dashes.");
        assertThat(browser.findElement(By.id("loyaltyCardNumber")).getAttribute("value")).isEqualTo("<b>x</b>");
        assertThat(browser.findElements(By.id("nav-account"))).isEmpty();
    }

    @Test
    @Order(1)
    void aMemberRegistersBuysAndAnswersTheSurveyOnTheConfirmationPage() throws IOException {
        open("/register");
        fillRegistration(EMAIL);
        browser.findElement(By.id("loyaltyOptIn")).click();
        browser.findElement(By.id("register")).click();
        wait.until(d -> !d.findElements(By.id("nav-account")).isEmpty());

        open("/account");
        assertThat(browser.findElement(By.id("member-since")).getText()).startsWith("Member of the loyalty club since");

        buy("Espresso Roma 1 kg", 2);
        browser.findElement(By.id("place-order")).click();
        wait.until(d -> d.getCurrentUrl().contains("/confirmation/"));
        assertThat(browser.findElement(By.id("order-total")).getText()).isEqualTo("$49.80");
        assertThat(browser.findElement(By.id("lk-survey-title")).getText()).isEqualTo("Tell us about your purchase");
        HeadlessChromium.screenshot(browser, "sample-confirmation-survey");
        Axe.assertNoSeriousViolations(browser, "confirmation page");

        browser.findElement(By.cssSelector("#lk-survey button[name=satisfaction][value='5']")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#lk-survey form.lk-survey-more")).isEmpty());
        assertThat(browser.getCurrentUrl()).contains("/confirmation/").endsWith("#lk-survey");
        HeadlessChromium.screenshot(browser, "sample-confirmation-survey-follow-up");
        Axe.assertNoSeriousViolations(browser, "confirmation page with the follow-up");
        browser.findElement(By.cssSelector("label[for=lk-recommend-9]")).click();
        browser.findElement(By.id("lk-comment")).sendKeys(COMMENT);
        browser.findElement(By.cssSelector("#lk-survey .lk-send")).click();
        wait.until(d -> d.findElement(By.cssSelector("#lk-survey [role=status]")).getText()
                .equals("Your answer has been recorded. It helps us serve you better."));
    }

    @Test
    @Order(2)
    void theMemberLeavesAndRejoinsFromTheAccountPage() {
        open("/account");
        browser.findElement(By.id("leave")).click();
        wait.until(d -> !d.findElements(By.id("not-member")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("You have left the loyalty club.");
        browser.findElement(By.id("join")).click();
        wait.until(d -> !d.findElements(By.id("member-since")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("Welcome to the loyalty club!");
    }

    @Test
    @Order(3)
    void aGuestBuysAndAnswersOnTheSurveyPageItsEmailLinksTo() throws IOException {
        open("/logout");
        browser.manage().deleteAllCookies();
        buy("Moka Pot 6 cups", 1);
        assertThat(browser.findElement(By.id("email")).isDisplayed()).isTrue();
        browser.findElement(By.id("email")).sendKeys("guest@example.com");
        browser.findElement(By.id("place-order")).click();
        wait.until(d -> d.getCurrentUrl().contains("/confirmation/"));
        assertThat(browser.findElement(By.id("order-total")).getText()).isEqualTo("$34.00");
        Matcher number = ORDER_NUMBER.matcher(browser.findElement(By.id("order-number")).getText().trim());
        assertThat(number.find()).isTrue();
        guestOrderNumber = number.group(1);
        // the survey page is where the confirmation e-mail's link leads: the same component
        browser.get(browser.findElement(By.cssSelector("#lk-survey form.lk-survey-rate")).getAttribute("action"));
        assertThat(browser.findElements(By.cssSelector("#lk-survey button[name=satisfaction]"))).hasSize(5);
        HeadlessChromium.screenshot(browser, "sample-survey-page");
        Axe.assertNoSeriousViolations(browser, "survey page");
        browser.findElement(By.cssSelector("#lk-survey button[name=satisfaction][value='2']")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#lk-survey form.lk-survey-more")).isEmpty());
        Axe.assertNoSeriousViolations(browser, "survey page with the follow-up");
        browser.findElement(By.cssSelector("#lk-survey .lk-send")).click();
        wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Thank you!"));
    }

    @Test
    @Order(4)
    void theStorefrontSpeaksItalianAndGerman() {
        open("/?blLocaleCode=it_IT");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Caffè fresco, tostato ogni settimana");
        assertThat(browser.findElement(By.cssSelector(".products .price")).getText()).contains("€");
        open("/?blLocaleCode=de_DE");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Frischer Kaffee, jede Woche geröstet");
        open("/?blLocaleCode=en_US");
    }

    @Test
    @Order(5)
    void theOperatorSeesBothOrdersInTheirSegmentsAndTheAnswer() throws IOException {
        adminLogin();

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String dashboard = "/admin/loyalty-dashboard?range=CUSTOM&granularity=DAY&currency=USD&from=" + today + "&to=" + today;
        // the module records the orders on its writer thread and aggregates every 2 s here: reload until it has
        wait.until(d -> {
            open(dashboard);
            return card("aov_member").equals("$49.80") && card("aov_non_member").equals("$34.00");
        });
        assertThat(card("member_share")).isEqualTo("59.4%"); // 49.80 of 83.80
        assertThat(card("csi")).isEqualTo("62.5"); // satisfaction 5 and 2: (3.5 - 1) / 4 x 100

        open("/admin/loyalty-answers?from=" + today + "&to=" + today);
        List<WebElement> rows = browser.findElements(By.cssSelector("#lk-answer-list tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows).anySatisfy(row -> assertThat(row.getText()).contains(COMMENT).contains("Journey Member"));

        // what the history's detractors and promoters wrote, told apart
        open("/admin/loyalty-answers?from=" + LocalDate.now(ZoneOffset.UTC).minusYears(2) + "&to=" + today);
        WebElement words = browser.findElement(By.id("lk-words"));
        // the seed's complaints (late, damaged, "zu lange gedauert") against its praise (great, ottimo, super)
        assertThat(words.findElements(By.cssSelector(".lk-words-detractors li strong")).stream().map(WebElement::getText)
                .collect(java.util.stream.Collectors.toList())).isNotEmpty().doesNotContain("great", "ottimo", "super");
        assertThat(words.findElements(By.cssSelector(".lk-words-promoters li strong")).stream().map(WebElement::getText)
                .collect(java.util.stream.Collectors.toList())).isNotEmpty()
                .doesNotContain("late", "damaged", "ritardo", "spät", "lange");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);", words);
        HeadlessChromium.screenshot(browser, "sample-admin-comment-words");

        // the seeded history's estimate and payoff, computed in the background (the program's costs are seeded)
        open("/admin/loyalty-dashboard?range=LAST_12_MONTHS&currency=USD");
        wait.until(d -> d.findElement(By.id("lk-estimate-status")).getText().startsWith("Estimate computed")
                && !d.findElement(By.id("lk-estimate-status")).getText().contains("newer"));
        assertThat(browser.findElement(By.id("lk-estimate-interval")).getText()).startsWith("95%: ");
        assertThat(browser.findElement(By.id("lk-payoff-verdict")).getText()).isIn("Yes", "No", "Not known yet");
        HeadlessChromium.screenshot(browser, "sample-admin-dashboard");

        // who answers, weighted to the order mix, and what the history's customers bought after answering: by
        // quarter, so that the latest period has answers enough early in a month too
        open("/admin/loyalty-dashboard?range=LAST_12_MONTHS&granularity=QUARTER&currency=USD");
        List<String> all = browser.findElements(By.cssSelector("#lk-responses-ALL td")).stream().map(WebElement::getText)
                .collect(java.util.stream.Collectors.toList());
        assertThat(all).hasSize(5);
        assertThat(all.get(3)).as("raw index").contains("±");
        assertThat(all.get(4)).as("weighted index").contains("±");
        List<WebElement> promoters = browser.findElements(By.cssSelector("#lk-repurchases-PROMOTER td"));
        assertThat(Integer.parseInt(promoters.get(0).getText()) + Integer.parseInt(promoters.get(3).getText()))
                .as("promoters' answers at least 90 days old").isPositive();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true); window.scrollBy(0, -60);",
                browser.findElement(By.id("lk-responses")));
        HeadlessChromium.screenshot(browser, "sample-admin-who-answers");
    }

    @Test
    @Order(7)
    void onAPhoneWithoutJavaScriptGuestsAnswerInOneClickInItalianAndGerman() throws IOException {
        String[][] languages = {
            {"it_IT", "Quanto sei soddisfatto di questo acquisto?",
                "Grazie, il tuo voto è stato registrato. Altre due domande, se hai un momento:"},
            {"de_DE", "Wie zufrieden sind Sie mit diesem Einkauf?",
                "Danke, Ihre Bewertung ist gespeichert. Noch zwei Fragen, wenn Sie einen Moment haben:"}};
        WebDriver phone = HeadlessChromium.startPhoneWithoutJavaScript();
        try {
            phone.get("data:text/html,<title>off</title><script>document.title='on'</script>");
            assertThat(phone.getTitle()).as("JavaScript is off").isEqualTo("off");
            WebDriverWait phoneWait = new WebDriverWait(phone, Duration.ofSeconds(60));
            for (String[] language : languages) {
                phone.manage().deleteAllCookies();
                phone.get(shop.baseUrl() + "/?blLocaleCode=" + language[0]);
                phone.findElement(By.linkText("Moka Pot 6 cups")).click();
                phone.findElement(By.id("add-to-cart")).click();
                phoneWait.until(d -> d.getCurrentUrl().endsWith("/cart"));
                phone.findElement(By.id("to-checkout")).click();
                phone.findElement(By.id("email")).sendKeys("phone." + language[0] + "@example.com");
                phone.findElement(By.id("place-order")).click();
                phoneWait.until(d -> d.getCurrentUrl().contains("/confirmation/"));

                WebElement legend = phone.findElement(By.cssSelector("#lk-survey form.lk-survey-rate legend"));
                assertThat(legend.getText()).isEqualTo(language[1]);
                int width = ((Long) ((JavascriptExecutor) phone).executeScript("return document.documentElement.clientWidth;")).intValue();
                for (WebElement score : phone.findElements(By.cssSelector("#lk-survey button[name=satisfaction]"))) {
                    assertThat(score.getRect().getX() + score.getRect().getWidth()).as("inside the screen").isLessThanOrEqualTo(width);
                    assertThat(score.getRect().getHeight()).as("large enough to tap").isGreaterThanOrEqualTo(44);
                }
                HeadlessChromium.screenshot(phone, "sample-survey-phone-" + language[0].substring(0, 2));
                phone.findElement(By.cssSelector("#lk-survey button[name=satisfaction][value='4']")).click();
                phoneWait.until(d -> !d.findElements(By.cssSelector("#lk-survey form.lk-survey-more")).isEmpty());
                assertThat(phone.findElement(By.cssSelector("#lk-survey [role=status]")).getText()).isEqualTo(language[2]);
                phone.findElement(By.cssSelector("label[for=lk-recommend-10]")).click();
                phone.findElement(By.cssSelector("#lk-survey .lk-send")).click();
                phoneWait.until(d -> d.findElements(By.cssSelector("#lk-survey form")).isEmpty());
            }
        } finally {
            phone.quit();
        }
    }

    @Test
    @Order(6)
    void aStorefrontFormWithoutItsTokenIsRefusedWith403AndAPageNot500() throws Exception {
        java.net.http.HttpResponse<String> refused = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(shop.baseUrl() + "/register"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept-Language", "de")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("customer.emailAddress=x%40example.com"))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Dieses Formular ist abgelaufen").doesNotContain("Exception");
    }

    @Test
    @Order(8)
    void theGuestsUnhappyAnswerAlertsTheOperatorWhoClosesItsFollowUpInTheAdmin() throws Exception {
        String alert = awaitAlert("Follow-up needed: a customer rated us 2 out of 5", guestOrderNumber);
        assertThat(alert).contains("guest@example.com");

        adminLogin();
        open("/admin/loyalty-follow-ups");
        WebElement followUp = browser.findElements(By.cssSelector(".lk-follow-up")).stream()
                .filter(box -> box.getText().contains(guestOrderNumber)).findFirst()
                .orElseThrow(() -> new AssertionError("no open follow-up of order " + guestOrderNumber));
        assertThat(followUp.getText()).contains("Satisfaction 2 of 5").contains("alert sent");
        HeadlessChromium.screenshot(browser, "sample-admin-follow-ups");
        followUp.findElement(By.tagName("textarea")).sendKeys("Called the guest: a new moka pot is on its way.");
        followUp.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> !d.findElements(By.id("lk-follow-up-closed")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#lk-follow-ups-closed tbody tr")).getText())
                .contains("a new moka pot is on its way").contains("admin");
    }

    @Test
    @Order(9)
    void theWinBackOfferReachesTheAtRiskCustomerAndNeitherAChampionNorAHeldOutOne() throws IOException {
        JdbcTemplate jdbc = shop.siteContext().getBean("lkJdbcTemplate", JdbcTemplate.class);
        String customers = "FROM LK_OFFER_ASSIGNMENT a JOIN BLC_CUSTOMER c ON CAST(c.CUSTOMER_ID AS VARCHAR(64)) = "
                + "a.CUSTOMER_ID WHERE a.TO_AT IS NULL AND a.GROUP_CODE = 'WINBACK' AND a.HELD_OUT = ? "
                + "ORDER BY c.CUSTOMER_ID";
        assertThat(jdbc.queryForList("SELECT c.EMAIL_ADDRESS " + customers, String.class, false))
                .as("the seeded at-risk customer is targeted").contains(HistoryPlan.AT_RISK_EMAIL);
        List<String> heldOut = jdbc.queryForList("SELECT c.EMAIL_ADDRESS " + customers, String.class, true);
        assertThat(heldOut).as("a fifth of the group is held out").isNotEmpty();
        List<String> champions = jdbc.queryForList("SELECT c.EMAIL_ADDRESS FROM LK_CUSTOMER_MODEL m JOIN BLC_CUSTOMER c "
                + "ON CAST(c.CUSTOMER_ID AS VARCHAR(64)) = m.CUSTOMER_ID WHERE m.SEGMENT = 'CHAMPIONS' "
                + "ORDER BY c.CUSTOMER_ID", String.class);
        assertThat(champions).isNotEmpty();

        checkoutAs(HistoryPlan.AT_RISK_EMAIL);
        assertThat(browser.findElement(By.cssSelector(".discount")).getText())
                .startsWith("Win-back: 15% off your order").endsWith("$7.47");
        assertThat(browser.findElement(By.id("checkout-total")).getText()).isEqualTo("$42.33");
        HeadlessChromium.screenshot(browser, "sample-checkout-win-back");
        browser.findElement(By.id("place-order")).click();
        wait.until(d -> d.getCurrentUrl().contains("/confirmation/"));
        assertThat(browser.findElement(By.id("order-total")).getText()).isEqualTo("$42.33");

        for (String other : new String[] {champions.get(0), heldOut.get(0)}) {
            checkoutAs(other);
            assertThat(browser.findElements(By.cssSelector(".discount"))).as(other).isEmpty();
            assertThat(browser.findElement(By.id("checkout-total")).getText()).as(other).isEqualTo("$49.80");
        }

        // the operator's side: the policy in the settings, the customer's group on her member page
        open("/admin/loyalty-settings");
        assertThat(browser.findElement(By.id("lk-offer.0.group")).getAttribute("value")).isEqualTo("WINBACK");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('lk-offers').scrollIntoView();");
        HeadlessChromium.screenshot(browser, "sample-admin-offer-groups");
        String rita = jdbc.queryForObject("SELECT CUSTOMER_ID FROM BLC_CUSTOMER WHERE EMAIL_ADDRESS = ?", Long.class,
                HistoryPlan.AT_RISK_EMAIL).toString();
        open("/admin/loyalty-members/" + rita);
        assertThat(browser.findElement(By.id("lk-member-offer-group")).getText())
                .startsWith("Offer group WINBACK since").endsWith("qualifies for its offer.");
        assertThat(browser.findElement(By.cssSelector("#lk-member-model-USD")).getText()).containsAnyOf("At risk",
                "Cannot lose");
        HeadlessChromium.screenshot(browser, "sample-admin-member-offer-group");

        // the dashboard's comparison of the group this month: Rita's discount is what the offer cost so far (the
        // group's orders of the month before hers had none); the module records her order on its writer thread
        YearMonth month = YearMonth.now(ZoneOffset.UTC);
        String dashboard = "/admin/loyalty-dashboard?range=CUSTOM&granularity=DAY&currency=USD&from=" + month.atDay(1)
                + "&to=" + LocalDate.now(ZoneOffset.UTC);
        By row = By.id("lk-offer-result-WINBACK-" + month);
        wait.until(d -> {
            open(dashboard);
            return !d.findElements(row).isEmpty()
                    && d.findElement(row).findElements(By.tagName("td")).get(5).getText().contains("the offer cost 7.47 (");
        });
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true); window.scrollBy(0, -60);",
                browser.findElement(By.id("lk-offer-results")));
        HeadlessChromium.screenshot(browser, "sample-admin-offer-results");
    }

    /** Logs in as this seeded customer and takes two Espresso Roma to the checkout page. */
    private static void checkoutAs(String email) {
        open("/logout");
        open("/login");
        type("j_username", email);
        type("j_password", "coffee123");
        browser.findElement(By.id("login")).click();
        wait.until(d -> !d.findElements(By.id("nav-account")).isEmpty());
        buy("Espresso Roma 1 kg", 2);
    }

    /** The body of the operator's alert with this subject about this order, once it has arrived. */
    private static String awaitAlert(String subject, String orderNumber) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            for (String body : TestMail.bodies(OPERATOR, subject)) {
                if (body.contains(orderNumber)) {
                    return body;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no alert \"" + subject + "\" about order " + orderNumber + " within 60 s");
    }

    private static void adminLogin() {
        open("/admin/login");
        if (browser.findElements(By.name("j_username")).isEmpty()) {
            return; // still logged in
        }
        browser.findElement(By.name("j_username")).sendKeys("admin");
        browser.findElement(By.name("j_password")).sendKeys("admin");
        browser.findElement(By.name("j_password")).submit();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Fills the registration form (which shows what this session typed last time). */
    private static void fillRegistration(String email) {
        type("customer.emailAddress", email);
        type("customer.firstName", "Journey");
        type("customer.lastName", "Member");
        type("password", "coffee123");
        type("passwordConfirm", "coffee123");
    }

    private static void type(String field, String text) {
        WebElement input = browser.findElement(By.id(field));
        input.clear();
        input.sendKeys(text);
    }

    private static void buy(String product, int quantity) {
        open("/");
        browser.findElement(By.linkText(product)).click();
        WebElement amount = browser.findElement(By.id("quantity"));
        amount.clear();
        amount.sendKeys(String.valueOf(quantity));
        browser.findElement(By.id("add-to-cart")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/cart"));
        browser.findElement(By.id("to-checkout")).click();
        wait.until(d -> !d.findElements(By.id("place-order")).isEmpty());
    }

    private static void open(String path) {
        browser.get(shop.baseUrl() + path);
    }

    private static String card(String id) {
        return browser.findElement(By.cssSelector("#lk-card-" + id + " .lk-card-value")).getText().trim();
    }
}
