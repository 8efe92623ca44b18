package com.loyaltykpi.server.survey;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.loyaltykpi.core.followup.AlertRecipients;
import com.loyaltykpi.core.followup.FollowUpAlerts;
import com.loyaltykpi.core.privacy.AccessExport;
import com.loyaltykpi.core.privacy.Erasure;
import com.loyaltykpi.core.rollup.Aggregator;
import com.loyaltykpi.core.survey.SurveyMailJob;
import com.loyaltykpi.server.apikey.ApiKeys;
import com.loyaltykpi.server.it.ServerClient;
import com.loyaltykpi.server.web.OperatorSession;
import com.loyaltykpi.server.web.Operators;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.net.ServerSocket;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Surveys on the KPI server over real HTTP on a real database: the shop asks the API for an order's link, the
 * customer answers on the page the server hosts (the storefront's page, rules and texts), the relationship wave goes
 * out by SMTP to a real mail server in this JVM, and a customer's contact is exported and erased with them. Run on
 * HSQLDB, PostgreSQL and MariaDB by the subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"loyalty.scheduling=false", "loyalty.survey.base-url=https://shop.example.com/"})
abstract class SurveyScenarios {

    static final GreenMail MAIL = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private static final Pattern LINK = Pattern.compile("https://shop\\.example\\.com(/loyalty/survey/[A-Za-z0-9_-]+)");

    static {
        MAIL.start();
    }

    @LocalServerPort
    int port;
    @Autowired
    ApiKeys keys;
    @Autowired
    SurveyMailJob mailJob;
    @Autowired
    Aggregator aggregator;
    @Autowired
    Erasure erasure;
    @Autowired
    AccessExport access;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FollowUpAlerts followUpAlerts;
    @Autowired
    AlertRecipients alertRecipients;
    @Autowired
    Operators operators;

    /** The mail server of this JVM, for the subclass's database properties. */
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String to(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    ServerClient source(String name) {
        return new ServerClient(port, keys.issue(name, name).secret());
    }

    static String order(String id, String customer) {
        return "{\"orders\":[{\"orderId\":\"" + id + "\",\"customerId\":\"" + customer + "\",\"submittedAt\":\""
                + Instant.now().minus(1, ChronoUnit.HOURS) + "\",\"currency\":\"EUR\",\"items\":[{\"revenue\":40}]}]}";
    }

    /** The path of a survey link on this server (the links carry the configured public address). */
    static String pathOf(String link) {
        Matcher m = LINK.matcher(link);
        assertThat(m.find()).as(link).isTrue();
        return m.group(1);
    }

    @Test
    void theShopGetsALinkAndTheCustomerAnswersOnTheServer() {
        ServerClient shop = source("web");
        assertThat(shop.post("/api/v1/orders", order("W1", "c1")).status()).isEqualTo(200);

        JsonNode issued = shop.post("/api/v1/survey-links", "{\"orderId\":\"W1\"}").json();
        assertThat(issued.get("invited").asBoolean()).as(issued.toString()).isTrue();
        assertThat(issued.get("state").asText()).isEqualTo("OPEN");
        String link = issued.get("link").asText();
        assertThat(issued.get("optOutLink").asText()).isEqualTo(link + "/opt-out");
        assertThat(shop.post("/api/v1/survey-links", "{\"orderId\":\"W1\"}").json().get("link").asText())
                .as("the same link every time").isEqualTo(link);
        assertThat(shop.post("/api/v1/survey-links", "{\"orderId\":\"nope\"}").status()).isEqualTo(404);
        assertThat(shop.post("/api/v1/survey-links", "{}").status()).isEqualTo(400);
        assertThat(source("till").post("/api/v1/survey-links", "{\"orderId\":\"W1\"}").status())
                .as("another source's order").isEqualTo(404);
        assertThat(new ServerClient(port, null).post("/api/v1/survey-links", "{\"orderId\":\"W1\"}").status())
                .isEqualTo(401);

        OperatorSession shopper = new OperatorSession(port, "it");
        HttpResponse<String> page = shopper.get(pathOf(link));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Quanto sei soddisfatto", "/loyalty/static/survey.css");
        assertThat(shopper.post(pathOf(link), null, "step", "rate", "satisfaction", "4").statusCode())
                .as("no CSRF token: the form again, nothing recorded").isEqualTo(403);
        HttpResponse<String> rated = shopper.post(pathOf(link), OperatorSession.token(page), "step", "rate",
                "satisfaction", "4");
        assertThat(rated.statusCode()).isEqualTo(200);
        HttpResponse<String> tooLong = shopper.post(pathOf(link), OperatorSession.token(rated), "step", "more",
                "recommend", "9", "comment", "x".repeat(1001));
        assertThat(tooLong.statusCode()).isEqualTo(422);
        HttpResponse<String> done = shopper.post(pathOf(link), OperatorSession.token(tooLong), "step", "more",
                "recommend", "9", "comment", "Schnell & <b>gut</b>");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(shopper.get(pathOf(link)).statusCode()).as("answered once").isEqualTo(409);
        assertThat(shopper.get("/loyalty/survey/not-a-token").statusCode()).isEqualTo(404);

        Map<String, Object> answer = jdbc.queryForMap("SELECT a.SATISFACTION, a.RECOMMEND, a.COMMENT_TEXT, a.CHANNEL FROM "
                + "LK_SURVEY_ANSWER a JOIN LK_SURVEY_INVITATION i ON i.ID = a.INVITATION_ID WHERE i.ORDER_ID = 'W1'");
        assertThat(answer.values().stream().map(String::valueOf))
                .containsExactly("4", "9", "Schnell & <b>gut</b>", "LINK");
        JsonNode after = shop.post("/api/v1/survey-links", "{\"orderId\":\"W1\"}").json();
        assertThat(after.get("state").asText()).isEqualTo("ALREADY_ANSWERED");
        assertThat(after.get("link").isNull()).isTrue();

        aggregator.aggregate();
        String month = Instant.now().minus(1, ChronoUnit.HOURS).toString().substring(0, 7);
        assertThat(shop.kpi(month, "NON_MEMBER", "answers")).as("the answer is in the KPIs").isEqualByComparingTo("1");
        assertThat(shop.kpi(month, "NON_MEMBER", "nps_answers")).isEqualByComparingTo("1");
    }

    @Test
    void anOptOutStopsFurtherInvitationsAndCancelledOrdersGetNone() {
        ServerClient shop = source("opt");
        assertThat(shop.post("/api/v1/orders", order("O1", "c2")).status()).isEqualTo(200);
        String link = shop.post("/api/v1/survey-links", "{\"orderId\":\"O1\"}").json().get("link").asText();
        HttpResponse<String> optedOut = new OperatorSession(port, "de").get(pathOf(link) + "/opt-out");
        assertThat(optedOut.statusCode()).isEqualTo(200);
        assertThat(optedOut.body()).contains("nicht mehr");

        assertThat(shop.post("/api/v1/orders", order("O2", "c2")).status()).isEqualTo(200);
        assertThat(shop.post("/api/v1/survey-links", "{\"orderId\":\"O2\"}").json().get("invited").asBoolean())
                .isFalse();
        assertThat(shop.post("/api/v1/orders", order("O3", "c3").replace("\"items\"",
                "\"status\":\"CANCELLED\",\"items\"")).status()).isEqualTo(200);
        assertThat(shop.post("/api/v1/survey-links", "{\"orderId\":\"O3\"}").json().get("invited").asBoolean())
                .isFalse();
    }

    @Test
    void theWaveGoesOutBySmtpInTheCustomersLanguageOnceAndContactsAreErasable() throws Exception {
        MAIL.purgeEmailFromAllMailboxes(); // one server for the JVM: another database's class may have used it
        ServerClient shop = source("crm");
        JsonNode refused = shop.post("/api/v1/contacts", "{\"contacts\":[{\"customerId\":\"w1\",\"email\":\"w1@example"
                + ".com\"},{\"customerId\":\"w2\",\"email\":\"not an address\",\"language\":\"fr\"}]}").json();
        assertThat(refused.get("status").asInt()).isEqualTo(400);
        assertThat(refused.get("problems").toString()).contains("contacts[1].email", "contacts[1].language");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM LK_CONTACT", Integer.class)).as("nothing written")
                .isZero();

        assertThat(shop.post("/api/v1/memberships", "{\"events\":[{\"customerId\":\"w1\",\"type\":\"ENROLLED\",\"at\":\""
                + Instant.now().minus(2, ChronoUnit.DAYS) + "\"}]}").status()).isEqualTo(200);
        assertThat(shop.post("/api/v1/orders", order("N1", "w2")).status()).isEqualTo(200);
        JsonNode saved = shop.post("/api/v1/contacts", "{\"contacts\":[{\"customerId\":\"w1\",\"email\":\"w1@example.com\","
                + "\"language\":\"it\"},{\"customerId\":\"w2\",\"email\":\"w2@example.com\"}]}").json();
        assertThat(saved.get("outcomes").toString()).isEqualTo("[\"SAVED\",\"SAVED\"]");

        mailJob.run();
        MimeMessage[] sent = MAIL.getReceivedMessages();
        assertThat(sent).hasSize(2);
        MimeMessage italian = Arrays.stream(sent).filter(m -> to(m).contains("w1@example.com")).findFirst()
                .orElseThrow();
        assertThat(italian.getSubject()).contains("esperienza");
        String body = GreenMailUtil.getBody(italian);
        assertThat(body).contains("Ciao,");
        HttpResponse<String> page = new OperatorSession(port, "it").get(pathOf(body.replace("=\r\n", "")
                .replace("=3D", "=")));
        assertThat(page.statusCode()).isEqualTo(200);

        mailJob.run();
        assertThat(MAIL.getReceivedMessages()).as("sent once, whatever runs").hasSize(2);

        assertThat(access.of("w2").get("contact").toString()).contains("w2@example.com");
        erasure.eraseCustomer("w2", "test");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM LK_CONTACT WHERE CUSTOMER_ID = 'w2'", Integer.class))
                .as("erased with the customer").isZero();
        assertThat(shop.post("/api/v1/contacts", "{\"contacts\":[{\"customerId\":\"w2\",\"email\":\"w2@example.com\"}]}")
                .json().get("outcomes").toString()).isEqualTo("[\"ERASED\"]");
    }

    @Test
    void anUnhappyAnswerOpensAFollowUpTheOperatorsAreAlertedOnceAndAnAnalystClosesIt() throws Exception {
        String care = "care" + System.nanoTime() + "@shop.example";
        String boss = "boss" + System.nanoTime() + "@shop.example";
        alertRecipients.save(List.of(care, boss));
        ServerClient shop = source("care");
        assertThat(shop.post("/api/v1/orders", order("U1", "u1")).status()).isEqualTo(200);
        assertThat(shop.post("/api/v1/contacts", "{\"contacts\":[{\"customerId\":\"u1\",\"email\":\"u1@example.com\"}]}")
                .status()).isEqualTo(200);
        String path = pathOf(shop.post("/api/v1/survey-links", "{\"orderId\":\"U1\"}").json().get("link").asText());
        OperatorSession customer = new OperatorSession(port, "en");
        HttpResponse<String> rated = customer.post(path, OperatorSession.token(customer.get(path)), "step", "rate",
                "satisfaction", "1");
        customer.post(path, OperatorSession.token(rated), "step", "more", "recommend", "2", "comment",
                "Arrived <b>broken</b>");

        assertThat(followUpAlerts.run().sent()).isEqualTo(1);
        assertThat(followUpAlerts.run().sent()).as("once").isZero();
        MimeMessage alert = Arrays.stream(MAIL.getReceivedMessages()).filter(m -> to(m).contains(care)).findFirst()
                .orElseThrow();
        assertThat(alert.getSubject()).isEqualTo("Follow-up needed: a customer rated us 1 out of 5");
        assertThat(GreenMailUtil.getAddressList(alert.getRecipients(Message.RecipientType.CC))).contains(boss);
        String body = GreenMailUtil.getBody(alert).replace("=\r\n", "");
        assertThat(body).contains("u1@example.com", "U1", "Arrived &lt;b&gt;broken&lt;/b&gt;");

        operators.create("closer", "ANALYST", "a-long-password-000");
        operators.create("reader", "VIEWER", "a-long-password-000");
        OperatorSession reader = new OperatorSession(port, "en");
        assertThat(reader.signIn("reader", "a-long-password-000")).isTrue();
        HttpResponse<String> read = reader.get("/loyalty-follow-ups");
        assertThat(read.body()).contains("1 open follow-ups.", "Arrived &lt;b&gt;broken&lt;/b&gt;", "alert sent")
                .doesNotContain("lk-follow-up-close");
        OperatorSession closer = new OperatorSession(port, "en");
        assertThat(closer.signIn("closer", "a-long-password-000")).isTrue();
        HttpResponse<String> open = closer.get("/loyalty-follow-ups");
        Matcher id = Pattern.compile("/loyalty-follow-ups/(\\d+)/close").matcher(open.body());
        assertThat(id.find()).as(open.body()).isTrue();
        assertThat(reader.post("/loyalty-follow-ups/" + id.group(1) + "/close", OperatorSession.token(read), "note",
                "called").statusCode()).as("a viewer closes nothing").isEqualTo(403);
        closer.post("/loyalty-follow-ups/" + id.group(1) + "/close", OperatorSession.token(open), "note", " ");
        assertThat(closer.get("/loyalty-follow-ups").body()).contains("Write what was done");
        closer.post("/loyalty-follow-ups/" + id.group(1) + "/close", OperatorSession.token(open), "note",
                "Called the customer, sent a new one");
        assertThat(closer.get("/loyalty-follow-ups").body()).contains("Follow-up closed.", "0 open follow-ups.",
                "Called the customer, sent a new one", "closer");
    }
}
