package com.loyaltykpi.admin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.codehaus.jackson.JsonNode;
import org.codehaus.jackson.map.ObjectMapper;
import org.jsoup.Jsoup;
import org.springframework.jdbc.core.JdbcTemplate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.loyaltykpi.core.incrementality.Estimate;
import com.loyaltykpi.core.incrementality.IncrementalRevenue;
import com.loyaltykpi.core.period.BusinessCalendar;
import com.loyaltykpi.core.period.Granularity;
import com.loyaltykpi.core.repurchase.Repurchase;
import com.loyaltykpi.core.repurchase.Repurchases;
import com.loyaltykpi.core.settings.ShopTimeZone;
import com.loyaltykpi.core.kpi.Kpi;
import com.loyaltykpi.core.kpi.KpiQuery;
import com.loyaltykpi.core.kpi.KpiRow;
import com.loyaltykpi.core.kpi.KpiTable;
import com.loyaltykpi.core.period.Segment;
import com.loyaltykpi.core.membership.Membership;
import com.loyaltykpi.core.kpi.KpiService;
import com.loyaltykpi.core.dashboard.Dashboard;
import com.loyaltykpi.core.survey.AnswerChannel;
import com.loyaltykpi.core.survey.Answers;
import com.loyaltykpi.core.survey.Invitation;
import com.loyaltykpi.core.survey.Invitations;
import com.loyaltykpi.core.survey.SurveyOutcome;
import com.loyaltykpi.it.TestDatabase;
import com.loyaltykpi.core.behaviour.BehaviourModels;
import com.loyaltykpi.core.behaviour.CurrencyModel;
import com.loyaltykpi.core.cohorts.Cohort;
import com.loyaltykpi.core.cohorts.CohortKind;
import com.loyaltykpi.core.cohorts.RetentionCohorts;

/**
 * The Loyalty screens over real HTTP in the real Broadleaf admin: login and permissions, the menu, every screen
 * and export, CSRF on every state change, escaping, the three languages. One suite, a thin subclass per
 * database (one admin per test JVM).
 */
abstract class AdminScreens {

    private static final String[] SCREENS = {"/loyalty-dashboard", "/loyalty-members", "/loyalty-customers",
            "/loyalty-answers", "/loyalty-follow-ups", "/loyalty-settings", "/loyalty-data"};
    private static final String[] EXPORTS = {"/loyalty-answers/export", "/loyalty-data/export",
            "/loyalty-dashboard/estimate", "/loyalty-data/backfill/progress", "/loyalty-customers/cohorts.csv"};

    private static AdminConsole console;
    private static AdminHistory history;

    /** The database this suite's admin runs on. */
    abstract TestDatabase database();

    @BeforeEach
    void boot() throws Exception {
        console = AdminConsole.on(database());
        history = AdminHistory.of(console);
    }

    /**
     * Several operators at once (and every dashboard asks for its estimate while it loads): Broadleaf 3.1 sorts a
     * shared list for each admin request, which failed one request in a few with a server error on Java 8+ until
     * the admin's context made that list safe to sort concurrently.
     */
    @Test
    void concurrentRequestsOfSeveralOperatorsAllSucceed() throws Exception {
        java.util.List<AdminSession> operators = new java.util.ArrayList<AdminSession>();
        for (int i = 0; i < 6; i++) {
            operators.add(AdminSession.login(console, "admin", "admin"));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(operators.size());
        java.util.List<java.util.concurrent.Future<java.util.List<String>>> statuses = new java.util.ArrayList<>();
        for (AdminSession operator : operators) {
            statuses.add(pool.submit(() -> {
                java.util.List<String> seen = new java.util.ArrayList<String>();
                for (int round = 0; round < 5; round++) {
                    for (String path : concat(SCREENS, EXPORTS)) {
                        seen.add(operator.get(path).statusCode() + " " + path);
                    }
                }
                return seen;
            }));
        }
        for (java.util.concurrent.Future<java.util.List<String>> each : statuses) {
            assertThat(each.get()).allMatch(status -> status.startsWith("200 "));
        }
        pool.shutdown();
    }

    @Test
    void unauthenticatedRequestsGoToTheLogin() throws Exception {
        AdminSession nobody = AdminSession.anonymous(console);
        for (String path : concat(SCREENS, EXPORTS)) {
            HttpResponse<String> response = nobody.get(path);
            // Broadleaf's entry point forwards to its login page
            assertThat(response.body()).as(path).contains("j_username").doesNotContain("lk-screen");
        }
    }

    @Test
    void anAdminWithoutTheLoyaltyPermissionIsDeniedEveryScreenAndExport() throws Exception {
        AdminSession merchandiser = AdminSession.login(console, "merchandise", "admin");
        for (String path : concat(SCREENS, EXPORTS)) {
            HttpResponse<String> response = merchandiser.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(response.body()).as(path).doesNotContain("lk-screen").doesNotContain("order_id");
        }
        HttpResponse<String> post = merchandiser.postWithoutToken("/loyalty-members/" + history.customerIds.get(5) + "/remove",
                Collections.emptyMap());
        // Broadleaf's AdminCsrfFilter refuses it before the permission check: an error status, nothing changed
        assertThat(post.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(console.bean("lkMembership", Membership.class).isMember(history.customerIds.get(5))).as("never a member").isFalse();
        // and the menu around the refusal does not offer the Loyalty section
        assertThat(merchandiser.get("/loyalty-dashboard").body()).doesNotContain("href=\"/loyalty-");
    }

    @Test
    void theLoyaltyMenuListsItsSevenScreensInTheAdminsLanguage() throws Exception {
        AdminSession admin = AdminSession.login(console, "admin", "admin");
        Document page = admin.page("/loyalty-dashboard");
        assertThat(page.select("#sideMenu a[href^=/loyalty-]").eachText())
                .containsExactly("Dashboard", "Members", "Customers", "Survey answers", "Follow-ups", "Settings",
                        "Data");
        Document italian = admin.page("/loyalty-dashboard?locale=it");
        assertThat(italian.select("#sideMenu a[href^=/loyalty-]").eachText())
                .containsExactly("Cruscotto", "Iscritti", "Clienti", "Risposte ai sondaggi", "Seguiti", "Impostazioni",
                        "Dati");
        assertThat(italian.select("h2").text()).contains("Il programma fedeltà in sintesi");
        Document german = admin.page("/loyalty-members?blLocaleCode=de_DE");
        assertThat(german.select("#lk-search").text()).isEqualTo("Suchen");
        // numbers follow the language too: German decimals after a comma, the currency after the amount
        String germanAov = admin.page("/loyalty-dashboard?range=LAST_12_MONTHS&granularity=YEAR&currency=USD")
                .select("#lk-card-aov_non_member .lk-card-value").text();
        assertThat(germanAov).matches("[0-9.]+,[0-9]{2}[\\s\\u00a0]\\$");
        admin.page("/loyalty-dashboard?blLocaleCode=en_US");
    }

    @Test
    void theCustomersScreenShowsEachCurrencysModelItsVerdictAndSegments() throws Exception {
        List<CurrencyModel> computed = console.bean("lkBehaviourModels", BehaviourModels.class).refresh();
        List<Cohort> cohorts = console.bean("lkRetentionCohorts", RetentionCohorts.class).refresh();
        assertThat(computed).isNotEmpty();
        AdminSession admin = AdminSession.login(console, "admin", "admin");
        Document page = admin.page("/loyalty-customers?blLocaleCode=it_IT");
        admin.page("/loyalty-dashboard?blLocaleCode=en_US");
        assertThat(page.select("h2").text()).contains("Clienti: modello di comportamento");
        for (CurrencyModel model : computed) {
            Element section = page.getElementById("lk-behaviour-" + model.currency());
            assertThat(section).as(model.currency()).isNotNull();
            String verdict = section.select(".lk-verdict").text();
            if (model.purchases().fitted()) {
                assertThat(verdict).startsWith(model.check().trusted() ? "Il modello si adatta"
                        : "Il modello non si adatta");
            } else {
                assertThat(verdict).isEqualTo("Il modello non si adatta ancora a questo negozio: servono almeno 100 "
                        + "clienti, 30 dei quali con un riacquisto; ci sono " + model.customers().size() + " clienti, "
                        + model.repeatCustomers() + " dei quali hanno riacquistato.");
            }
            assertThat(section.select(".lk-segments th").eachText().contains("Valore previsto per cliente, prossime "
                    + "52 settimane")).isEqualTo(model.check().trusted());
            int inSegments = 0;
            for (Element row : section.select(".lk-segments tbody tr")) {
                inSegments += Integer.parseInt(row.child(2).text());
            }
            assertThat(inSegments).isEqualTo(model.customers().size());
        }

        // the cohorts: every registered customer with an order in one first-order cohort, every member in one
        // enrolment cohort; the page shows the latest 24 months, the CSV all
        JdbcTemplate jdbc = console.jdbc();
        int buyers = jdbc.queryForObject("SELECT COUNT(DISTINCT CUSTOMER_ID) FROM LK_ORDER_FACT WHERE CUSTOMER_ID IS "
                + "NOT NULL AND STATUS = 'SUBMITTED' AND CUSTOMER_ID NOT LIKE 'erased-%'", Integer.class);
        int members = jdbc.queryForObject("SELECT COUNT(DISTINCT CUSTOMER_ID) FROM LK_MEMBERSHIP WHERE CUSTOMER_ID NOT "
                + "LIKE 'erased-%'", Integer.class);
        int firstOrder = 0;
        int enrolment = 0;
        for (Cohort cohort : cohorts) {
            firstOrder += cohort.kind() == CohortKind.FIRST_ORDER ? cohort.customers() : 0;
            enrolment += cohort.kind() == CohortKind.ENROLMENT ? cohort.customers() : 0;
        }
        assertThat(firstOrder).isEqualTo(buyers);
        assertThat(enrolment).isEqualTo(members);
        assertThat(page.select("#lk-cohorts-FIRST_ORDER tbody tr")).isNotEmpty();
        assertThat(page.select("#lk-cohorts-ENROLMENT tbody tr")).isNotEmpty();
        assertThat(page.select("#lk-cohorts h3").text()).isEqualTo("Coorti di fidelizzazione");
        HttpResponse<String> csv = admin.get("/loyalty-customers/cohorts.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().split("\n")).hasSize(1 + cohorts.size());
    }

    @Test
    void dashboardCardsShowTheKpiEngineFiguresOfTheLatestPeriod() throws Exception {
        AdminSession admin = AdminSession.login(console, "admin", "admin");
        Document page = admin.page("/loyalty-dashboard?range=LAST_12_MONTHS&granularity=MONTH&currency=USD");
        LocalDate today = console.bean("lkDashboard", Dashboard.class).today();
        LocalDate month = Granularity.MONTH.start(today);
        KpiTable table = console.bean("lkKpiService", KpiService.class).query(
                new KpiQuery(Granularity.MONTH.plus(month, -1), month, Granularity.MONTH, "USD"));
        KpiRow members = table.row(month, Segment.MEMBER);
        KpiRow all = table.row(month, Segment.ALL);
        assertThat(card(page, "aov_member")).isEqualTo(Shown.money(members.value(Kpi.AOV), "USD"));
        assertThat(card(page, "member_share")).isEqualTo(Shown.percent(all.value(Kpi.MEMBER_SHARE)));
        assertThat(card(page, "csi")).isEqualTo(Shown.score(all.value(Kpi.CSI)));
        assertThat(page.select("#lk-card-csi").attr("title")).contains("0-100");
        assertThat(card(page, "csi_weighted")).isEqualTo(Shown.score(all.value(Kpi.CSI_WEIGHTED)));
        // thirteen headline cards and the incremental revenue, after the payoff card
        assertThat(page.select(".lk-card")).hasSize(14);
        // who answers: per segment, the response rates by channel and both indexes with their margins
        assertThat(page.select("#lk-responses-ALL td").eachText()).containsExactly(
                all.value(Kpi.INVITATIONS).toPlainString(), Shown.percent(all.value(Kpi.RESPONSE_RATE_CHECKOUT)),
                Shown.percent(all.value(Kpi.RESPONSE_RATE_WAVE)), withMargin(all, Kpi.CSI, Kpi.CSI_MARGIN),
                withMargin(all, Kpi.CSI_WEIGHTED, Kpi.CSI_WEIGHTED_MARGIN));
        assertThat(page.select("#lk-responses-MEMBER th").text()).isEqualTo("Members");
        // after answering: per NPS group, members then non-members, answers, orders and revenue per answer
        BusinessCalendar calendar = new BusinessCalendar(console.bean("lkShopTimeZone", ShopTimeZone.class).current());
        List<Repurchase> after = console.bean("lkRepurchases", Repurchases.class).of(
                calendar.startOf(month.minusMonths(11)), calendar.startOf(today.plusDays(1)), "USD");
        assertThat(page.select("#lk-repurchases tbody tr")).hasSize(3);
        assertThat(page.select("#lk-repurchases-PROMOTER td")).hasSize(6);
        assertThat(page.select("#lk-repurchases-PROMOTER td").get(0).text())
                .isEqualTo(String.valueOf(after.get(0).answers()));
        assertThat(page.select("#lk-repurchases .lk-caution").text()).contains("not a cause");
        assertThat(page.select(".lk-card").first().id()).isEqualTo("lk-card-payoff");
        assertThat(page.selectFirst("#lk-series").data()).contains("\"labels\"").contains("\"aovMember\"");
    }

    private static String withMargin(KpiRow row, Kpi kpi, Kpi margin) {
        String value = Shown.score(row.value(kpi));
        return row.value(margin) == null ? value : value + " ± " + Shown.score(row.value(margin));
    }

    @Test
    void aBadRangeIsRefusedWith400AndFallsBackWithAClearMessage() throws Exception {
        AdminSession admin = AdminSession.login(console, "admin", "admin");
        assertThat(refused(admin, "/loyalty-dashboard?range=CUSTOM&from=2026-13-45&to=x")).contains("YYYY-MM-DD");
        assertThat(refused(admin, "/loyalty-dashboard?range=CUSTOM&from=2026-05-01&to=2026-01-01"))
                .contains("ends before it begins");
        assertThat(refused(admin, "/loyalty-dashboard?range=FOREVER&granularity=CENTURY")).contains("Unknown range");
    }

    /** The problem a 400 answer shows (it still shows the page, with the default range). */
    private static String refused(AdminSession admin, String path) throws Exception {
        HttpResponse<String> response = admin.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        return Jsoup.parse(response.body()).select(".lk-problem").text();
    }

    @Test
    void theEstimateIsComputedInTheBackgroundAndArrivesAsJsonWithItsPayoffAndAsCsv() throws Exception {
        AdminSession admin = AdminSession.login(console, "admin", "admin");
        Map<String, String> costs = settings("UTC", "30", "100");
        costs.put("fixed." + AdminHistory.SIMULATED, "500.00");
        costs.put("rewards." + AdminHistory.SIMULATED + ".2025-03", "1000.00");
        assertThat(admin.post("/loyalty-settings", "/loyalty-settings", costs).statusCode()).isEqualTo(302);
        String query = "?range=CUSTOM&from=" + AdminHistory.SIMULATED_FROM + "&to=" + AdminHistory.SIMULATED_TO
                + "&currency=" + AdminHistory.SIMULATED;

        JsonNode estimate = ready(admin, "/loyalty-dashboard/estimate" + query);

        Estimate direct = console.bean("lkIncrementalRevenue", IncrementalRevenue.class).estimate(AdminHistory.SIMULATED_FROM,
                AdminHistory.SIMULATED_TO, AdminHistory.SIMULATED);
        // the fields of the first version, with their meaning
        for (String field : new String[] {"value", "low", "high", "analysed", "matched", "memberChange", "controlChange"}) {
            assertThat(estimate.has(field)).as(field).isTrue();
        }
        assertThat(estimate.get("matched").asInt()).isEqualTo(direct.matched()).isGreaterThan(100);
        assertThat(estimate.get("analysed").asInt()).isEqualTo(direct.analysed());
        assertThat(estimate.get("value").asDouble()).isEqualTo(direct.incrementalRevenue().doubleValue());
        assertThat(estimate.get("low").asDouble()).isEqualTo(direct.low().doubleValue());
        assertThat(estimate.get("memberChange").asDouble() - estimate.get("controlChange").asDouble())
                .isCloseTo(estimate.get("value").asDouble(), org.assertj.core.data.Offset.offset(0.02));
        // beside them: the payoff against the costs just entered, the event study, the placebo, the cohorts
        JsonNode payoff = estimate.get("payoff");
        assertThat(payoff.get("verdict").asText()).isIn("PAYS_OFF", "DOES_NOT_PAY_OFF", "NOT_KNOWN");
        assertThat(payoff.get("cost").asDouble()).isPositive();
        assertThat(payoff.get("net").get("value").asDouble()).isCloseTo(payoff.get("incrementalMargin").get("value").asDouble()
                - payoff.get("cost").asDouble(), org.assertj.core.data.Offset.offset(0.02));
        assertThat(estimate.get("eventStudy").get("weeks")).hasSize(24);
        assertThat(estimate.get("placebo").get("defined").asBoolean()).isTrue();
        assertThat(estimate.get("cohorts").size()).isGreaterThan(10);
        assertThat(estimate.get("assumptions").size()).isEqualTo(7);

        HttpResponse<String> csv = admin.get("/loyalty-dashboard/estimate.csv" + query);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).contains("text/csv");
        assertThat(csv.body()).startsWith("section,figure,period_start,period_end,week,members,comparisons,value,low,high,text\n")
                .contains("estimate,incremental_revenue,,,," + direct.matched() + "," + direct.comparisons() + ","
                        + direct.incrementalRevenue().toPlainString() + ",")
                .contains("payoff,verdict,").contains("event_study,lift_per_member,,,-12,").contains("assumption,");
    }

    @Test
    void aRangeWithoutEnrolmentsSaysSoInsteadOfAFigure() throws Exception {
        AdminSession admin = AdminSession.login(console, "admin", "admin");

        JsonNode estimate = ready(admin, "/loyalty-dashboard/estimate?range=CUSTOM&from=2023-01-01&to=2023-03-31&currency="
                + AdminHistory.SIMULATED);

        assertThat(estimate.get("defined").asBoolean()).isFalse();
        assertThat(estimate.get("value").isNull()).isTrue();
        assertThat(estimate.get("analysed").asInt()).isZero();
        assertThat(estimate.get("problems").get(0).asText()).contains("No customer joined the program between 2023-01-01 and 2023-03-31");
        assertThat(estimate.get("payoff").get("verdict").asText()).isEqualTo("NOT_KNOWN");
        assertThat(estimate.get("payoff").get("net").get("value").isNull()).isTrue();
        assertThat(admin.get("/loyalty-dashboard/estimate.csv?range=CUSTOM&from=2023-01-01&to=2023-03-31&currency="
                + AdminHistory.SIMULATED).body()).contains("problem,problem.noEnrolments,");
    }

    /** The estimate's JSON once computed: the first answer says it is being computed, a later one has it. */
    private static JsonNode ready(AdminSession admin, String path) throws Exception {
        ObjectMapper json = new ObjectMapper();
        long giveUp = System.currentTimeMillis() + 120_000;
        while (true) {
            HttpResponse<String> response = admin.get(path);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("json");
            JsonNode estimate = json.readTree(response.body());
            assertThat(estimate.get("status").asText()).isIn("computing", "ready");
            if ("ready".equals(estimate.get("status").asText()) && !estimate.get("refreshing").asBoolean()) {
                return estimate;
            }
            if (System.currentTimeMillis() > giveUp) {
                throw new AssertionError("no estimate after two minutes: " + response.body());
            }
            Thread.sleep(250);
        }
    }

    @Test
    void membersAreFoundByNameEmailOrCardAndNamesAreEscaped() throws Exception {
        AdminSession admin = AdminSession.login(console, "admin", "admin");
        assertThat(admin.page("/loyalty-members?q=" + AdminHistory.CARD).select("#lk-customers tbody tr")).hasSize(1);
        assertThat(admin.page("/loyalty-members?q=member7%40example").select("#lk-customers tbody tr td:eq(1)").text())
                .isEqualTo("member7@example.com");
        assertThat(admin.page("/loyalty-members?q=number1").select("#lk-customers tbody tr")).hasSizeGreaterThanOrEqualTo(1);
        HttpResponse<String> raw = admin.get("/loyalty-members?q=bold");
        assertThat(raw.body()).contains("&lt;b&gt;Bold&lt;/b&gt;").doesNotContain("<b>Bold</b>");
        assertThat(admin.page("/loyalty-members?q=%25").select("#lk-customers tbody tr")).isEmpty();
        assertThat(admin.get("/loyalty-members/999999").statusCode()).isEqualTo(404);
        assertThat(admin.get("/loyalty-members/not-a-number").statusCode()).isEqualTo(400);
    }

    @Test
    void aMembersPageShowsTheirBehaviourModelAndTheirAnswersEscaped() throws Exception {
        console.bean("lkBehaviourModels", BehaviourModels.class).refresh();
        JdbcTemplate jdbc = console.bean("lkJdbcTemplate", JdbcTemplate.class);
        String customer = jdbc.queryForObject("SELECT CUSTOMER_ID FROM LK_SURVEY_ANSWER WHERE COMMENT_TEXT = ?",
                String.class, AdminHistory.HOSTILE_COMMENT);
        Map<String, Object> model = jdbc.queryForList("SELECT * FROM LK_CUSTOMER_MODEL WHERE CUSTOMER_ID = ? "
                + "ORDER BY CURRENCY", customer).get(0);
        AdminSession admin = AdminSession.login(console, "admin", "admin");
        HttpResponse<String> raw = admin.get("/loyalty-members/" + customer);
        assertThat(raw.body()).contains("&lt;script&gt;alert(").contains("great &amp; cheap")
                .doesNotContain("<script>alert");
        Document page = Jsoup.parse(raw.body());
        Element row = page.getElementById("lk-member-model-" + model.get("CURRENCY"));
        assertThat(row).isNotNull();
        assertThat(row.child(2).text()).isEqualTo(model.get("RECENCY_SCORE") + " " + model.get("FREQUENCY_SCORE") + " "
                + model.get("MONETARY_SCORE"));
        assertThat(row.child(3).text()).isEqualTo(String.valueOf(model.get("PURCHASES")));
        // the sample history is too small to fit: no prediction, and the page says why
        assertThat(row.child(5).text()).isEqualTo("not shown: the model does not fit");
        assertThat(page.select("#lk-member-answers tbody tr")).isNotEmpty();
    }

    @Test
    void anAdminEnrolsAndRemovesACustomerWithTheCsrfToken() throws Exception {
        AdminSession admin = AdminSession.login(console, "admin", "admin");
        String id = history.customerIds.get(3);
        String memberPage = "/loyalty-members/" + id;
        HttpResponse<String> forged = admin.postWithoutToken(memberPage + "/enrol", Collections.emptyMap());
        assertThat(forged.statusCode()).isEqualTo(403);
        Membership membership = console.bean("lkMembership", Membership.class);
        assertThat(membership.isMember(id)).isFalse();

        // every other state change refuses a POST without the token too
        String progress = "SELECT COUNT(*) FROM LK_JOB_STATE";
        int jobsBefore = console.jdbc().queryForObject(progress, Integer.class);
        String settingsBefore = console.jdbc().queryForList("SELECT NAME, SETTING_VALUE FROM LK_SETTING WHERE NAME LIKE 'survey.%'").toString();
        for (String action : new String[] {"/loyalty-members/" + id + "/remove", "/loyalty-members/" + id + "/erase",
                "/loyalty-answers/erase-guest", "/loyalty-settings", "/loyalty-settings/offers", "/loyalty-data/backfill",
                "/loyalty-data/rebuild",
                "/loyalty-data/import", "/loyalty-follow-ups/1/close"}) {
            HttpResponse<String> refused = admin.postWithoutToken(action, Collections.singletonMap("guest", "1"));
            // a refusal, not a server error: 403 and a page that says the form expired
            assertThat(refused.statusCode()).as(action).isEqualTo(403);
            assertThat(refused.body()).as(action).contains("This form has expired").doesNotContain("Exception");
        }
        HttpResponse<String> multipart = admin.postFileWithoutToken("/loyalty-data/import", "orders", "x\n".getBytes());
        assertThat(multipart.statusCode()).as("the import's multipart form").isEqualTo(403);
        assertThat(console.jdbc().queryForObject(progress, Integer.class)).as("no backfill started").isEqualTo(jobsBefore);
        assertThat(console.jdbc().queryForList("SELECT NAME, SETTING_VALUE FROM LK_SETTING WHERE NAME LIKE 'survey.%'").toString())
                .as("no setting changed").isEqualTo(settingsBefore);

        HttpResponse<String> enrolled = admin.post(memberPage, memberPage + "/enrol", Collections.emptyMap());
        assertThat(enrolled.statusCode()).isEqualTo(302);
        assertThat(membership.isMember(id)).isTrue();
        Document page = admin.page(memberPage);
        assertThat(page.select("#lk-outcome").text()).contains("Enrolled");
        assertThat(page.select("#lk-history tbody tr td:eq(1)").text()).contains("Admin console");

        admin.post(memberPage, memberPage + "/remove", Collections.emptyMap());
        assertThat(membership.isMember(id)).isFalse();
        assertThat(membership.history(id).periods().get(0).leftThrough().name()).isEqualTo("ADMIN");
    }

    @Test
    void surveyCommentsAreShownAsTextAndExportedAsCsv() throws Exception {
        AdminSession admin = AdminSession.login(console, "admin", "admin");
        HttpResponse<String> raw = admin.get("/loyalty-answers");
        assertThat(raw.body()).doesNotContain("<script>alert").contains("&lt;script&gt;alert(").doesNotContain("<b>Bold</b>");
        Document page = admin.page("/loyalty-answers");
        // who answered, by name, linked to their member page
        assertThat(page.select("#lk-answer-list a[href^=/loyalty-members/]").eachText())
                .isNotEmpty().allMatch(name -> name.contains("Number"));
        assertThat(page.select(".lk-comment").eachText()).contains(AdminHistory.HOSTILE_COMMENT);
        HttpResponse<String> csv = admin.get("/loyalty-answers/export");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().split("\n")[0]).contains("satisfaction");
        assertThat(csv.body()).contains("great & cheap");
        Document filtered = admin.page("/loyalty-answers?min=5&max=5&segment=MEMBER");
        for (Element score : filtered.select("#lk-answer-list tbody tr td:eq(1)")) {
            assertThat(score.text()).isEqualTo("5");
        }
        assertThat(admin.page("/loyalty-answers?min=4&max=2").select(".lk-problem").text()).contains("from 1 to 5");
    }

    @Test
    void anOperatorDownloadsAndErasesACustomersDataAndTheAuditLogSaysSo() throws Exception {
        AdminSession admin = AdminSession.login(console, "admin", "admin");
        // the newest answer's customer (the oldest carries the script tag that another test reads)
        String customer = admin.page("/loyalty-answers").select("#lk-answer-list a[href^=/loyalty-members/]").first()
                .attr("href").replace("/loyalty-members/", "");
        String memberPage = "/loyalty-members/" + customer;
        String before = admin.page("/loyalty-answers").select("#lk-answer-count").text();

        HttpResponse<String> download = admin.get(memberPage + "/data.json");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        JsonNode data = new ObjectMapper().readTree(download.body());
        assertThat(data.get("customerId").asText()).isEqualTo(customer);
        assertThat(data.get("orders").size()).isPositive();
        assertThat(data.get("surveyAnswers").size()).isPositive();

        HttpResponse<String> erased = admin.post(memberPage, memberPage + "/erase", Collections.emptyMap());
        assertThat(erased.statusCode()).isEqualTo(302);
        Document page = admin.page(memberPage);
        assertThat(page.select("#lk-outcome").text()).contains("Erased");
        assertThat(page.select("#lk-orders")).isEmpty();
        JsonNode after = new ObjectMapper().readTree(admin.get(memberPage + "/data.json").body());
        assertThat(after.get("erasedOnRequest").asBoolean()).isTrue();
        assertThat(after.get("orders").size()).isZero();
        Document answers = admin.page("/loyalty-answers");
        assertThat(answers.select("#lk-answer-list a[href=" + memberPage + "]")).isEmpty();
        assertThat(answers.select("#lk-answer-count").text()).as("the scores stay").isEqualTo(before);
        assertThat(admin.post(memberPage, memberPage + "/enrol", Collections.emptyMap()).statusCode()).isEqualTo(302);
        assertThat(admin.page(memberPage).select("#lk-outcome").text()).contains("never enrolled again");

        Document audit = admin.page("/loyalty-data");
        String log = audit.select("#lk-audit-list tbody").text();
        assertThat(log).contains("Customer erased").contains("Customer data downloaded").contains(customer);
        assertThat(log).as("no e-mail address in the audit log").doesNotContain("@");
    }

    @Test
    void aGuestsAnswersAreErasedByOrderNumberOrEmail() throws Exception {
        AdminSession admin = AdminSession.login(console, "admin", "admin");
        Map<String, String> unknown = Collections.singletonMap("guest", "nobody-" + System.nanoTime() + "@example.com");
        admin.post("/loyalty-answers", "/loyalty-answers/erase-guest", unknown);
        assertThat(admin.page("/loyalty-answers").select(".lk-problem").text()).contains("No order has this");
        admin.post("/loyalty-answers", "/loyalty-answers/erase-guest", Collections.singletonMap("guest", " "));
        assertThat(admin.page("/loyalty-answers").select(".lk-problem").text()).contains("Which guest?");
    }

    @Test
    void outOfRangeIdsAndPagesAreRefusedWith400() throws Exception {
        AdminSession admin = AdminSession.login(console, "admin", "admin");
        for (String path : new String[] {"/loyalty-members/%7B1%7D", "/loyalty-members/12abc/data.json",
                "/loyalty-data?auditPage=50000000", "/loyalty-data?auditPage=-1", "/loyalty-answers?page=50000000",
                "/loyalty-dashboard?range=CUSTOM&from=300000000-01-01&to=300000000-02-01"}) {
            HttpResponse<String> response = admin.get(path);
            assertThat(response.body()).as(path).doesNotContain("Exception");
            assertThat(refused(admin, path)).as(path).isNotBlank();
        }
    }

    @Test
    void theAnswersScreenShowsWhatDetractorsAndPromotersSayWithExamples() throws Exception {
        Invitations invitations = console.bean("lkInvitations", Invitations.class);
        Answers answers = console.bean("lkAnswers", Answers.class);
        for (int i = 0; i < 40; i++) {
            String[] answer = i % 2 == 0 ? new String[] {"1", "2", "The courier was late, <b>again</b>"}
                    : new String[] {"5", "10", "Lovely aroma and a kind note in the box"};
            Invitation invitation = invitations.forOrder("broadleaf", "words-" + System.nanoTime(), null, Instant.now());
            answers.submit(invitations.token(invitation, AnswerChannel.LINK), answer[0], answer[1], answer[2], "10.8.8." + i);
        }
        Thread.sleep(1100); // cached analyses are kept per data version, read at most once a second
        console.bean("lkAggregator", com.loyaltykpi.core.rollup.Aggregator.class).aggregate();
        Thread.sleep(1100);
        AdminSession admin = AdminSession.login(console, "admin", "admin");

        Document page = admin.page("/loyalty-answers");
        Element english = page.selectFirst("#lk-words-en");
        assertThat(english).as("the English comments compared").isNotNull();
        assertThat(english.select(".lk-words-detractors li strong").eachText()).contains("courier", "late")
                .doesNotContain("b");
        assertThat(english.select(".lk-words-promoters li strong").eachText()).contains("aroma", "lovely aroma");
        assertThat(english.select(".lk-words-detractors q").eachText()).contains("The courier was late, <b>again</b>");
        assertThat(english.select(".lk-words-detractors q b")).as("examples are text").isEmpty();
    }

    @Test
    void anOperatorReadsAnUnhappyAnswerAndClosesItsFollowUpWithWhatWasDone() throws Exception {
        Invitations invitations = console.bean("lkInvitations", Invitations.class);
        Invitation invitation = invitations.forOrder("broadleaf", "fu-" + System.nanoTime(), null, Instant.now());
        String comment = "Parcel <i>lost</i> " + System.nanoTime();
        assertThat(console.bean("lkAnswers", Answers.class).submit(invitations.token(invitation, AnswerChannel.LINK), "1",
                "4", comment, "10.9.9.9").status()).isEqualTo(SurveyOutcome.Status.ACCEPTED);
        AdminSession admin = AdminSession.login(console, "admin", "admin");

        Document page = admin.page("/loyalty-follow-ups");
        Element box = page.select(".lk-follow-up").stream().filter(each -> each.text().contains(comment)).findFirst()
                .orElseThrow(() -> new AssertionError("the follow-up on the screen"));
        assertThat(box.select("i")).as("the comment is text").isEmpty();
        assertThat(box.select(".lk-follow-up-head").text()).contains("Satisfaction 1 of 5").contains("recommendation 4 of 10");
        String close = box.selectFirst("form.lk-follow-up-close").attr("action").replaceFirst("^.*(/loyalty-follow-ups/)", "$1");

        admin.post("/loyalty-follow-ups", close, Collections.singletonMap("note", "   "));
        Document refused = admin.page("/loyalty-follow-ups");
        assertThat(refused.select(".lk-problem[role=alert]").text()).startsWith("Write what was done");
        assertThat(refused.text()).contains(comment);

        HttpResponse<String> closed = admin.post("/loyalty-follow-ups", close,
                Collections.singletonMap("note", "Called the customer, sent a new parcel"));
        assertThat(closed.statusCode()).isEqualTo(302);
        Document after = admin.page("/loyalty-follow-ups");
        assertThat(after.select(".lk-follow-up").stream().noneMatch(each -> each.text().contains(comment))).isTrue();
        assertThat(after.select("#lk-follow-ups-closed tbody tr").first().text())
                .contains("Called the customer, sent a new parcel").contains("admin");
        admin.post("/loyalty-follow-ups", close, Collections.singletonMap("note", "again"));
        assertThat(admin.page("/loyalty-follow-ups").select(".lk-problem[role=alert]").text())
                .startsWith("This follow-up was closed already");
        assertThat(console.jdbc().queryForObject("SELECT COUNT(*) FROM LK_AUDIT_EVENT WHERE ACTION = 'CLOSE_FOLLOW_UP'",
                Long.class)).isGreaterThanOrEqualTo(1);
        admin.post("/loyalty-follow-ups", "/loyalty-follow-ups/not-an-id/close", Collections.singletonMap("note", "x"));
        assertThat(admin.page("/loyalty-follow-ups").select(".lk-problem[role=alert]").text())
                .isEqualTo("There is no such follow-up. Nothing was saved.");
    }

    @Test
    void settingsAreCheckedFieldByFieldAndSaved() throws Exception {
        AdminSession admin = AdminSession.login(console, "admin", "admin");
        Map<String, String> bad = settings("Mars/Olympus", "-3", "150");
        HttpResponse<String> refused = admin.post("/loyalty-settings", "/loyalty-settings", bad);
        assertThat(refused.statusCode()).isEqualTo(422);
        Document errors = org.jsoup.Jsoup.parse(refused.body());
        assertThat(errors.select(".lk-error").eachText()).contains(
                "\"Mars/Olympus\" is not a time zone: use a name such as Europe/Rome or UTC.",
                "A whole number from 0 to 365.", "A number from 0 to 100.");
        assertThat(admin.page("/loyalty-settings").select("#lk-timeZone").val()).isEqualTo("UTC");
        Map<String, String> lateReminder = settings("UTC", "30", "100");
        lateReminder.put("reminderDays", "30");
        assertThat(org.jsoup.Jsoup.parse(admin.post("/loyalty-settings", "/loyalty-settings", lateReminder).body())
                .select(".lk-error").eachText()).containsExactly(
                        "Fewer days than a survey link stays valid (30), or 0 for no reminder.");

        Map<String, String> good = settings("UTC", "45", "50");
        good.put("reminderDays", "4");
        HttpResponse<String> saved = admin.post("/loyalty-settings", "/loyalty-settings", good);
        assertThat(saved.statusCode()).isEqualTo(302);
        Document page = admin.page("/loyalty-settings");
        assertThat(page.select("#lk-saved")).isNotEmpty();
        assertThat(page.select("#lk-capDays").val()).isEqualTo("45");
        assertThat(page.select("#lk-samplingPercent").val()).isEqualTo("50");
        assertThat(page.select("#lk-reminderDays").val()).isEqualTo("4");
        assertThat(page.select("#lk-source-ADMIN").hasAttr("checked")).isTrue();
        admin.post("/loyalty-settings", "/loyalty-settings", settings("UTC", "30", "100"));
    }

    @Test
    void theEstimatesSettingsAndTheProgramCostsAreCheckedAndNothingIsSavedWhileOneIsWrong() throws Exception {
        AdminSession admin = AdminSession.login(console, "admin", "admin");
        Map<String, String> bad = settings("UTC", "30", "100");
        bad.put("windowDays", "5");
        bad.put("excludedDays", "two");
        bad.put("fixed.USD", "-5");
        bad.put("rewards.USD." + java.time.YearMonth.now(), "12.345");
        bad.put("fixed.EUR", "700");
        HttpResponse<String> refused = admin.post("/loyalty-settings", "/loyalty-settings", bad);
        assertThat(refused.statusCode()).isEqualTo(422);
        Document errors = org.jsoup.Jsoup.parse(refused.body());
        assertThat(errors.select(".lk-error").eachText()).contains("A whole number from 14 to 366.", "A whole number from 0 to 30.",
                "An amount of at least 0, with at most 2 decimals.");
        Document page = admin.page("/loyalty-settings");
        assertThat(page.select("#lk-windowDays").val()).isEqualTo("90");
        assertThat(page.getElementById("lk-fixed.EUR").val()).as("nothing saved").isEmpty();

        Map<String, String> good = settings("UTC", "30", "100");
        good.put("windowDays", "60");
        good.put("_neverMemberFallback", "on");
        good.put("neverMemberFallback", "true");
        good.put("fixed.EUR", "700,50");
        assertThat(admin.post("/loyalty-settings", "/loyalty-settings", good).statusCode()).isEqualTo(302);
        page = admin.page("/loyalty-settings");
        assertThat(page.select("#lk-windowDays").val()).isEqualTo("60");
        assertThat(page.select("#lk-neverMemberFallback").hasAttr("checked")).isTrue();
        assertThat(page.getElementById("lk-fixed.EUR").val()).isEqualTo("700.50");
        Map<String, String> back = settings("UTC", "30", "100");
        back.put("windowDays", "90");
        back.put("_neverMemberFallback", "on");
        back.put("fixed.EUR", "");
        admin.post("/loyalty-settings", "/loyalty-settings", back);
        assertThat(admin.page("/loyalty-settings").getElementById("lk-fixed.EUR").val()).isEmpty();
    }

    @Test
    void theOfferPolicyIsCheckedOverlappingRulesAreNamedAndSavingAssignsTheGroups() throws Exception {
        console.bean("lkBehaviourModels", BehaviourModels.class).refresh();
        AdminSession admin = AdminSession.login(console, "admin", "admin");
        Map<String, String> bad = new LinkedHashMap<String, String>();
        offerRule(bad, 0, "win back!", "AT_RISK", "ALL", "EUR", "", "");
        offerRule(bad, 1, "NUDGE", "AT_RISK", "ALL", "euro", "50", "20");
        bad.put("holdoutPercent", "70");
        HttpResponse<String> refused = admin.post("/loyalty-settings", "/loyalty-settings/offers", bad);
        assertThat(refused.statusCode()).isEqualTo(422);
        Document errors = Jsoup.parse(refused.body());
        assertThat(errors.select("#lk-offers .lk-error").eachText()).containsExactly(
                "Name the group with 1 to 32 letters A-Z, digits, _ or -.",
                "Give the currency as its three-letter code, for example EUR.",
                "Give an upper bound above the lower one.", "Give a share between 1 and 50 percent.");
        assertThat(errors.select("#lk-offer\\.0\\.group").val()).as("shown as typed").isEqualTo("WIN BACK!");
        assertThat(errors.select("#lk-timeZone").val()).as("the rest of the screen").isEqualTo("UTC");

        Map<String, String> overlapping = new LinkedHashMap<String, String>();
        offerRule(overlapping, 0, "WINBACK", "AT_RISK", "ALL", "EUR", "", "");
        offerRule(overlapping, 1, "lost-usd", "LOST", "ALL", "USD", "", "");
        offerRule(overlapping, 2, "NUDGE", "AT_RISK", "MEMBERS", "EUR", "10", "");
        overlapping.put("holdoutPercent", "10");
        HttpResponse<String> overlap = admin.post("/loyalty-settings", "/loyalty-settings/offers", overlapping);
        assertThat(overlap.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(overlap.body()).select("#lk-offers-invalid").text()).startsWith(
                "Rules 1 (WINBACK) and 3 (NUDGE) overlap");
        JdbcTemplate jdbc = console.jdbc();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM LK_OFFER_RULE", Integer.class)).as("nothing saved").isZero();

        overlapping.remove("offer.2.group");
        overlapping.remove("offer.2.currency");
        overlapping.remove("offer.2.min");
        assertThat(admin.post("/loyalty-settings", "/loyalty-settings/offers", overlapping).statusCode()).isEqualTo(302);
        Document saved = admin.page("/loyalty-settings");
        assertThat(saved.select("#lk-offer\\.1\\.group").val()).isEqualTo("LOST-USD");
        assertThat(saved.select("#lk-holdoutPercent").val()).isEqualTo("10");
        int expected = jdbc.queryForObject("SELECT COUNT(DISTINCT CUSTOMER_ID) FROM LK_CUSTOMER_MODEL WHERE (SEGMENT = 'AT_RISK' AND "
                + "CURRENCY = 'EUR') OR (SEGMENT = 'LOST' AND CURRENCY = 'USD')", Integer.class);
        assertThat(expected).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM LK_OFFER_ASSIGNMENT WHERE TO_AT IS NULL", Integer.class))
                .as("assigned at once").isEqualTo(expected);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM LK_AUDIT_EVENT WHERE ACTION = 'SETTINGS' AND DETAIL = "
                + "'offer policy: 2 rules'", Integer.class)).isEqualTo(1);
        Map<String, Object> spell = jdbc.queryForList("SELECT CUSTOMER_ID, GROUP_CODE, HELD_OUT FROM LK_OFFER_ASSIGNMENT "
                + "WHERE TO_AT IS NULL ORDER BY CUSTOMER_ID").get(0);
        boolean held = Boolean.TRUE.equals(spell.get("HELD_OUT")) || Integer.valueOf(1).equals(spell.get("HELD_OUT"));
        String said = admin.page("/loyalty-members/" + spell.get("CUSTOMER_ID")).select("#lk-member-offer-group").text();
        assertThat(said).startsWith("Offer group " + spell.get("GROUP_CODE") + " since ")
                .endsWith(held ? "held out at random: does not qualify for its offer (the comparison group)."
                        : ": qualifies for its offer.");

        // the dashboard compares the group's targeted and held-out customers, this month so far
        Map<String, Object> arms = jdbc.queryForMap("SELECT SUM(CASE WHEN HELD_OUT = TRUE THEN 0 ELSE 1 END) AS T, "
                + "SUM(CASE WHEN HELD_OUT = TRUE THEN 1 ELSE 0 END) AS H FROM LK_OFFER_ASSIGNMENT "
                + "WHERE TO_AT IS NULL AND GROUP_CODE = 'WINBACK'");
        Element result = admin.page("/loyalty-dashboard?range=LAST_12_MONTHS&granularity=MONTH&currency=EUR")
                .getElementById("lk-offer-result-WINBACK-" + java.time.YearMonth.now(java.time.ZoneOffset.UTC));
        assertThat(result).isNotNull();
        assertThat(result.child(1).text()).endsWith("(so far)");
        assertThat(result.child(2).text()).isEqualTo(((Number) arms.get("T")).intValue() + " / "
                + ((Number) arms.get("H")).intValue());
        // the discounts given this month per customer, and what the offer cost: the facts' own figures
        Map<String, Object> orders = jdbc.queryForMap("SELECT COUNT(f.ID) AS N, COUNT(f.DISCOUNT) AS D "
                + "FROM LK_OFFER_ASSIGNMENT a JOIN LK_ORDER_FACT f ON f.CUSTOMER_ID = a.CUSTOMER_ID AND f.CURRENCY = 'EUR' "
                + "AND f.STATUS = 'SUBMITTED' AND f.SUBMITTED_AT >= a.FROM_AT AND f.SUBMITTED_AT >= ? "
                + "WHERE a.TO_AT IS NULL AND a.GROUP_CODE = 'WINBACK'", java.time.YearMonth.now(java.time.ZoneOffset.UTC)
                .atDay(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli());
        long ordered = ((Number) orders.get("N")).longValue();
        String discounts = result.child(6).text();
        if (ordered > 0 && ((Number) orders.get("D")).longValue() == 0) {
            assertThat(discounts).startsWith("not recorded");
        } else if (((Number) arms.get("T")).intValue() < 2 || ((Number) arms.get("H")).intValue() < 2) {
            assertThat(discounts).isEqualTo("too few customers on one side to compare");
        } else {
            assertThat(discounts).matches("-?[0-9.,]+ against -?[0-9.,]+: the offer cost -?[0-9.,]+ \\(-?[0-9.,]+ to -?[0-9.,]+\\).*");
        }

        Map<String, String> none = new LinkedHashMap<String, String>();
        none.put("holdoutPercent", "10");
        assertThat(admin.post("/loyalty-settings", "/loyalty-settings/offers", none).statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM LK_OFFER_ASSIGNMENT WHERE TO_AT IS NULL", Integer.class))
                .as("no rules: nobody in a group").isZero();
        assertThat(admin.page("/loyalty-members/" + spell.get("CUSTOMER_ID")).select("#lk-member-offer-group").text())
                .isEqualTo("In no offer group.");
    }

    private static void offerRule(Map<String, String> fields, int index, String group, String segment, String audience,
                                  String currency, String min, String max) {
        String prefix = "offer." + index + ".";
        fields.put(prefix + "group", group);
        fields.put(prefix + "segment", segment);
        fields.put(prefix + "audience", audience);
        fields.put(prefix + "currency", currency);
        fields.put(prefix + "min", min);
        fields.put(prefix + "max", max);
    }

    private static Map<String, String> settings(String zone, String cap, String sampling) {
        Map<String, String> fields = new LinkedHashMap<String, String>();
        fields.put("timeZone", zone);
        fields.put("sources", "ADMIN");
        fields.put("capDays", cap);
        fields.put("samplingPercent", sampling);
        fields.put("waveIntervalDays", "90");
        fields.put("tokenLifetimeDays", "30");
        fields.put("commentMaxLength", "1000");
        fields.put("reminderDays", "0");
        return fields;
    }

    @Test
    void kpiTablesExportAsCsv() throws Exception {
        AdminSession admin = AdminSession.login(console, "admin", "admin");
        HttpResponse<String> csv = admin.get("/loyalty-data/export?range=LAST_12_MONTHS&granularity=MONTH&currency=EUR");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("loyalty-kpis-month-EUR");
        String[] lines = csv.body().split("\n");
        assertThat(lines[0]).startsWith("period_start,period,segment,currency").contains("aov").contains("csi");
        assertThat(lines.length).isGreaterThan(12 * 3);
    }

    @Test
    void anImportReportsItsRejectedLinesAndAFileWithBadLinesIsRefusedWhole() throws Exception {
        AdminSession admin = AdminSession.login(console, "admin", "admin");
        String csv = "order_id,customer_id,submitted_at,currency,revenue,cost,status\n"
                + "imp-1,," + java.time.OffsetDateTime.now().minusDays(2).withNano(0) + ",USD,10.00,,SUBMITTED\n"
                + "imp-2,,yesterday,USD,10.00,,SUBMITTED\n";
        HttpResponse<String> refused = admin.postFile("/loyalty-data", "/loyalty-data/import", "orders", false, csv);
        assertThat(refused.statusCode()).isEqualTo(422);
        Document report = org.jsoup.Jsoup.parse(refused.body());
        assertThat(report.select("#lk-import-report .lk-problem").text()).contains("orders.csv was refused");
        assertThat(report.select("#lk-rejected tbody tr td:eq(0)").eachText()).containsExactly("3");

        HttpResponse<String> partly = admin.postFile("/loyalty-data", "/loyalty-data/import", "orders", true, csv);
        assertThat(partly.statusCode()).isEqualTo(200);
        assertThat(org.jsoup.Jsoup.parse(partly.body()).select("#lk-import-report .lk-ok").text())
                .contains("2 lines read, 1 imported");
        HttpResponse<String> empty = admin.postFile("/loyalty-data", "/loyalty-data/import", "orders", false, "");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(org.jsoup.Jsoup.parse(empty.body()).select("#lk-outcome").text()).contains("Choose a file");
    }

    private static String card(Document page, String id) {
        return page.select("#lk-card-" + id + " .lk-card-value").text();
    }




    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
