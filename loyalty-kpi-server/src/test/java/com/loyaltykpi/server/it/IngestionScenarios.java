package com.loyaltykpi.server.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.loyaltykpi.core.rollup.Aggregator;
import com.loyaltykpi.server.apikey.ApiKeys;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingestion API over real HTTP on a real database: orders recorded once, corrected when changed or cancelled,
 * late enrolments re-stamping orders, refused batches writing nothing, keys per source. KPI figures are computed
 * by hand in the comments. Run on HSQLDB, PostgreSQL and MariaDB by the subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "loyalty.scheduling=false")
abstract class IngestionScenarios {

    @LocalServerPort
    int port;
    @Autowired
    ApiKeys keys;
    @Autowired
    Aggregator aggregator;
    @Autowired
    JdbcTemplate jdbc;

    ServerClient source(String name) {
        return new ServerClient(port, keys.issue(name, name).secret());
    }

    static String order(String id, String customer, String at, String items) {
        return order(id, customer, at, items, "");
    }

    static String order(String id, String customer, String at, String items, String extra) {
        return "{\"orderId\":\"" + id + "\"," + (customer == null ? "" : "\"customerId\":\"" + customer + "\",")
                + "\"submittedAt\":\"" + at + "\",\"currency\":\"EUR\",\"items\":[" + items + "]" + extra + "}";
    }

    static String batch(String... orders) {
        return "{\"orders\":[" + String.join(",", orders) + "]}";
    }

    @Test
    void ordersCountOnceAndChangesCorrectTheirPeriods() {
        ServerClient shop = source("shop");
        assertThat(shop.post("/api/v1/memberships", "{\"events\":[{\"customerId\":\"m1\",\"type\":\"ENROLLED\","
                + "\"at\":\"2026-10-01T00:00:00Z\",\"source\":\"LOYALTY_CARD\"}]}").status()).isEqualTo(200);
        String orders = batch(
                order("S1", "m1", "2026-11-03T10:00:00Z", "{\"revenue\":60,\"cost\":30},{\"revenue\":40}"),
                order("S2", "n1", "2026-11-04T10:00:00+01:00", "{\"revenue\":50,\"cost\":20}", ",\"orderDiscount\":10"),
                order("S3", null, "2026-11-05T10:00:00Z", "{\"revenue\":20.00,\"cost\":5}"),
                order("S4", "m1", "2026-11-20T10:00:00Z", "{\"revenue\":30,\"cost\":10}"));
        JsonNode first = shop.post("/api/v1/orders", orders).json();
        assertThat(first.get("inserted").asLong()).isEqualTo(4);
        JsonNode replay = shop.post("/api/v1/orders", orders).json();
        assertThat(replay.get("unchanged").asLong()).isEqualTo(4);
        assertThat(replay.get("inserted").asLong() + replay.get("updated").asLong()).isZero();
        aggregator.aggregate();
        // members: S1 100 + S4 30 = 130 in 2 orders; non-members: S2 (50 - 10) 40 + S3 20 = 60 in 2
        assertThat(shop.kpi("2026-11", "MEMBER", "revenue")).isEqualByComparingTo("130");
        assertThat(shop.kpi("2026-11", "MEMBER", "aov")).isEqualByComparingTo("65");
        assertThat(shop.kpi("2026-11", "NON_MEMBER", "orders")).isEqualByComparingTo("2");
        assertThat(shop.kpi("2026-11", "NON_MEMBER", "revenue")).isEqualByComparingTo("60");
        // members' margin: cost-known revenue 60 + 30 = 90, cost 30 + 10 = 40: (90 - 40) / 90
        assertThat(shop.kpi("2026-11", "MEMBER", "margin")).isEqualByComparingTo("0.5556");

        JsonNode changed = shop.post("/api/v1/orders", batch(
                order("S2", "n1", "2026-11-04T10:00:00+01:00", "{\"revenue\":70,\"cost\":20}", ",\"orderDiscount\":10"),
                order("S3", null, "2026-11-05T10:00:00Z", "{\"revenue\":20,\"cost\":5}", ",\"status\":\"CANCELLED\""))).json();
        assertThat(changed.get("updated").asLong()).isEqualTo(2);
        aggregator.aggregate();
        // non-members: S2 now 60, S3 cancelled
        assertThat(shop.kpi("2026-11", "NON_MEMBER", "orders")).isEqualByComparingTo("1");
        assertThat(shop.kpi("2026-11", "NON_MEMBER", "revenue")).isEqualByComparingTo("60");
        assertThat(shop.kpi("2026-11", "ALL", "revenue")).isEqualByComparingTo("190");

        // n1 enrolled on 1 November, told after the orders: S2 becomes a member's order
        JsonNode late = shop.post("/api/v1/memberships", "{\"events\":[{\"customerId\":\"n1\",\"type\":\"ENROLLED\","
                + "\"at\":\"2026-11-01T00:00:00Z\"}]}").json();
        assertThat(late.get("outcomes").get(0).asText()).isEqualTo("ENROLLED");
        assertThat(late.get("restamped").asLong()).isEqualTo(1);
        aggregator.aggregate();
        assertThat(shop.kpi("2026-11", "MEMBER", "orders")).isEqualByComparingTo("3");
        assertThat(shop.kpi("2026-11", "MEMBER", "revenue")).isEqualByComparingTo("190");
        assertThat(shop.kpi("2026-11", "NON_MEMBER", "orders")).isEqualByComparingTo("0");
    }

    @Test
    void anOrdersDiscountsAreRecordedWhereTheSourceGivesTheItemsOwn() {
        ServerClient shop = source("discounts");
        JsonNode sent = shop.post("/api/v1/orders", batch(
                order("D1", "c1", "2026-10-01T10:00:00Z", "{\"revenue\":50}", ",\"orderDiscount\":10,\"itemDiscount\":4.50"),
                order("D2", "c2", "2026-10-01T11:00:00Z", "{\"revenue\":30}", ",\"orderDiscount\":5"),
                order("D3", "c3", "2026-10-01T12:00:00Z", "{\"revenue\":30}", ",\"itemDiscount\":0"))).json();
        assertThat(sent.get("inserted").asLong()).isEqualTo(3);
        // D1: 4.50 off its items and 10 off the order; D2 did not say what came off its items; D3 had no discount
        assertThat(discount("D1")).isEqualByComparingTo("14.50");
        assertThat(discount("D2")).as("not recorded").isNull();
        assertThat(discount("D3")).isEqualByComparingTo("0");

        JsonNode told = shop.post("/api/v1/orders", batch(order("D2", "c2", "2026-10-01T11:00:00Z", "{\"revenue\":30}",
                ",\"orderDiscount\":5,\"itemDiscount\":0"))).json();
        assertThat(told.get("updated").asLong()).as("the discount told later").isEqualTo(1);
        assertThat(discount("D2")).isEqualByComparingTo("5");

        ServerClient.Answer negative = shop.post("/api/v1/orders", batch(order("D4", "c4", "2026-10-01T12:00:00Z",
                "{\"revenue\":30}", ",\"itemDiscount\":-1")));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("problems").findValuesAsText("field")).containsExactly("orders[0].itemDiscount");
    }

    private BigDecimal discount(String orderId) {
        return jdbc.queryForObject("SELECT DISCOUNT FROM LK_ORDER_FACT WHERE ORDER_ID = ?", BigDecimal.class,
                orderId);
    }

    @Test
    void aBatchWithAnInvalidOrderIsRefusedWholeNamingEachField() {
        ServerClient shop = source("refusals");
        ServerClient.Answer refused = shop.post("/api/v1/orders", batch(
                order("R1", "c", "2026-09-01T10:00:00Z", "{\"revenue\":10}"),
                "{\"orderId\":\"R2\",\"submittedAt\":\"yesterday\",\"currency\":\"EUX\",\"items\":[{\"revenue\":1.234}]}",
                order("R3", "c", "2026-09-01T10:00:00Z", "{\"revenue\":5}", ",\"orderDiscount\":9"),
                order("R1", "c", "2026-09-02T10:00:00Z", "{\"revenue\":10}")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("problems").findValuesAsText("field")).containsExactly("orders[1].submittedAt",
                "orders[1].currency", "orders[2]", "orders[3].orderId");
        assertThat(refused.body()).contains("merchandise revenue after discounts is negative", "appears again");
        assertThat(facts("refusals")).isZero();

        ServerClient.Answer skipped = shop.post("/api/v1/orders?skipInvalid=true", batch(
                order("R1", "c", "2026-09-01T10:00:00Z", "{\"revenue\":10}"),
                order("R2", "c", "2026-09-01T10:00:00Z", "{\"revenue\":-3}")));
        assertThat(skipped.status()).isEqualTo(200);
        assertThat(skipped.json().get("inserted").asLong()).isEqualTo(1);
        assertThat(skipped.json().get("problems").findValuesAsText("field")).containsExactly("orders[1].items[0].revenue");
        assertThat(facts("refusals")).isEqualTo(1);

        assertThat(shop.post("/api/v1/orders", "{\"orders\":[{\"orderId\":\"X\",\"items\":[{\"revenue\":\"ten\"}]}]}")
                .json().get("problems").findValuesAsText("field")).containsExactly("orders[0].items[0].revenue");
        assertThat(shop.post("/api/v1/orders", "{\"orders\":[").json().get("error").asText()).contains("not valid JSON");
        assertThat(shop.post("/api/v1/orders", "{\"orders\":[]}").status()).isEqualTo(400);
        assertThat(shop.post("/api/v1/memberships", "{\"events\":[{\"customerId\":\"\",\"type\":\"JOINED\","
                + "\"at\":\"2026\",\"source\":\"ERASURE\"}]}").json().get("problems").findValuesAsText("field"))
                .containsExactly("events[0].customerId", "events[0].type", "events[0].at", "events[0].source");
        assertThat(facts("refusals")).isEqualTo(1);
    }

    @Test
    void eachSourceHasItsOwnKeysAndOrderIds() {
        ApiKeys.Issued tillKey = keys.issue("till", "Till system");
        ServerClient till = new ServerClient(port, tillKey.secret());
        ServerClient web = source("web");
        String same = batch(order("1001", "k", "2026-08-03T10:00:00Z", "{\"revenue\":10}"));
        assertThat(till.post("/api/v1/orders", same).json().get("inserted").asLong()).isEqualTo(1);
        assertThat(web.post("/api/v1/orders", same).json().get("inserted").asLong()).isEqualTo(1);
        assertThat(facts("till") + facts("web")).isEqualTo(2);

        assertThat(new ServerClient(port, null).post("/api/v1/orders", same).status()).isEqualTo(401);
        assertThat(new ServerClient(port, "lk_wrong").get("/api/v1/kpis?from=2026-08-01&to=2026-08-31&currency=EUR")
                .status()).isEqualTo(401);
        assertThat(keys.revoke(tillKey.key().id())).isTrue();
        assertThat(till.post("/api/v1/orders", same).status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM LK_API_KEY WHERE KEY_HASH LIKE ?", Long.class,
                "%" + tillKey.secret().substring(3, 20) + "%")).as("keys are kept hashed").isZero();
    }

    @Test
    void theServiceDescribesItselfAndReportsItsHealth() {
        ServerClient anonymous = new ServerClient(port, null);
        ServerClient.Answer api = anonymous.get("/v3/api-docs");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.json().get("paths").has("/api/v1/orders")).isTrue();
        assertThat(api.json().get("paths").has("/api/v1/memberships")).isTrue();
        assertThat(api.json().get("paths").has("/api/v1/contacts")).isTrue();
        assertThat(api.json().get("paths").has("/api/v1/survey-links")).isTrue();
        assertThat(anonymous.get("/actuator/health").json().get("status").asText()).isEqualTo("UP");
        ServerClient shop = source("metrics");
        shop.post("/api/v1/orders", batch(order("M1", null, "2026-07-01T10:00:00Z", "{\"revenue\":1}")));
        assertThat(anonymous.get("/actuator/metrics/loyalty.ingest.orders").status()).isEqualTo(200);
        assertThat(shop.get("/api/v1/kpis?from=2026-07-01&to=2026-06-01&currency=EUR").status()).isEqualTo(400);
        assertThat(shop.get("/api/v1/kpis?from=2026-07-01&to=2026-07-31&granularity=HOUR&currency=EUR").body())
                .contains("granularity is one of");
    }

    long facts(String origin) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM LK_ORDER_FACT WHERE ORIGIN = ?", Long.class, origin);
    }

}
