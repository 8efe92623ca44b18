package com.loyaltykpi.server.web;

import com.loyaltykpi.core.rollup.Aggregator;
import com.loyaltykpi.it.TestDatabase;
import com.loyaltykpi.server.apikey.ApiKeys;
import com.loyaltykpi.server.it.ServerClient;
import com.loyaltykpi.server.it.ServerDatabases;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operators' web UI over real HTTP: sign-in with hashed passwords, roles, CSRF on every form, the API keys page
 * (a key created, used, revoked), escaping, three languages, and the dashboard the Broadleaf admin shows, from the
 * same view model and script.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the key test first: it begins with a database without keys
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "loyalty.scheduling=false")
class OperatorUiHsqldbIT {

    static final String PASSWORD = "correct horse battery";

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
    Aggregator aggregator;

    void operatorsExist() {
        try {
            operators.create("admin", "ADMINISTRATOR", PASSWORD);
            operators.create("viewer", "viewer", PASSWORD);
            operators.create("ana", "ANALYST", PASSWORD);
        } catch (IllegalArgumentException exists) {
            // created by an earlier test of this class
        }
    }

    @Test
    @Order(1)
    void anAdministratorCreatesUsesAndRevokesAKey() {
        operatorsExist();
        OperatorSession admin = new OperatorSession(port, "en");
        assertThat(admin.get("/keys").headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(admin.signIn("admin", "wrong password!")).isFalse();
        assertThat(admin.signIn("admin", PASSWORD)).isTrue();
        assertThat(admin.get("/").headers().firstValue("Location").orElse("")).endsWith("/loyalty-dashboard");

        HttpResponse<String> keysPage = admin.get("/keys");
        assertThat(keysPage.body()).contains("No keys yet.");
        admin.post("/keys", OperatorSession.token(keysPage), "source", "till", "label", "<script>alert(1)</script>");
        HttpResponse<String> issued = admin.get("/keys");
        Matcher secret = Pattern.compile("id=\"new-key\">(lk_[^<]+)<").matcher(issued.body());
        assertThat(secret.find()).as(issued.body()).isTrue();
        assertThat(issued.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
        assertThat(admin.get("/keys").body()).as("shown once").doesNotContain(secret.group(1));

        ServerClient till = new ServerClient(port, secret.group(1));
        String order = "{\"orders\":[{\"orderId\":\"U1\",\"submittedAt\":\"2026-05-01T10:00:00Z\",\"currency\":\"EUR\","
                + "\"items\":[{\"revenue\":5}]}]}";
        assertThat(till.post("/api/v1/orders", order).status()).isEqualTo(200);

        Matcher id = Pattern.compile("/keys/(\\d+)/revoke").matcher(admin.get("/keys").body());
        assertThat(id.find()).isTrue();
        assertThat(admin.post("/keys/" + id.group(1) + "/revoke", null).statusCode()).as("no CSRF token").isEqualTo(403);
        admin.post("/keys/" + id.group(1) + "/revoke", OperatorSession.token(admin.get("/keys")));
        assertThat(admin.get("/keys").body()).contains("is revoked");
        assertThat(till.post("/api/v1/orders", order).status()).isEqualTo(401);

        HttpResponse<String> refused = admin.post("/keys", OperatorSession.token(admin.get("/keys")), "source", "Not Ok");
        assertThat(admin.get("/keys").body()).contains("lower-case letters");
        assertThat(refused.statusCode()).isEqualTo(302);
    }

    @Test
    void aViewerDoesNotManageKeys() {
        operatorsExist();
        OperatorSession viewer = new OperatorSession(port, "en");
        assertThat(viewer.signIn("viewer", PASSWORD)).isTrue();
        assertThat(viewer.get("/loyalty-dashboard").body()).doesNotContain("API keys");
        assertThat(viewer.get("/keys").statusCode()).isEqualTo(403);
    }

    @Test
    void thePagesSpeakItalianAndGerman() {
        operatorsExist();
        assertThat(new OperatorSession(port, "it").get("/login").body()).contains("Accedi", "lang=\"it\"");
        OperatorSession german = new OperatorSession(port, "de");
        assertThat(german.get("/login").body()).contains("Anmelden");
        assertThat(german.signIn("admin", PASSWORD)).isTrue();
        assertThat(german.get("/keys").body()).contains("API-Schlüssel", "Schlüssel erstellen");
        assertThat(german.get("/keys?lang=it").body()).as("chosen for the session").contains("Crea una chiave");
    }

    @Test
    void anAnalystImportsExportsAndRebuildsOnTheDataScreen() {
        operatorsExist();
        OperatorSession viewer = new OperatorSession(port, "en");
        assertThat(viewer.signIn("viewer", PASSWORD)).isTrue();
        assertThat(viewer.get("/loyalty-data").statusCode()).isEqualTo(403);

        OperatorSession analyst = new OperatorSession(port, "en");
        assertThat(analyst.signIn("ana", PASSWORD)).isTrue();
        HttpResponse<String> screen = analyst.get("/loyalty-data");
        assertThat(screen.statusCode()).isEqualTo(200);
        assertThat(screen.body()).contains("id=\"lk-rebuild\"", "id=\"lk-import-form\"", "id=\"lk-export-start\"")
                .as("no platform to backfill from").doesNotContain("id=\"lk-backfill\"");
        assertThat(analyst.get("/loyalty-data?auditPage=x").statusCode()).isEqualTo(400);

        // orders in Swedish kronor (no other test of this class sends them): 100 + 50 in November 2026
        String orders = "order_id,customer_id,submitted_at,currency,revenue,cost,status\n"
                + "K1,k1,2026-11-02T10:00:00Z,SEK,100.00,40.00,SUBMITTED\n"
                + "K2,k2,2026-11-03T10:00:00Z,SEK,50.00,10.00,SUBMITTED\n";
        assertThat(analyst.upload("/loyalty-data/import", null, "orders.csv", orders, "kind", "orders").statusCode())
                .as("no CSRF token").isEqualTo(403);
        HttpResponse<String> imported = analyst.upload("/loyalty-data/import", OperatorSession.token(screen),
                "orders.csv", orders, "kind", "orders");
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.body()).contains("2 lines read, 2 imported, 0 updated, 0 unchanged");
        HttpResponse<String> refused = analyst.upload("/loyalty-data/import", OperatorSession.token(screen),
                "orders.csv", "order_id,customer_id,submitted_at,currency,revenue,cost,status\n"
                        + "K3,k3,2026-11-04T10:00:00Z,SEK,-5,,SUBMITTED\n", "kind", "orders");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("was refused: nothing was imported", "id=\"lk-rejected\"");
        assertThat(analyst.upload("/loyalty-data/import", OperatorSession.token(screen), "orders.csv", "",
                "kind", "orders").statusCode()).as("no file").isEqualTo(422);

        HttpResponse<String> rebuild = analyst.post("/loyalty-data/rebuild", OperatorSession.token(screen));
        assertThat(rebuild.statusCode()).isEqualTo(302);
        assertThat(analyst.get("/loyalty-data").body()).containsPattern("Rebuild (started|is running)");
        aggregator.aggregate();
        HttpResponse<String> export = analyst.get("/loyalty-data/export?range=CUSTOM&from=2026-11-01&to=2026-11-30"
                + "&granularity=MONTH&currency=SEK");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElse(""))
                .contains("loyalty-kpis-month-SEK-2026-11-01-2026-11-30.csv");
        assertThat(export.body().lines().filter(line -> line.contains("ALL"))).singleElement().asString()
                .contains(",150.00,");
        assertThat(analyst.get("/loyalty-data").body()).contains("<td>ana</td>", "KPIs MONTH SEK 2026-11-01..2026-11-30",
                "orders: 2 rows read, 2 imported");
    }

    @Test
    void anAdministratorSetsTheEstimateAndTheProgramCosts() {
        operatorsExist();
        OperatorSession analyst = new OperatorSession(port, "en");
        assertThat(analyst.signIn("ana", PASSWORD)).isTrue();
        assertThat(analyst.get("/loyalty-settings").statusCode()).isEqualTo(403);

        OperatorSession admin = new OperatorSession(port, "en");
        assertThat(admin.signIn("admin", PASSWORD)).isTrue();
        HttpResponse<String> screen = admin.get("/loyalty-settings");
        assertThat(screen.statusCode()).isEqualTo(200);
        assertThat(screen.body()).contains("id=\"lk-timeZone\"", "id=\"lk-estimate-settings\"", "id=\"lk-costs\"",
                        "id=\"lk-capDays\"", "id=\"lk-alertRecipients\"")
                .as("no storefront registration").doesNotContain("id=\"lk-source-REGISTRATION\"");
        assertThat(admin.post("/loyalty-settings", null, "windowDays", "60").statusCode()).as("no CSRF token")
                .isEqualTo(403);

        HttpResponse<String> refused = admin.post("/loyalty-settings", OperatorSession.token(screen),
                "timeZone", "Mars/Olympus", "sources", "API", "windowDays", "3", "_neverMemberFallback", "on",
                "fixed.EUR", "1200");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Nothing was saved", "&quot;Mars/Olympus&quot; is not a time zone",
                "A whole number from 14 to 366");
        assertThat(admin.get("/loyalty-settings").body()).doesNotContain("value=\"1200\"");

        HttpResponse<String> saved = admin.post("/loyalty-settings", OperatorSession.token(screen),
                "timeZone", "UTC", "sources", "API", "sources", "IMPORT", "sources", "LOYALTY_CARD", "sources", "ADMIN",
                "windowDays", "60", "capDays", "14", "alertRecipients", "care@shop.example",
                "_neverMemberFallback", "on", "fixed.EUR", "1200");
        assertThat(saved.statusCode()).isEqualTo(302);
        HttpResponse<String> after = admin.get("/loyalty-settings");
        assertThat(after.body()).contains("Settings saved", "id=\"lk-windowDays\" name=\"windowDays\" value=\"60\"",
                "value=\"1200\"", "id=\"lk-capDays\" name=\"capDays\" value=\"14\"", "care@shop.example");
        assertThat(admin.get("/loyalty-data").body()).containsPattern("<td>admin</td>\\s*<td>[^<]*Settings");
        assertThat(admin.get("/loyalty-settings?lang=it").body()).contains("lang=\"it\"", "Impostazioni");
    }

    @Test
    void operatorsFindCustomersAndAdministratorsChangeAndEraseThem() {
        operatorsExist();
        ServerClient shop = new ServerClient(port, keys.issue("members", "members").secret());
        assertThat(shop.post("/api/v1/orders", "{\"orders\":[{\"orderId\":\"M1\",\"customerId\":\"club 42 ä\","
                + "\"submittedAt\":\"2026-11-03T10:00:00Z\",\"currency\":\"NOK\",\"items\":[{\"revenue\":80}]},"
                + "{\"orderId\":\"M2\",\"customerId\":\"mc-7\",\"submittedAt\":\"2026-11-04T10:00:00Z\","
                + "\"currency\":\"NOK\",\"items\":[{\"revenue\":55}]}]}").status()).isEqualTo(200);

        OperatorSession viewer = new OperatorSession(port, "en");
        assertThat(viewer.signIn("viewer", PASSWORD)).isTrue();
        HttpResponse<String> found = viewer.get("/loyalty-members?q=mc-");
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("Customer id", "href=\"/loyalty-members/mc-7\"").doesNotContain("E-mail");
        HttpResponse<String> page = viewer.get("/loyalty-members/mc-7");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"lk-orders\"", "M2", "NOK").as("a viewer changes nothing")
                .doesNotContain("id=\"lk-enrol-form\"", "id=\"lk-erase-form\"");
        assertThat(viewer.post("/loyalty-members/mc-7/enrol", OperatorSession.token(viewer.get("/loyalty-members")))
                .statusCode()).isEqualTo(403);
        assertThat(viewer.get("/loyalty-members/mc-7/data.json").statusCode()).isEqualTo(403);
        assertThat(viewer.get("/loyalty-members/a%3Bb").statusCode()).isEqualTo(400);

        OperatorSession admin = new OperatorSession(port, "en");
        assertThat(admin.signIn("admin", PASSWORD)).isTrue();
        String token = OperatorSession.token(admin.get("/loyalty-members/mc-7"));
        HttpResponse<String> enrolled = admin.post("/loyalty-members/mc-7/enrol", token);
        assertThat(enrolled.headers().firstValue("Location").orElse("")).endsWith("/loyalty-members/mc-7");
        assertThat(admin.get("/loyalty-members/mc-7").body()).contains("id=\"lk-remove-form\"", "id=\"lk-history\"");
        HttpResponse<String> data = admin.get("/loyalty-members/mc-7/data.json");
        assertThat(data.statusCode()).isEqualTo(200);
        assertThat(data.body()).contains("\"mc-7\"", "M2");

        // an id with a space and an accent: found, and opened through its encoded address
        HttpResponse<String> odd = admin.get("/loyalty-members?q=club");
        assertThat(odd.body()).contains("href=\"/loyalty-members/club%2042%20%C3%A4\"");
        assertThat(admin.get("/loyalty-members/club%2042%20%C3%A4").body()).contains("M1");
        assertThat(admin.post("/loyalty-members/mc-7/erase", token).statusCode()).isEqualTo(302);
        HttpResponse<String> erased = admin.get("/loyalty-members/mc-7");
        assertThat(erased.body()).doesNotContain("M2").contains("id=\"lk-outcome\"");
        assertThat(admin.get("/loyalty-members?q=mc-").body()).doesNotContain("mc-7");
        assertThat(admin.get("/loyalty-data").body()).contains("<td>mc-7</td>");
    }

    /** The dashboard of orders in Swiss francs (a currency no other test of this class sends), November 2026. */
    private static final String NOVEMBER = "range=CUSTOM&from=2026-11-01&to=2026-11-30&granularity=MONTH&currency=CHF";

    @Test
    void aViewerSeesTheKpisOfTheOrdersSentOnTheDashboard() {
        operatorsExist();
        ServerClient shop = new ServerClient(port, keys.issue("dashboard", "dashboard").secret());
        assertThat(shop.post("/api/v1/memberships", "{\"events\":[{\"customerId\":\"dm1\",\"type\":\"ENROLLED\","
                + "\"at\":\"2026-10-01T00:00:00Z\",\"source\":\"LOYALTY_CARD\"}]}").status()).isEqualTo(200);
        assertThat(shop.post("/api/v1/orders", "{\"orders\":["
                + "{\"orderId\":\"D1\",\"customerId\":\"dm1\",\"submittedAt\":\"2026-11-03T10:00:00Z\",\"currency\":\"CHF\","
                + "\"items\":[{\"revenue\":100,\"cost\":40}]},"
                + "{\"orderId\":\"D2\",\"customerId\":\"dm1\",\"submittedAt\":\"2026-11-10T10:00:00Z\",\"currency\":\"CHF\","
                + "\"items\":[{\"revenue\":30,\"cost\":10}]},"
                + "{\"orderId\":\"D3\",\"customerId\":\"dn1\",\"submittedAt\":\"2026-11-12T10:00:00Z\",\"currency\":\"CHF\","
                + "\"items\":[{\"revenue\":40,\"cost\":30}]}]}").status()).isEqualTo(200);
        aggregator.aggregate();
        OperatorSession viewer = new OperatorSession(port, "en");
        assertThat(viewer.get("/loyalty-dashboard").headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(viewer.signIn("viewer", PASSWORD)).isTrue();

        HttpResponse<String> page = viewer.get("/loyalty-dashboard?" + NOVEMBER);
        assertThat(page.statusCode()).isEqualTo(200);
        // members: 100 + 30 in 2 orders, AOV 65; non-members: 40 in 1; member share 130 / 170; members' margin
        // (130 - 50) / 130 = 61.5%, non-members' (40 - 30) / 40 = 25.0%
        assertThat(card(page, "aov_member")).isEqualTo("CHF65.00");
        assertThat(card(page, "aov_non_member")).isEqualTo("CHF40.00");
        assertThat(card(page, "member_share")).isEqualTo("76.5%");
        assertThat(card(page, "margin_member")).isEqualTo("61.5%");
        assertThat(card(page, "margin_non_member")).isEqualTo("25.0%");
        assertThat(page.body()).contains("Loyalty program at a glance", "id=\"lk-series\"", "\"aovMember\":[65.0]",
                "/loyalty-assets/dashboard.js", "data-estimate-url=\"/loyalty-dashboard/estimate?");

        assertThat(viewer.get("/loyalty-dashboard?lang=it&" + NOVEMBER).body()).contains("65,00", "lang=\"it\"");
        assertThat(viewer.get("/loyalty-dashboard?lang=de&" + NOVEMBER).body()).contains("65,00", "lang=\"de\"");
        viewer.get("/loyalty-dashboard?lang=en");

        HttpResponse<String> backwards = viewer.get("/loyalty-dashboard?range=CUSTOM&from=2026-11-30&to=2026-11-01");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("class=\"lk-problem\"");

        HttpResponse<String> estimate = viewer.get("/loyalty-dashboard/estimate?" + NOVEMBER);
        assertThat(estimate.statusCode()).isEqualTo(200);
        assertThat(estimate.body()).containsPattern("\"status\":\"(computing|ready|failed)\"");
        assertThat(viewer.get("/loyalty-dashboard/estimate.csv?" + NOVEMBER).statusCode()).isIn(200, 202);
        assertThat(viewer.get("/loyalty-assets/dashboard.js").body()).contains("lk-charts");
        assertThat(viewer.get("/loyalty-assets/chart.js/chart.umd.js").statusCode()).isEqualTo(200);
    }

    private static String card(HttpResponse<String> page, String id) {
        Matcher value = Pattern.compile("id=\"lk-card-" + id + "\"[^>]*>\\s*<div class=\"lk-card-title\">[^<]*</div>\\s*"
                + "<div class=\"lk-card-value\">([^<]*)<").matcher(page.body());
        assertThat(value.find()).as(id).isTrue();
        return value.group(1);
    }

    @Test
    void operatorsNeedLongPasswordsAndKnownRoles() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> operators.create("short", "VIEWER", "too short"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> operators.create("chief", "OWNER", PASSWORD));
    }

    @Test
    void operatorsReadTheSurveyAnswersAndAnAdministratorErasesAGuests() {
        operatorsExist();
        ServerClient shop = new ServerClient(port, keys.issue("survey", "Survey shop").secret());
        assertThat(shop.post("/api/v1/orders", "{\"orders\":[{\"orderId\":\"G-7\",\"submittedAt\":\""
                + Instant.now().minus(1, ChronoUnit.HOURS) + "\",\"currency\":\"EUR\",\"items\":[{\"revenue\":20}]}]}")
                .status()).isEqualTo(200);
        String link = shop.post("/api/v1/survey-links", "{\"orderId\":\"G-7\"}").json().get("link").asText();
        String path = link.substring(link.indexOf("/loyalty/survey/"));
        OperatorSession guest = new OperatorSession(port, "en");
        HttpResponse<String> rated = guest.post(path, OperatorSession.token(guest.get(path)), "step", "rate",
                "satisfaction", "2");
        assertThat(guest.post(path, OperatorSession.token(rated), "step", "more", "recommend", "3", "comment",
                "<i>Parcel lost</i>").statusCode()).isEqualTo(200);

        OperatorSession viewer = new OperatorSession(port, "en");
        assertThat(viewer.signIn("viewer", PASSWORD)).isTrue();
        HttpResponse<String> answers = viewer.get("/loyalty-answers");
        assertThat(answers.statusCode()).isEqualTo(200);
        assertThat(answers.body()).contains("Survey answers", "1 answers match.", "&lt;i&gt;Parcel lost&lt;/i&gt;",
                        "guest or erased")
                .as("reading only").doesNotContain("id=\"lk-answers-export\"", "id=\"lk-guest-erase\"");
        assertThat(viewer.get("/loyalty-answers/export").statusCode()).isEqualTo(403);
        assertThat(viewer.post("/loyalty-answers/erase-guest", OperatorSession.token(answers), "guest", "G-7")
                .statusCode()).isEqualTo(403);
        assertThat(viewer.get("/loyalty-answers?min=4").body()).contains("0 answers match.");
        assertThat(viewer.get("/loyalty-answers?page=x").statusCode()).isEqualTo(400);
        assertThat(viewer.get("/loyalty-answers?lang=de").body()).contains("Umfrageantworten");

        OperatorSession analyst = new OperatorSession(port, "en");
        assertThat(analyst.signIn("ana", PASSWORD)).isTrue();
        assertThat(analyst.get("/loyalty-answers").body()).contains("id=\"lk-answers-export\"")
                .doesNotContain("id=\"lk-guest-erase\"");
        HttpResponse<String> csv = analyst.get("/loyalty-answers/export");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("survey-answers-");
        assertThat(csv.body()).contains("<i>Parcel lost</i>");

        OperatorSession admin = new OperatorSession(port, "en");
        assertThat(admin.signIn("admin", PASSWORD)).isTrue();
        HttpResponse<String> screen = admin.get("/loyalty-answers");
        assertThat(screen.body()).contains("id=\"lk-guest-erase\"", "Order id");
        assertThat(admin.post("/loyalty-answers/erase-guest", null, "guest", "G-7").statusCode()).as("no CSRF token")
                .isEqualTo(403);
        admin.post("/loyalty-answers/erase-guest", OperatorSession.token(screen), "guest", "nope");
        assertThat(admin.get("/loyalty-answers").body()).contains("No order has this number");
        assertThat(admin.post("/loyalty-answers/erase-guest", OperatorSession.token(screen), "guest", "G-7")
                .statusCode()).isEqualTo(302);
        HttpResponse<String> after = admin.get("/loyalty-answers");
        assertThat(after.body()).contains("1 orders found and erased.", "1 answers match.")
                .as("the comment is gone, the score stays").doesNotContain("Parcel lost");
        assertThat(admin.get("/loyalty-data").body()).containsPattern("<td>ana</td>\\s*<td>[^<]*Export");
    }
}
