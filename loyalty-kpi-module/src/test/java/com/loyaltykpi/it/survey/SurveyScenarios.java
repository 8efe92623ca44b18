package com.loyaltykpi.it.survey;

import com.loyaltykpi.core.period.Granularity;
import com.loyaltykpi.core.kpi.Kpi;
import com.loyaltykpi.core.kpi.KpiQuery;
import com.loyaltykpi.core.kpi.KpiRow;
import com.loyaltykpi.core.period.SatisfactionMeasures;
import com.loyaltykpi.core.period.Segment;
import com.loyaltykpi.core.kpi.KpiService;
import com.loyaltykpi.core.rollup.Aggregator;
import com.loyaltykpi.core.settings.ClusterLock;
import com.loyaltykpi.core.settings.SettingsStore;
import com.loyaltykpi.core.survey.Invitations;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import com.loyaltykpi.core.settings.ShopTimeZone;
import com.loyaltykpi.core.survey.AnswerChannel;
import com.loyaltykpi.core.survey.AnswerCsv;
import com.loyaltykpi.core.survey.AnswerFilter;
import com.loyaltykpi.core.survey.AnswerStore;
import com.loyaltykpi.core.privacy.Erasure;
import com.loyaltykpi.core.survey.Invitation;
import com.loyaltykpi.core.survey.InvitationChannel;
import com.loyaltykpi.core.survey.InvitationStore;
import com.loyaltykpi.core.survey.SurveyAnswer;
import com.loyaltykpi.core.survey.SurveyRollupStore;
import com.loyaltykpi.core.followup.AlertRecipients;
import com.loyaltykpi.core.followup.FollowUp;
import com.loyaltykpi.core.followup.FollowUpAlerts;
import com.loyaltykpi.core.followup.FollowUpStore;
import com.loyaltykpi.core.followup.FollowUps;
import com.loyaltykpi.core.survey.SurveyConfiguration;
import com.loyaltykpi.core.survey.SurveyReminders;
import com.loyaltykpi.core.survey.SurveySettings;
import com.loyaltykpi.core.survey.SurveyWaves;
import com.loyaltykpi.core.survey.WaveReport;
import com.loyaltykpi.it.Browser;
import com.loyaltykpi.it.ShopScenarios;
import com.loyaltykpi.it.ShopWeb;
import com.loyaltykpi.it.TestMail;

import org.broadleafcommerce.common.email.service.EmailService;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.mail.Message;
import javax.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Post-purchase surveys in a real Broadleaf shop, through real HTTP (embedded Tomcat) and a real SMTP server
 * (GreenMail): checkout issues the invitation, the confirmation page shows the prompt in the shopper's language,
 * the answer goes through the web endpoint and into the satisfaction KPIs; replays, expired, tampered and
 * out-of-range answers get friendly pages; the confirmation e-mail and the relationship wave carry working links.
 */
public abstract class SurveyScenarios extends ShopScenarios {

    private static final Pattern LINK = Pattern.compile("http://127\\.0\\.0\\.1:[0-9]+/loyalty/survey/[A-Za-z0-9_-]{43}");

    private ShopWeb web;
    private InvitationStore invitations;
    private AnswerStore answers;
    private Product product;

    @BeforeEach
    void openStorefront() throws Exception {
        web = ShopWeb.on(shop);
        invitations = shop.bean("lkInvitationStore", InvitationStore.class);
        answers = shop.bean("lkAnswerStore", AnswerStore.class);
        product = fixture.product("Lamp", "40.00", "18.00");
    }

    @Test
    void checkoutIssuesOneInvitationPerOrderInTheSegmentOfTheMoment() throws Exception {
        Order memberOrder = fixture.checkout(fixture.register(true, null), product);
        Order nonMemberOrder = fixture.checkout(fixture.register(false, null), product);
        Order guestOrder = fixture.checkout(fixture.guest(), product);

        Invitation member = invitationOf(memberOrder);
        assertThat(member.segment()).isEqualTo(Segment.MEMBER);
        assertThat(member.channel()).isEqualTo(InvitationChannel.CHECKOUT);
        assertThat(member.customerId()).isEqualTo(String.valueOf(memberOrder.getCustomer().getId()));
        assertThat(member.expiresAt()).isEqualTo(member.issuedAt().plus(30, ChronoUnit.DAYS));
        assertThat(invitationOf(nonMemberOrder).segment()).isEqualTo(Segment.NON_MEMBER);
        Invitation guest = invitationOf(guestOrder);
        assertThat(guest.segment()).isEqualTo(Segment.NON_MEMBER);
        assertThat(guest.customerId()).isNull();
    }

    @Test
    void aCustomerIsInvitedAtMostOncePerCap() throws Exception {
        Customer customer = fixture.register(false, null);
        Order first = fixture.checkout(customer, product);
        Order second = fixture.checkout(customer, product);

        assertThat(invitationOf(first)).isNotNull();
        assertThat(invitationOf(second)).isNull();
        Document page = Jsoup.parse(new Browser("en").get(confirmationUrl(second)).body());
        assertThat(page.select("form")).isEmpty();
    }

    @Test
    void theConfirmationPageAsksInOneClickThenFollowsUpInPlaceInTheShoppersLanguage() throws Exception {
        String[][] expected = {
            {"en", "How satisfied are you with this purchase?", "How likely are you to recommend us to a friend?",
                "1 Very dissatisfied", "Thank you, your score is recorded. Two more questions, if you have a moment:",
                "Your answer has been recorded. It helps us serve you better."},
            {"it", "Quanto sei soddisfatto di questo acquisto?", "Con quale probabilità ci consiglieresti a un amico?",
                "1 Molto insoddisfatto", "Grazie, il tuo voto è stato registrato. Altre due domande, se hai un momento:",
                null},
            {"de", "Wie zufrieden sind Sie mit diesem Einkauf?",
                "Wie wahrscheinlich ist es, dass Sie uns einem Freund empfehlen?", "1 Sehr unzufrieden",
                "Danke, Ihre Bewertung ist gespeichert. Noch zwei Fragen, wenn Sie einen Moment haben:", null}};
        for (String[] language : expected) {
            Order order = fixture.checkout(fixture.register(true, null), product);
            Browser browser = new Browser(language[0]);
            HttpResponse<String> response = browser.get(confirmationUrl(order));
            assertThat(response.statusCode()).isEqualTo(200);
            Element form = Jsoup.parse(response.body()).selectFirst("#lk-survey form.lk-survey-rate");
            assertThat(form).as(language[0]).isNotNull();
            assertThat(form.attr("method")).isEqualTo("post");
            assertThat(form.attr("action")).matches("/loyalty/survey/[A-Za-z0-9_-]{43}");
            assertThat(form.select("input[type=hidden][name=csrfToken]").attr("value")).isNotEmpty();
            assertThat(form.select("input[type=hidden][name=return]").attr("value")).isEqualTo("/confirmation/" + order.getId());
            assertThat(form.select("fieldset > legend").eachText()).containsExactly(language[1]);
            assertThat(form.select("button[type=submit][name=satisfaction]").eachAttr("value"))
                    .containsExactly("1", "2", "3", "4", "5");
            assertThat(form.selectFirst("button[name=satisfaction]").text()).isEqualTo(language[3]);

            Form rate = Form.rate(response.body(), web.baseUrl());
            assertBackOnThePage(browser.post(rate.action, rate.rating("4")), order);
            Document followUp = Jsoup.parse(browser.get(confirmationUrl(order)).body());
            assertThat(followUp.select("#lk-survey form.lk-survey-rate")).isEmpty();
            assertThat(followUp.select("#lk-survey [role=status]").text()).isEqualTo(language[4]);
            Element more = followUp.selectFirst("#lk-survey form.lk-survey-more");
            assertThat(more.select("fieldset > legend").eachText()).containsExactly(language[2]);
            assertThat(more.select("input[type=radio][name=recommend]")).hasSize(11);
            for (Element radio : more.select("input[type=radio]")) {
                assertThat(more.select("label[for=" + radio.id() + "]")).as("label of " + radio.id()).hasSize(1);
            }
            assertThat(more.select("label[for=lk-comment]")).hasSize(1);
            assertThat(more.select("textarea#lk-comment").attr("maxlength")).isEqualTo("1000");
            assertThat(more.select("button[type=submit]")).hasSize(1);
            assertThat(answersOf(order.getCustomer())).singleElement().satisfies(answer -> {
                assertThat(answer.satisfaction()).isEqualTo(4);
                assertThat(answer.recommend()).isNull();
            });

            Form second = Form.more(followUp.outerHtml(), web.baseUrl());
            assertBackOnThePage(browser.post(second.action, second.followUp("", "")), order);
            Document thanks = Jsoup.parse(browser.get(confirmationUrl(order)).body());
            assertThat(thanks.select("#lk-survey form")).isEmpty();
            if (language[5] != null) {
                assertThat(thanks.select("#lk-survey [role=status]").text()).isEqualTo(language[5]);
            }
        }
    }

    @Test
    void anAnswerThroughTheWebEndpointReachesTheSatisfactionKpis() throws Exception {
        Customer customer = fixture.register(true, null);
        Order order = fixture.checkout(customer, product);
        aggregate();
        SatisfactionMeasures before = today(Segment.MEMBER);
        Browser browser = new Browser("it");

        answerOnConfirmationPage(browser, order, "5", "9", "Ottimo servizio");

        Invitation invitation = invitationOf(order);
        assertThat(invitation.answered()).isTrue();
        List<SurveyAnswer> mine = answersOf(customer);
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).channel()).isEqualTo(AnswerChannel.PAGE);
        assertThat(mine.get(0).segment()).isEqualTo(Segment.MEMBER);
        assertThat(mine.get(0).comment()).isEqualTo("Ottimo servizio");

        aggregate();
        SatisfactionMeasures after = today(Segment.MEMBER);
        assertThat(after.answers() - before.answers()).isEqualTo(1);
        assertThat(after.satisfactionSum() - before.satisfactionSum()).isEqualTo(5);
        assertThat(after.satisfied() - before.satisfied()).isEqualTo(1);
        assertThat(after.recommendAnswers() - before.recommendAnswers()).isEqualTo(1);
        assertThat(after.promoters() - before.promoters()).isEqualTo(1);
        assertThat(after.answeredInvitations() - before.answeredInvitations()).isEqualTo(1);
        KpiRow row = kpisToday(Segment.MEMBER);
        assertThat(row.value(Kpi.ANSWERS).longValue()).isEqualTo(after.answers());
        assertThat(row.value(Kpi.CSI).doubleValue())
                .isCloseTo((after.satisfactionSum() - after.answers()) * 25.0 / after.answers(), within());
        assertThat(row.value(Kpi.NPS_ANSWERS).longValue()).isEqualTo(after.recommendAnswers());
        assertThat(row.value(Kpi.NPS).doubleValue())
                .isCloseTo((after.promoters() - after.detractors()) * 100.0 / after.recommendAnswers(), within());
        assertThat(row.value(Kpi.RESPONSE_RATE).doubleValue())
                .isCloseTo(after.answeredInvitations() / (double) after.invitations(), within());
    }

    @Test
    void replayedTamperedExpiredAndOutOfRangeAnswersGetFriendlyPages() throws Exception {
        Customer customer = fixture.register(false, null);
        Order order = fixture.checkout(customer, product);
        Browser browser = new Browser("en");
        Form form = Form.rate(browser.get(confirmationUrl(order)).body(), web.baseUrl());

        HttpResponse<String> outOfRange = browser.post(form.action, form.rating("6"));
        assertThat(outOfRange.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(outOfRange.body()).select("[role=alert] li").eachText())
                .containsExactly("Satisfaction is a whole number from 1 to 5.");
        HttpResponse<String> wholeOutOfRange = browser.post(form.action, form.whole("abc", "11", "x".repeat(1001)));
        assertThat(wholeOutOfRange.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(wholeOutOfRange.body()).select("[role=alert] li").eachText()).containsExactly(
                "Satisfaction is a whole number from 1 to 5.",
                "The recommendation score is a whole number from 0 to 10.", "The comment is too long.");
        assertThat(answersOf(customer)).isEmpty();

        form = Form.rate(outOfRange.body(), web.baseUrl());
        assertThat(browser.post(form.action, form.rating("4")).statusCode()).isEqualTo(200);
        HttpResponse<String> secondTab = browser.post(form.action, form.rating("1"));
        assertThat(secondTab.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(secondTab.body()).select("h1").text()).isEqualTo("Already answered");
        Form more = Form.more(browser.get(form.action).body(), web.baseUrl());
        HttpResponse<String> tooLong = browser.post(more.action, more.followUp("12", "x".repeat(1001)));
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(tooLong.body()).select("[role=alert] li").eachText()).containsExactly(
                "The recommendation score is a whole number from 0 to 10.", "The comment is too long.");
        assertThat(browser.post(more.action, more.followUp("8", "")).statusCode()).isEqualTo(200);
        HttpResponse<String> replay = browser.post(more.action, more.followUp("0", "again"));
        assertThat(replay.statusCode()).isEqualTo(409);
        assertThat(answersOf(customer)).singleElement().satisfies(answer -> {
            assertThat(answer.satisfaction()).isEqualTo(4);
            assertThat(answer.recommend()).isEqualTo(8);
            assertThat(answer.comment()).isNull();
        });

        String token = form.action.substring(form.action.lastIndexOf('/') + 1);
        String tampered = web.baseUrl() + "/loyalty/survey/" + (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
        HttpResponse<String> unknown = browser.get(tampered);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(unknown.body()).select("h1").text()).isEqualTo("Link not recognised");
        HttpResponse<String> garbage = browser.post(web.baseUrl() + "/loyalty/survey/%3Cscript%3E", form.rating("5"));
        assertThat(garbage.statusCode()).isEqualTo(404);
        assertThat(garbage.body()).doesNotContain("<script>").doesNotContain("Exception");

        Order later = fixture.checkout(fixture.register(false, null), product);
        Form expiring = Form.rate(browser.get(confirmationUrl(later)).body(), web.baseUrl());
        shop.jdbc().update("UPDATE LK_SURVEY_INVITATION SET EXPIRES_AT = ? WHERE ID = ?",
                Instant.now().minusSeconds(1).toEpochMilli(), invitationOf(later).id());
        HttpResponse<String> expired = browser.post(expiring.action, expiring.rating("5"));
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(Jsoup.parse(expired.body()).select("h1").text()).isEqualTo("This link has expired");
        assertThat(invitationOf(later).answered()).isFalse();
    }

    @Test
    void aFormFromAnotherSiteCannotSendTheShopperElsewhere() throws Exception {
        Order order = fixture.checkout(fixture.register(false, null), product);
        Browser browser = new Browser("en");
        Form form = Form.rate(browser.get(confirmationUrl(order)).body(), web.baseUrl());
        Map<String, String> fields = form.rating("5");
        fields.put("return", "//evil.example.com/phish");

        HttpResponse<String> answered = browser.post(form.action, fields);

        assertThat(answered.statusCode()).isEqualTo(200); // the survey page's next step, not a redirect
        assertThat(answered.headers().firstValue("Location")).isEmpty();
        assertThat(Jsoup.parse(answered.body()).select("form.lk-survey-more")).hasSize(1);
    }

    @Test
    void commentsAreTextEverywhereAndFormsNeedTheCsrfToken() throws Exception {
        Customer customer = fixture.register(false, null);
        Order order = fixture.checkout(customer, product);
        Browser browser = new Browser("de");
        Form form = Form.rate(browser.get(confirmationUrl(order)).body(), web.baseUrl());
        String script = "<script>alert('x')</script> & \"quotes\" \uD83D\uDE00 ünïcödé";

        Map<String, String> withoutToken = form.rating("3");
        withoutToken.remove("csrfToken");
        HttpResponse<String> forged = browser.post(form.action, withoutToken);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(answersOf(customer)).isEmpty();

        HttpResponse<String> missing = browser.post(form.action, form.rating(""));
        assertThat(Jsoup.parse(missing.body()).select("[role=alert] li").text())
                .isEqualTo("Bitte wählen Sie Ihre Zufriedenheit von 1 bis 5.");
        browser.post(form.action, form.rating("3"));
        Form more = Form.more(browser.get(confirmationUrl(order)).body(), web.baseUrl());
        HttpResponse<String> invalid = browser.post(more.action, more.followUp("zehn", script));
        Document page = Jsoup.parse(invalid.body());
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("textarea#lk-comment").first().wholeText()).isEqualTo(script);

        more = Form.more(invalid.body(), web.baseUrl());
        assertThat(browser.post(more.action, more.followUp("10", script)).statusCode()).isEqualTo(200);
        assertThat(answersOf(customer).get(0).comment()).isEqualTo(script);
        StringWriter csv = new StringWriter();
        AnswerCsv.write(answers, todaysAnswers(), csv);
        assertThat(csv.toString()).startsWith("answered_at,segment,channel,customer_id,order_id,satisfaction,recommend,comment\n")
                .contains(",NON_MEMBER,PAGE," + customer.getId() + "," + order.getId() + ",3,10,\"<script>alert('x')</script> & \"\"quotes\"\" \uD83D\uDE00 ünïcödé\"");
    }

    @Test
    void guestsAnswerOnTheConfirmationPageAndTheConfirmationEmailCarriesALink() throws Exception {
        Customer guest = fixture.guest();
        Order order = fixture.checkout(guest, product);
        Browser browser = new Browser("en");
        Document confirmation = Jsoup.parse(browser.get(confirmationUrl(order)).body());
        assertThat(confirmation.select("#lk-survey form.lk-survey-rate button[name=satisfaction]")).hasSize(5);

        String address = "guest" + System.nanoTime() + "@example.com";
        sendConfirmationEmail(order, address);
        String link = linkIn(address, "Your order");
        HttpResponse<String> page = browser.get(link);
        assertThat(page.statusCode()).isEqualTo(200);
        Form form = Form.rate(page.body(), web.baseUrl());
        assertThat(form.hidden).doesNotContainKey("return");
        HttpResponse<String> followUp = browser.post(form.action, form.rating("2"));
        assertThat(followUp.statusCode()).isEqualTo(200);
        Form more = Form.more(followUp.body(), web.baseUrl());
        HttpResponse<String> thanks = browser.post(more.action, more.followUp("3", ""));
        assertThat(thanks.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(thanks.body()).select("h1").text()).isEqualTo("Thank you!");

        List<SurveyAnswer> found = answers.list(todaysAnswers(), 0, 1000);
        SurveyAnswer answer = found.stream().filter(a -> String.valueOf(order.getId()).equals(a.orderId())).findFirst().get();
        assertThat(answer.channel()).isEqualTo(AnswerChannel.LINK);
        assertThat(answer.customerId()).isNull();
        assertThat(answer.satisfaction()).isEqualTo(2);
        assertThat(answer.recommend()).isEqualTo(3);
        assertThat(Jsoup.parse(browser.get(confirmationUrl(order)).body()).select("#lk-survey [role=status]").text())
                .isEqualTo("Your answer has been recorded. It helps us serve you better.");
    }

    @Test
    void tooManySubmissionsForOneLinkAreRefused() throws Exception {
        Order order = fixture.checkout(fixture.register(false, null), product);
        Browser browser = new Browser("en");
        Form form = Form.rate(browser.get(confirmationUrl(order)).body(), web.baseUrl());
        int refused = 0;
        for (int attempt = 0; attempt < 12; attempt++) {
            HttpResponse<String> response = browser.post(form.action, form.rating("9"));
            if (response.statusCode() == 429) {
                refused++;
                assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Please wait a moment");
            } else {
                assertThat(response.statusCode()).isEqualTo(422);
            }
        }
        assertThat(refused).isEqualTo(2); // ten attempts per link and minute
    }

    @Test
    void aConfirmationPageShownAgainReusesItsLink() throws Exception {
        Order order = fixture.checkout(fixture.register(true, null), product);
        Browser browser = new Browser("en");
        String first = Form.rate(browser.get(confirmationUrl(order)).body(), web.baseUrl()).action;
        String again = Form.rate(browser.get(confirmationUrl(order)).body(), web.baseUrl()).action;

        assertThat(again).isEqualTo(first);
        assertThat(shop.jdbc().queryForObject("SELECT COUNT(*) FROM LK_SURVEY_TOKEN WHERE INVITATION_ID = ?", Long.class,
                invitationOf(order).id())).as("one stored token for the page").isEqualTo(1);
    }

    @Test
    void erasingACustomerKeepsTheScoresAndNeverAsksAgain() throws Exception {
        Customer customer = fixture.register(true, null);
        Order order = fixture.checkout(customer, product);
        Browser browser = new Browser("en");
        answerOnConfirmationPage(browser, order, "4", "7", "call me on 555-1234");
        Customer second = fixture.register(false, null);
        Order unanswered = fixture.checkout(second, product);
        Order capped = fixture.checkout(second, product); // within the cap: no invitation yet
        assertThat(invitationOf(unanswered)).isNotNull();
        assertThat(invitationOf(capped)).isNull();
        assertThat(answersOf(customer)).hasSize(1);

        Erasure erasure = shop.bean("lkErasure", Erasure.class);
        assertThat(erasure.eraseCustomer(idOf(customer), "test")).isPositive();
        erasure.eraseCustomer(idOf(second), "test");

        assertThat(answersOf(customer)).isEmpty();
        assertThat(answers.list(todaysAnswers(), 0, 100000)).anySatisfy(answer -> {
            assertThat(answer.customerId()).isNull();
            assertThat(answer.orderId()).isNull();
            assertThat(answer.comment()).isNull();
            assertThat(answer.satisfaction()).isEqualTo(4);
            assertThat(answer.recommend()).isEqualTo(7);
        });
        // the orders placed before the erasure keep their (expired) invitations: no new one, no form
        long invited = shop.jdbc().queryForObject("SELECT COUNT(*) FROM LK_SURVEY_INVITATION", Long.class);
        for (Order before : new Order[] {order, unanswered}) {
            assertThat(Jsoup.parse(browser.get(confirmationUrl(before)).body()).select("form")).isEmpty();
            assertThat(invitations.ofOrder(ORIGIN, String.valueOf(before.getId())).customerId()).startsWith("erased-");
        }
        assertThat(shop.jdbc().queryForObject("SELECT COUNT(*) FROM LK_SURVEY_INVITATION", Long.class)).isEqualTo(invited);
        assertThat(shop.jdbc().queryForObject("SELECT COUNT(*) FROM LK_SURVEY_TOKEN t JOIN LK_SURVEY_INVITATION i "
                + "ON i.ID = t.INVITATION_ID WHERE i.CUSTOMER_ID LIKE 'erased-%'", Long.class)).isZero();
        // an order placed before the erasure without an invitation (the cap no longer applies to a stand-in)
        assertThat(Jsoup.parse(browser.get(confirmationUrl(capped)).body()).select("form")).isEmpty();
        assertThat(invitationOf(capped)).isNull();
    }

    @Test
    void aWaveInvitesMembersAndAsManyNonMembersByEmail() throws Exception {
        Customer member = fixture.register(true, null);
        fixture.checkout(fixture.register(false, null), product); // a non-member, invited at checkout: not again
        Instant start = Instant.now();
        int mailsBefore = TestMail.server().getReceivedMessages().length;

        WaveReport report = shop.bean("lkSurveyWaves", SurveyWaves.class).run();

        assertThat(report.ran()).isTrue();
        assertThat(report.members()).isGreaterThanOrEqualTo(1);
        assertThat(report.nonMembers()).isLessThanOrEqualTo(report.members());
        List<Map<String, Object>> wave = shop.jdbc().queryForList("SELECT CUSTOMER_ID, SEGMENT, DELIVERED_AT FROM "
                + "LK_SURVEY_INVITATION WHERE CHANNEL = 'WAVE' AND ISSUED_AT >= ?", start.toEpochMilli());
        assertThat(wave).as("%s", shop.jdbc().queryForList("SELECT ID, CUSTOMER_ID, CHANNEL, ISSUED_AT, WAVE_AT FROM "
                + "LK_SURVEY_INVITATION WHERE ISSUED_AT >= ? OR WAVE_AT IS NOT NULL", start.toEpochMilli() - 60000))
                .hasSize(report.members() + report.nonMembers());
        assertThat(wave).allSatisfy(row -> assertThat(row.get("DELIVERED_AT")).isNotNull());
        assertThat(wave).anySatisfy(row -> {
            assertThat(row.get("CUSTOMER_ID")).isEqualTo(String.valueOf(member.getId()));
            assertThat(row.get("SEGMENT")).isEqualTo("MEMBER");
        });
        assertThat(TestMail.server().getReceivedMessages().length - mailsBefore).isEqualTo(wave.size());
        assertThat(report.delivered()).isEqualTo(wave.size());

        String link = linkIn(member.getEmailAddress(), "How was your experience with us?");
        assertThat(mailTo(member.getEmailAddress(), "How was your experience with us?")).as("every survey e-mail can stop them")
                .contains(link + "/opt-out");
        Browser browser = new Browser("en");
        Form form = Form.rate(browser.get(link).body(), web.baseUrl());
        assertThat(browser.post(form.action, form.rating("5")).statusCode()).isEqualTo(200);
        assertThat(answersOf(member)).singleElement().satisfies(answer -> {
            assertThat(answer.channel()).isEqualTo(AnswerChannel.LINK);
            assertThat(answer.orderId()).isNull();
        });

        WaveReport again = shop.bean("lkSurveyWaves", SurveyWaves.class).run();
        assertThat(again.ran()).isFalse();
    }

    @Test
    void theOptOutLinkOfASurveyEmailStopsEveryLaterInvitationInOneClick() throws Exception {
        Customer customer = fixture.register(true, null);
        Invitations issuer = shop.bean("lkInvitations", Invitations.class);
        Invitation wave = issuer.forWave(idOf(customer), Segment.MEMBER, Instant.now());
        String link = web.baseUrl() + "/loyalty/survey/" + issuer.token(wave, AnswerChannel.LINK);
        Browser browser = new Browser("it");

        HttpResponse<String> optedOut = browser.get(link + "/opt-out");
        assertThat(optedOut.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(optedOut.body()).select("h1").text()).isEqualTo("Non ti chiederemo più");
        assertThat(browser.get(link + "/opt-out").statusCode()).as("the same link again").isEqualTo(200);
        assertThat(shop.jdbc().queryForObject("SELECT COUNT(*) FROM LK_SURVEY_OPT_OUT WHERE CUSTOMER_ID = ?", Long.class,
                idOf(customer))).isEqualTo(1);
        assertThat(browser.get(link).statusCode()).as("the survey behind it is closed").isEqualTo(410);
        String forged = link.substring(0, link.length() - 1) + (link.endsWith("A") ? "B" : "A");
        assertThat(browser.get(forged + "/opt-out").statusCode()).isEqualTo(404);

        shop.jdbc().update("UPDATE LK_SURVEY_INVITATION SET ISSUED_AT = ? WHERE ID = ?",
                Instant.now().minus(400, ChronoUnit.DAYS).toEpochMilli(), wave.id()); // past any cap
        Order later = fixture.checkout(customer, product);
        assertThat(invitationOf(later)).as("no invitation at checkout after the opt-out").isNull();
        assertThat(Jsoup.parse(browser.get(confirmationUrl(later)).body()).select("#lk-survey")).isEmpty();
    }

    @Test
    void aCustomerWhoDidNotAnswerGetsOneReminderNeverAfterAnAnswerOrAnOptOut() throws Exception {
        SurveyConfiguration configuration = shop.bean("lkSurveyConfiguration", SurveyConfiguration.class);
        SurveySettings before = configuration.current();
        configuration.save(new SurveySettings(before.capDays(), before.samplingRate(), before.waveIntervalDays(),
                before.tokenLifetimeDays(), before.commentMaxLength(), 3));
        try {
            Instant fourDaysAgo = Instant.now().minus(4, ChronoUnit.DAYS);
            Customer silent = fixture.register(false, null);
            Invitation silentInvitation = backdated(invitationOf(fixture.checkout(silent, product)), fourDaysAgo);
            Customer answered = fixture.register(true, null);
            invitations.markAnswered(backdated(invitationOf(fixture.checkout(answered, product)), fourDaysAgo).id(),
                    Instant.now());
            Customer optedOut = fixture.register(false, null);
            backdated(invitationOf(fixture.checkout(optedOut, product)), fourDaysAgo);
            shop.jdbc().update("INSERT INTO LK_SURVEY_OPT_OUT (CUSTOMER_ID, OPTED_OUT_AT) VALUES (?, ?)", idOf(optedOut),
                    Instant.now().toEpochMilli());
            Customer recent = fixture.register(false, null);
            backdated(invitationOf(fixture.checkout(recent, product)), Instant.now().minus(2, ChronoUnit.DAYS));
            backdated(invitationOf(fixture.checkout(fixture.guest(), product)), fourDaysAgo);
            // a customer asked at checkout, then again in a wave: only the newer invitation is reminded, once
            Customer asked = fixture.register(true, null);
            backdated(invitationOf(fixture.checkout(asked, product)), Instant.now().minus(6, ChronoUnit.DAYS));
            Invitation wave = backdated(shop.bean("lkInvitations", Invitations.class).forWave(idOf(asked), Segment.MEMBER,
                    Instant.now()), fourDaysAgo);
            shop.jdbc().update("UPDATE LK_SURVEY_INVITATION SET DELIVERED_AT = ? WHERE ID = ?",
                    fourDaysAgo.toEpochMilli(), wave.id());
            SurveyReminders reminders = shop.bean("lkSurveyReminders", SurveyReminders.class);

            reminders.run();
            reminders.run();

            String subject = "A reminder: how was your experience with us?";
            assertThat(mailsTo(silent.getEmailAddress(), subject)).isEqualTo(1);
            assertThat(mailsTo(asked.getEmailAddress(), subject)).isEqualTo(1);
            for (Customer none : new Customer[] {answered, optedOut, recent}) {
                assertThat(mailsTo(none.getEmailAddress(), subject)).as("no reminder to %s", none.getEmailAddress())
                        .isZero();
            }
            assertThat(shop.jdbc().queryForObject("SELECT COUNT(*) FROM LK_SURVEY_INVITATION WHERE CUSTOMER_ID = ? AND "
                    + "REMINDED_AT > 0", Long.class, idOf(asked))).as("the wave's, not the checkout's").isEqualTo(1);
            assertThat(shop.jdbc().queryForObject("SELECT REMINDED_AT FROM LK_SURVEY_INVITATION WHERE ID = ?", Long.class,
                    wave.id())).isPositive();
            assertThat(mailTo(silent.getEmailAddress(), subject)).contains("This is our only reminder.");

            String link = linkIn(silent.getEmailAddress(), subject);
            assertThat(mailTo(silent.getEmailAddress(), subject)).contains(link + "/opt-out");
            Browser browser = new Browser("en");
            Form form = Form.rate(browser.get(link).body(), web.baseUrl());
            assertThat(browser.post(form.action, form.rating("2")).statusCode()).isEqualTo(200);
            assertThat(answersOf(silent)).singleElement().satisfies(answer -> {
                assertThat(answer.channel()).as("answered through the reminder").isEqualTo(AnswerChannel.REMINDER);
                assertThat(answer.orderId()).isEqualTo(silentInvitation.orderId());
            });
        } finally {
            configuration.save(before);
        }
    }

    @Test
    void anUnhappyAnswerOpensAFollowUpAndTheOperatorsGetOneAlertEvenAfterTheMailServerWasDown() throws Exception {
        AlertRecipients recipients = shop.bean("lkAlertRecipients", AlertRecipients.class);
        List<String> before = recipients.current();
        String care = "care" + System.nanoTime() + "@shop.example";
        String boss = "boss" + System.nanoTime() + "@shop.example";
        FollowUpAlerts alerts = shop.bean("lkFollowUpAlerts", FollowUpAlerts.class);
        FollowUpStore followUps = shop.bean("lkFollowUpStore", FollowUpStore.class);
        JavaMailSenderImpl sender = shop.bean("blMailSender", JavaMailSenderImpl.class);
        int smtpPort = sender.getPort();
        recipients.save(java.util.Arrays.asList(care, boss));
        try {
            Customer unhappy = fixture.register(true, null);
            Order order = fixture.checkout(unhappy, product);
            Browser browser = new Browser("en");
            Form rate = Form.rate(browser.get(confirmationUrl(order)).body(), web.baseUrl());
            browser.post(rate.action, rate.rating("1"));
            Form more = Form.more(browser.get(confirmationUrl(order)).body(), web.baseUrl());
            browser.post(more.action, more.followUp("2", "<b>Broken</b> on arrival"));
            Order happyOrder = fixture.checkout(fixture.register(false, null), product);
            Form happy = Form.rate(browser.get(confirmationUrl(happyOrder)).body(), web.baseUrl());
            browser.post(happy.action, happy.rating("5"));
            // a guest rates 2 and skips the follow-up while the mail server is down
            Order guestOrder = fixture.checkout(fixture.guest(), product);
            String guestAddress = "guest" + System.nanoTime() + "@example.com";
            shop.inRequest(() -> {
                OrderService orders = shop.bean("blOrderService", OrderService.class);
                Order saved = orders.findOrderById(guestOrder.getId());
                saved.setEmailAddress(guestAddress);
                return orders.save(saved, false);
            });
            Form guestRate = Form.rate(browser.get(confirmationUrl(guestOrder)).body(), web.baseUrl());
            browser.post(guestRate.action, guestRate.rating("2"));
            Form guestMore = Form.more(browser.get(confirmationUrl(guestOrder)).body(), web.baseUrl());
            browser.post(guestMore.action, guestMore.followUp("", ""));

            FollowUp opened = openFollowUpOf(followUps, order);
            assertThat(opened.answer().satisfaction()).isEqualTo(1);
            assertThat(opened.answer().recommend()).isEqualTo(2);
            assertThat(opened.segment()).isEqualTo(Segment.MEMBER);
            assertThat(followUps.openOldestFirst(100000)).noneMatch(f -> String.valueOf(happyOrder.getId())
                    .equals(f.answer().orderId()));

            try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                sender.setPort(closed.getLocalPort());
                closed.close(); // nothing listens there: the connection is refused
                assertThat(alerts.run().failed()).isGreaterThanOrEqualTo(2);
            } finally {
                sender.setPort(smtpPort);
            }
            FollowUp failed = openFollowUpOf(followUps, guestOrder);
            assertThat(failed.alert().sentAt()).isNull();
            assertThat(failed.alert().attempts()).isEqualTo(1);
            assertThat(failed.alert().problem()).as("the kind of error, never an address").doesNotContain("@");

            assertThat(alerts.run().sent()).isGreaterThanOrEqualTo(2);
            assertThat(alerts.run().sent()).as("each alert once").isZero();
            String subject = "Follow-up needed: a customer rated us 1 out of 5";
            List<String> about = TestMail.bodies(care, subject).stream().filter(body -> body.contains(unhappy.getEmailAddress()))
                    .collect(java.util.stream.Collectors.toList());
            // one e-mail, To the first operator and Cc the second: the test server keeps one copy per recipient
            assertThat(about).as("one alert about the order").hasSize(2);
            String alert = about.get(0);
            assertThat(alert).contains(order.getOrderNumber()).contains(unhappy.getEmailAddress())
                    .contains("&lt;b&gt;Broken&lt;/b&gt; on arrival").doesNotContain("<b>Broken");
            MimeMessage copy = java.util.Arrays.stream(TestMail.server().getReceivedMessages())
                    .filter(message -> {
                        try {
                            return subject.equals(message.getSubject()) && message.getHeader("Cc") != null
                                    && message.getHeader("Cc")[0].contains(boss);
                        } catch (javax.mail.MessagingException e) {
                            throw new IllegalStateException(e);
                        }
                    }).findFirst().orElse(null);
            assertThat(copy).as("the second operator in copy of the same e-mail").isNotNull();
            assertThat(TestMail.bodies(care, "Follow-up needed: a customer rated us 2 out of 5")).anyMatch(body -> body.contains(guestAddress));
            assertThat(openFollowUpOf(followUps, guestOrder).alert().sentAt()).isNotNull();

            KpiRow kpisBefore = kpisToday(Segment.MEMBER);
            assertThat(kpisBefore.value(Kpi.FOLLOW_UPS_OPENED).longValue()).isGreaterThanOrEqualTo(1);
            FollowUps closing = shop.bean("lkFollowUps", FollowUps.class);
            assertThat(closing.close(opened.id(), "Called, sent a new one", "admin")).isTrue();
            assertThat(closing.close(opened.id(), "again", "admin")).as("once").isFalse();
            Thread.sleep(1100); // the data version is read at most once a second
            KpiRow after = kpisToday(Segment.MEMBER);
            assertThat(after.value(Kpi.FOLLOW_UPS_CLOSED)).as("the KPI table is not served from the cache")
                    .isEqualByComparingTo(kpisBefore.value(Kpi.FOLLOW_UPS_CLOSED).add(java.math.BigDecimal.ONE));
            assertThat(after.defined(Kpi.FOLLOW_UP_MEDIAN_HOURS)).isTrue();
            assertThat(after.value(Kpi.FOLLOW_UP_MEDIAN_HOURS).doubleValue()).isLessThan(1);
        } finally {
            recipients.save(before);
        }
    }

    private FollowUp openFollowUpOf(FollowUpStore followUps, Order order) {
        return followUps.openOldestFirst(100000).stream().filter(f -> String.valueOf(order.getId())
                .equals(f.answer().orderId())).findFirst().orElseThrow(() -> new AssertionError("no follow-up of " + order.getId()));
    }

    /** The invitation as if issued at that instant (its link still valid). */
    private Invitation backdated(Invitation invitation, Instant issuedAt) {
        shop.jdbc().update("UPDATE LK_SURVEY_INVITATION SET ISSUED_AT = ? WHERE ID = ?", issuedAt.toEpochMilli(),
                invitation.id());
        return invitation;
    }

    @Test
    void aMailServerThatNeverAnswersHoldsUpNothingAndItsMailsAreSentOnceLater() throws Exception {
        Customer first = fixture.register(true, null);
        Customer second = fixture.register(false, null);
        Invitations issuer = shop.bean("lkInvitations", Invitations.class);
        Instant wave = Instant.now();
        assertThat(issuer.forWave(idOf(first), Segment.MEMBER, wave)).isNotNull();
        assertThat(issuer.forWave(idOf(second), Segment.NON_MEMBER, wave)).isNotNull();
        assertThat(issuer.forWave(idOf(first), Segment.MEMBER, wave)).as("one invitation per customer and wave").isNull();
        JavaMailSenderImpl sender = shop.bean("blMailSender", JavaMailSenderImpl.class);
        assertThat(sender.getJavaMailProperties().getProperty("mail.smtp.timeout")).as("the module's timeout").isEqualTo("2000");
        int smtpPort = sender.getPort();
        SurveyWaves waves = shop.bean("lkSurveyWaves", SurveyWaves.class);
        SettingsStore settings = shop.bean("lkSettingsStore", SettingsStore.class);
        String lastWave = settings.get("surveyWave.lastAt");
        settings.put("surveyWave.lastAt", String.valueOf(wave.toEpochMilli())); // no wave due: only the sending runs
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (SilentServer silent = new SilentServer()) {
            sender.setPort(silent.port());
            long started = System.nanoTime();
            Future<WaveReport> sending = pool.submit(waves::run);
            silent.awaitConnection();

            // while the wave waits for the mail server: the aggregation runs, and the wave's lock is free
            shop.bean("lkAggregator", Aggregator.class).aggregate();
            try (ClusterLock.Held free = shop.bean("lkClusterLock", ClusterLock.class).hold("survey-wave")) {
                assertThat(sending.isDone()).as("the wave was still sending").isFalse();
            }
            WaveReport stuck = sending.get(60, TimeUnit.SECONDS);
            assertThat(stuck.failed()).isGreaterThanOrEqualTo(2);
            assertThat(stuck.delivered()).isZero();
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).as("bounded by the timeouts")
                    .isLessThan(40);
        } finally {
            sender.setPort(smtpPort);
            pool.shutdownNow();
        }
        try {
            assertThat(waves.run().delivered()).isGreaterThanOrEqualTo(2);
            assertThat(waves.run().delivered()).as("nothing is sent twice").isZero();
        } finally {
            if (lastWave == null) {
                settings.remove("surveyWave.lastAt");
            } else {
                settings.put("surveyWave.lastAt", lastWave);
            }
        }
        for (Customer customer : new Customer[] {first, second}) {
            long received = java.util.Arrays.stream(TestMail.server().getReceivedMessages()).filter(message -> {
                try {
                    return message.getRecipients(Message.RecipientType.TO)[0].toString().equals(customer.getEmailAddress());
                } catch (javax.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).count();
            assertThat(received).as("mails to %s", customer.getEmailAddress()).isEqualTo(1);
        }
    }

    /** A mail server that accepts connections and never answers. */
    private static final class SilentServer implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final List<Socket> accepted = new java.util.concurrent.CopyOnWriteArrayList<Socket>();
        private final CountDownLatch connected = new CountDownLatch(1);
        private final Thread acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    accepted.add(socket.accept());
                    connected.countDown();
                } catch (java.io.IOException e) {
                    return;
                }
            }
        });

        SilentServer() throws java.io.IOException {
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        void awaitConnection() throws InterruptedException {
            assertThat(connected.await(30, TimeUnit.SECONDS)).as("the wave connected to the mail server").isTrue();
        }

        @Override
        public void close() throws java.io.IOException {
            socket.close();
            for (Socket each : accepted) {
                each.close();
            }
        }
    }

    private void sendConfirmationEmail(final Order order, final String address) {
        shop.inTransaction(() -> {
            Map<String, Object> props = new HashMap<String, Object>();
            props.put("order", shop.bean("blOrderService", OrderService.class).findOrderById(order.getId()));
            return shop.bean("blEmailService", EmailService.class).sendTemplateEmail(address,
                    shop.bean("lkItConfirmationEmailInfo", EmailInfo.class), props);
        });
    }

    private static String linkIn(String address, String subject) throws Exception {
        Matcher link = LINK.matcher(mailTo(address, subject));
        assertThat(link.find()).as("a survey link in the e-mail to " + address).isTrue();
        return link.group();
    }

    /** The body of the e-mail with this subject to this address, quoted-printable undone. */
    private static String mailTo(String address, String subject) throws Exception {
        List<String> bodies = TestMail.bodies(address, subject);
        if (bodies.isEmpty()) {
            throw new AssertionError("no e-mail \"" + subject + "\" to " + address);
        }
        return bodies.get(0);
    }

    private static long mailsTo(String address, String subject) throws Exception {
        return TestMail.bodies(address, subject).size();
    }

    private String confirmationUrl(Order order) {
        return web.baseUrl() + "/confirmation/" + order.getId();
    }

    private Invitation invitationOf(Order order) {
        return invitations.ofOrder(ORIGIN, String.valueOf(order.getId()));
    }

    private List<SurveyAnswer> answersOf(Customer customer) {
        List<SurveyAnswer> mine = new java.util.ArrayList<SurveyAnswer>();
        for (SurveyAnswer answer : answers.list(todaysAnswers(), 0, 100000)) {
            if (String.valueOf(customer.getId()).equals(answer.customerId())) {
                mine.add(answer);
            }
        }
        return mine;
    }

    private static AnswerFilter todaysAnswers() {
        Instant now = Instant.now();
        return new AnswerFilter(now.minus(1, ChronoUnit.DAYS), now.plus(1, ChronoUnit.DAYS), 1, 5, Segment.ALL);
    }

    private void aggregate() {
        shop.bean("lkAggregator", Aggregator.class).aggregate();
    }

    private LocalDate today() {
        return LocalDate.now(shop.bean("lkShopTimeZone", ShopTimeZone.class).current());
    }

    private SatisfactionMeasures today(Segment segment) {
        SatisfactionMeasures m = shop.bean("lkSurveyRollupStore", SurveyRollupStore.class)
                .read(Granularity.DAY, java.util.Collections.singleton(today())).get(SurveyRollupStore.key(today(), segment));
        return m == null ? new SatisfactionMeasures() : m;
    }

    private KpiRow kpisToday(Segment segment) {
        return shop.bean("lkKpiService", KpiService.class).query(new KpiQuery(today(), today(), Granularity.DAY, "USD"))
                .row(today(), segment);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }

    /** A survey form of a page (the one-click rating or the follow-up): where it posts, and its hidden fields. */
    private static final class Form {
        final String action;
        final Map<String, String> hidden = new LinkedHashMap<String, String>();

        private Form(String action) {
            this.action = action;
        }

        /** The first question's form (its scores are submit buttons). */
        static Form rate(String html, String baseUrl) {
            return of(html, baseUrl, "form.lk-survey-rate");
        }

        /** The follow-up form, after the one click. */
        static Form more(String html, String baseUrl) {
            return of(html, baseUrl, "form.lk-survey-more");
        }

        private static Form of(String html, String baseUrl, String selector) {
            Element form = Jsoup.parse(html).selectFirst(selector);
            assertThat(form).as("%s on the page:%n%s", selector, html.substring(0, Math.min(3000, html.length())))
                    .isNotNull();
            Form parsed = new Form(baseUrl + form.attr("action"));
            for (Element input : form.select("input[type=hidden]")) {
                parsed.hidden.put(input.attr("name"), input.attr("value"));
            }
            return parsed;
        }

        /** The click on a satisfaction score. */
        Map<String, String> rating(String satisfaction) {
            Map<String, String> fields = new LinkedHashMap<String, String>(hidden);
            fields.put("satisfaction", satisfaction);
            return fields;
        }

        /** The follow-up's fields. */
        Map<String, String> followUp(String recommend, String comment) {
            Map<String, String> fields = new LinkedHashMap<String, String>(hidden);
            fields.put("recommend", recommend);
            fields.put("comment", comment);
            return fields;
        }

        /** A whole answer at once, as a form of an earlier version (or a client of the endpoint) posts it. */
        Map<String, String> whole(String satisfaction, String recommend, String comment) {
            Map<String, String> fields = new LinkedHashMap<String, String>(hidden);
            fields.remove("step");
            fields.remove("return");
            fields.put("satisfaction", satisfaction);
            fields.put("recommend", recommend);
            fields.put("comment", comment);
            return fields;
        }
    }

    /**
     * Answers on the confirmation page as a shopper does without JavaScript: one click on a score, back to the page,
     * the follow-up, back to the page; returns the page at the end (the thank-you).
     */
    private Document answerOnConfirmationPage(Browser browser, Order order, String satisfaction, String recommend,
                                              String comment) throws Exception {
        Form rate = Form.rate(browser.get(confirmationUrl(order)).body(), web.baseUrl());
        assertBackOnThePage(browser.post(rate.action, rate.rating(satisfaction)), order);
        Form more = Form.more(browser.get(confirmationUrl(order)).body(), web.baseUrl());
        assertBackOnThePage(browser.post(more.action, more.followUp(recommend, comment)), order);
        return Jsoup.parse(browser.get(confirmationUrl(order)).body());
    }

    private static void assertBackOnThePage(HttpResponse<String> response, Order order) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location").orElse(""))
                .endsWith("/confirmation/" + order.getId() + "#lk-survey");
    }
}
