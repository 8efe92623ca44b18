package com.loyaltykpi.server.behaviour;

import com.loyaltykpi.core.behaviour.BehaviourModels;
import com.loyaltykpi.core.behaviour.BehaviourStore;
import com.loyaltykpi.core.behaviour.CurrencyModel;
import com.loyaltykpi.core.cohorts.RetentionCohorts;
import com.loyaltykpi.core.privacy.AccessExport;
import com.loyaltykpi.core.privacy.Erasure;
import com.loyaltykpi.server.apikey.ApiKeys;
import com.loyaltykpi.server.it.ServerClient;
import com.loyaltykpi.server.web.OperatorSession;
import com.loyaltykpi.server.web.Operators;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The behaviour models computed from orders sent over the API, on a real database: scores and segments of a small shop
 * against hand-computed figures (its fit refused for too few customers), guests, cancelled orders and same-day orders,
 * currencies apart; a larger simulated shop fitted; an erased customer gone. Run on HSQLDB, PostgreSQL and MariaDB by
 * the subclasses. One test: every refresh recomputes the whole shop.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "loyalty.scheduling=false")
abstract class BehaviourScenarios {

    private static final String PASSWORD = "viewer-password-18";

    @LocalServerPort
    int port;
    @Autowired
    ApiKeys keys;
    @Autowired
    BehaviourModels models;
    @Autowired
    BehaviourStore store;
    @Autowired
    Erasure erasure;
    @Autowired
    AccessExport access;
    @Autowired
    Operators operators;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RetentionCohorts cohorts;

    private final ShopOrders orders = new ShopOrders();

    @Test
    void scoresSegmentsFitsAndErasure() {
        ServerClient shop = new ServerClient(port, keys.issue("shop", "Web shop").secret());
        orders.order("A1", "c1", 5, "100", "EUR", null);
        orders.order("A2", "c2", 50, "20", "EUR", null);
        orders.order("A3", "c3", 300, "30", "EUR", null);
        orders.order("A4", "c3", 10, "50", "EUR", null);
        orders.order("A5", "c4", 200, "10", "EUR", null);
        orders.order("A6", "c4", 100, "10", "EUR", null);
        orders.order("A7", "c4", 2, "10", "EUR", null);
        orders.order("A8", "c5", 400, "60", "EUR", null);
        orders.order("A9", "c6", 20, "15", "EUR", null);  // two orders of one day: one purchase of 30
        orders.order("A10", "c6", 20, "15", "EUR", null);
        orders.order("A11", "c7", 120, "40", "EUR", null);
        for (int k = 1; k <= 4; k++) {
            orders.order("A1" + (1 + k), "c8", 450 - 90 * k, "25", "EUR", null); // 360, 270, 180 and 90 days ago
        }
        orders.order("A16", "c9", 30, "80", "EUR", null);
        orders.order("A17", "c9", 3, "500", "EUR", "CANCELLED");                // not a purchase
        orders.order("A18", "c10", 500, "35", "EUR", null);
        orders.order("A19", "c10", 250, "45", "EUR", null);
        orders.order("A20", null, 1, "70", "EUR", null);                         // a guest: no model
        orders.order("A21", "c1", 40, "9", "USD", null);                         // another currency, scored apart
        orders.send(shop);

        List<CurrencyModel> computed = models.refresh();
        assertThat(computed).extracting(CurrencyModel::currency).containsExactly("EUR", "USD");
        // hand-computed: recency days 5, 50, 10, 2, 400, 20, 120, 90, 30, 250; purchases 1, 1, 2, 3, 1, 1, 1, 4, 1, 2;
        // mean values 100, 20, 40, 10, 60, 30, 40, 25, 80, 40; a score is 1 + floor(5 x share of customers below)
        Map<String, String> expected = new LinkedHashMap<String, String>();
        expected.put("c1", "5 1 5 NEW");
        expected.put("c2", "3 1 1 HIBERNATING");
        expected.put("c3", "4 4 3 LOYAL");
        expected.put("c4", "5 5 1 CHAMPIONS");
        expected.put("c5", "1 1 4 LOST");
        expected.put("c6", "4 1 2 NEW");
        expected.put("c7", "2 1 3 HIBERNATING");
        expected.put("c8", "2 5 2 CANNOT_LOSE");
        expected.put("c9", "3 1 5 HIBERNATING");
        expected.put("c10", "1 4 3 AT_RISK");
        for (Map.Entry<String, String> customer : expected.entrySet()) {
            Map<String, Object> row = euro(customer.getKey());
            assertThat(row.get("RECENCY_SCORE") + " " + row.get("FREQUENCY_SCORE") + " " + row.get("MONETARY_SCORE")
                    + " " + row.get("SEGMENT")).as(customer.getKey()).isEqualTo(customer.getValue());
            assertThat(row.get("P_ACTIVE")).as("no fit for ten customers").isNull();
        }
        assertThat(((Number) euro("c6").get("PURCHASES")).intValue()).isEqualTo(1);
        assertThat(((Number) euro("c9").get("RECENCY_DAYS")).intValue()).isEqualTo(30);
        assertThat(store.ofCustomer("c1")).extracting(row -> row.get("CURRENCY")).containsExactly("EUR", "USD");
        Map<String, Object> fit = store.fits().get(0);
        assertThat(fit.get("REFUSAL").toString()).contains("10 customers", "at least 100");
        assertThat(fit.get("BG_R")).isNull();
        assertThat(fit.get("CHECK_TRUSTED")).isEqualTo(false);
        assertThat(fit.get("CHECK_REASON").toString()).contains("cannot be checked");
        operators.create("viewer", "VIEWER", PASSWORD);
        OperatorSession viewer = new OperatorSession(port, "de");
        assertThat(viewer.signIn("viewer", PASSWORD)).isTrue();
        String screen = viewer.get("/loyalty-customers").body();
        assertThat(screen).contains("Das Modell passt noch nicht zu diesem Shop: es braucht mindestens 100 Kunden, "
                + "davon 30 mit einem Wiederkauf; es gibt 10 Kunden, 4 davon haben erneut gekauft.");
        assertThat(screen).as("no predictions").doesNotContain("Erwarteter Wert je Kunde");
        assertThat(row(screen, "lk-segment-EUR-HIBERNATING")).contains("Schlafend", "R 2, F 1-2; R 3, F 1", ">3<",
                "30,0 %");
        assertThat(segmentSum("CUSTOMERS", "EUR")).isEqualTo(10);
        String member = viewer.get("/loyalty-members/c4").body();
        assertThat(row(member, "lk-member-model-EUR")).contains("Champions", "5 5 1", ">3<", "vor 2 Tagen",
                "nicht gezeigt: das Modell passt nicht");
        assertThat(member).as("c4 bought in euros only").doesNotContain("lk-member-model-USD");

        // a shop of 400 more customers, simulated: fitted, every customer predicted
        int checked = orders.simulate("s", 400, new Random(18)); // bought before the last 26 weeks: in the check
        orders.send(shop);
        models.refresh();
        Map<String, Object> fitted = store.fits().get(0);
        assertThat(fitted.get("REFUSAL")).isNull();
        assertThat(((Number) fitted.get("CUSTOMERS")).intValue()).isEqualTo(410);
        assertThat(((BigDecimal) fitted.get("BG_R")).signum()).isPositive();
        assertThat(((BigDecimal) fitted.get("GG_Q")).doubleValue()).isGreaterThan(1);
        // of the first ten customers, those who bought before the last 26 weeks: c3, c4, c5, c8 and c10
        int inCheck = 0;
        for (Map<String, Object> row : store.checks()) {
            inCheck += "EUR".equals(row.get("CURRENCY")) ? ((Number) row.get("CUSTOMERS")).intValue() : 0;
        }
        assertThat(inCheck).isEqualTo(checked + 5);
        assertThat(fitted.get("CHECK_REASON") == null).isEqualTo(Boolean.TRUE.equals(fitted.get("CHECK_TRUSTED")));
        assertThat(((BigDecimal) fitted.get("CHECK_MAE")).signum()).isPositive();
        assertThat(segmentSum("CUSTOMERS", "EUR")).isEqualTo(410);
        assertThat(segmentSum("PREDICTED_VALUE", "EUR")).isCloseTo(jdbc.queryForObject("SELECT SUM(PREDICTED_VALUE) "
                + "FROM LK_CUSTOMER_MODEL WHERE CURRENCY = 'EUR'", Double.class), within(0.01));
        cohorts.refresh();
        OperatorSession english = new OperatorSession(port, "en");
        assertThat(english.signIn("viewer", PASSWORD)).isTrue();
        String fittedScreen = english.get("/loyalty-customers").body();
        assertThat(fittedScreen).contains("id=\"lk-cohorts-FIRST_ORDER\"", "Retention cohorts");
        assertThat(english.get("/loyalty-customers/cohorts.csv").statusCode()).as("analysts only").isEqualTo(403);
        assertThat(fittedScreen).contains("EUR: 410 customers", "Purchases (BG/NBD): r = ");
        String fittedMember = row(english.get("/loyalty-members/c4").body(), "lk-member-model-EUR");
        if (Boolean.TRUE.equals(fitted.get("CHECK_TRUSTED"))) {
            assertThat(fittedScreen).contains("The model fits this shop", "Predicted value per customer");
            assertThat(fittedMember).contains(" EUR<").doesNotContain("not shown");
        } else {
            assertThat(fittedScreen).contains("The model does not fit this shop", "Its predictions")
                    .doesNotContain("Predicted value per customer");
            assertThat(fittedMember).contains("not shown: the model does not fit");
        }
        Map<String, Object> c4 = euro("c4");
        assertThat(((BigDecimal) c4.get("P_ACTIVE")).doubleValue()).isBetween(0.0, 1.0);
        assertThat(((BigDecimal) c4.get("PREDICTED_VALUE")).doubleValue()).isPositive();

        assertThat(access.of("c4").get("behaviourModels").toString()).contains("purchases=3", "recencyDays=2");
        erasure.eraseCustomer("c4", "test");
        assertThat(store.ofCustomer("c4")).isEmpty();
        models.refresh();
        assertThat(store.ofCustomer("c4")).as("an erased customer has no model").isEmpty();
        assertThat(((Number) store.fits().get(0).get("CUSTOMERS")).intValue()).isEqualTo(409);
    }

    private double segmentSum(String column, String currency) {
        return jdbc.queryForObject("SELECT SUM(" + column + ") FROM LK_BEHAVIOUR_SEGMENT WHERE CURRENCY = ?",
                Double.class, currency);
    }

    /** The table row of this id on the page. */
    private static String row(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private Map<String, Object> euro(String customer) {
        return store.ofCustomer(customer).get(0);
    }
}
