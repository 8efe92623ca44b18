package com.loyaltykpi.server.ofbiz;

import com.loyaltykpi.core.rollup.Aggregator;
import com.loyaltykpi.server.apikey.ApiKeys;
import com.loyaltykpi.server.it.ServerClient;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The OFBiz connector against OFBiz's own order tables (created from its entity definitions, {@link OfbizSchema}),
 * on a real database of each kind OFBiz ships for: what each order becomes, incremental runs, replays. Figures are
 * computed by hand in the comments.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"loyalty.scheduling=false",
        "loyalty.ofbiz.overlap=10m", "loyalty.ofbiz.member-classification=LOYALTY_MEMBER"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_EACH_TEST_METHOD)
abstract class OfbizScenarios {

    static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    OfbizSync sync;
    @Autowired
    Aggregator aggregator;
    @Autowired
    JdbcTemplate server;
    @Autowired
    ApiKeys keys;

    /** OFBiz's database, emptied of the connector's tables' rows. */
    abstract JdbcTemplate ofbiz();

    OfbizShop shop;

    @BeforeEach
    void emptyOfbiz() {
        for (String table : new String[] {"ORDER_ADJUSTMENT", "ORDER_ROLE", "ORDER_ITEM", "ORDER_STATUS", "ORDER_HEADER",
                "PARTY_CLASSIFICATION", "PARTY_ATTRIBUTE"}) {
            ofbiz().update("DELETE FROM " + table);
        }
        shop = new OfbizShop(ofbiz(), T0);
    }

    static Instant october(int day) {
        return Instant.parse(String.format("2026-10-%02dT10:00:00Z", day));
    }

    /** The history of the first scenario, stored by OFBiz at T0. */
    void october() {
        // 1: bill-to P1 (placed by P9); 2 x 20.00 with cost 8.00, item promotion -4.00; 1 x 15.00 without cost;
        //    order promotion -3.00; tax and shipping are not revenue
        shop.order("WS1", "SALES_ORDER", "ORDER_COMPLETED", "EUR", october(5))
                .item("WS1", "00001", "2", "0", "20.00", "8.00", "ITEM_COMPLETED")
                .item("WS1", "00002", "1", null, "15.00", null, "ITEM_COMPLETED")
                .adjustment("A1", "WS1", "00001", "PROMOTION_ADJUSTMENT", "-4.000")
                .adjustment("A2", "WS1", "_NA_", "PROMOTION_ADJUSTMENT", "-3.000")
                .adjustment("A3", "WS1", "_NA_", "SALES_TAX", "5.000")
                .adjustment("A4", "WS1", "_NA_", "SHIPPING_CHARGES", "7.000")
                .role("WS1", "P1", "BILL_TO_CUSTOMER").role("WS1", "P9", "PLACING_CUSTOMER");
        // 2: cancelled
        shop.order("WS2", "SALES_ORDER", "ORDER_CANCELLED", "EUR", october(6))
                .item("WS2", "00001", "1", "1", "10.00", null, "ITEM_CANCELLED").role("WS2", "P2", "BILL_TO_CUSTOMER");
        // 3: a purchase order: not a sale
        shop.order("PO3", "PURCHASE_ORDER", "ORDER_APPROVED", "EUR", october(7))
                .item("PO3", "00001", "100", "0", "1.00", null, "ITEM_APPROVED");
        // 4: placed by P3, no bill-to; 3 x 10.00 of which 1 cancelled, cost 4.00
        shop.order("WS4", "SALES_ORDER", "ORDER_APPROVED", "EUR", october(8))
                .item("WS4", "00001", "3", "1", "10.00", "4.00", "ITEM_APPROVED").role("WS4", "P3", "PLACING_CUSTOMER");
        // 5: no items: skipped
        shop.order("WS5", "SALES_ORDER", "ORDER_CREATED", "EUR", october(9));
        // 6: a guest (OFBiz's "_NA_" party)
        shop.order("WS6", "SALES_ORDER", "ORDER_COMPLETED", "EUR", october(10))
                .item("WS6", "00001", "1", "0", "12.00", null, "ITEM_COMPLETED").role("WS6", "_NA_", "BILL_TO_CUSTOMER");
    }

    Map<String, Object> fact(String orderId) {
        return server.queryForMap("SELECT CUSTOMER_ID, REVENUE, COST, COST_KNOWN_REVENUE, STATUS, DISCOUNT FROM LK_ORDER_FACT "
                + "WHERE ORIGIN = 'ofbiz' AND ORDER_ID = ?", orderId);
    }

    ServerClient client() {
        return new ServerClient(port, keys.issue("reader", "reader").secret());
    }

    @Test
    void aFirstRunRecordsEverySalesOrderAsTheEngineCountsThem() {
        october();
        OfbizSync.Report report = sync.run();
        assertThat(report.read()).isEqualTo(5);
        assertThat(report.inserted()).isEqualTo(4);
        assertThat(report.skipped()).containsEntry("order has no items", 1L);

        // WS1: items 40 - 4 = 36 and 15, less the order's 3: 48; cost 16 on the 36 of 51 with a known cost
        Map<String, Object> ws1 = fact("WS1");
        assertThat(ws1.get("CUSTOMER_ID")).isEqualTo("P1");
        assertThat((BigDecimal) ws1.get("REVENUE")).isEqualByComparingTo("48");
        assertThat((BigDecimal) ws1.get("COST")).isEqualByComparingTo("16");
        assertThat(((BigDecimal) ws1.get("COST_KNOWN_REVENUE")).doubleValue()).isCloseTo(48 * 36 / 51.0,
                org.assertj.core.data.Offset.offset(0.01));
        assertThat((BigDecimal) ws1.get("DISCOUNT")).as("the item's 4 and the order's 3").isEqualByComparingTo("7");
        assertThat((BigDecimal) fact("WS4").get("DISCOUNT")).isEqualByComparingTo("0");
        assertThat(fact("WS2").get("STATUS")).isEqualTo("CANCELLED");
        assertThat(fact("WS4").get("CUSTOMER_ID")).isEqualTo("P3");
        assertThat((BigDecimal) fact("WS4").get("REVENUE")).isEqualByComparingTo("20");
        assertThat((BigDecimal) fact("WS4").get("COST")).isEqualByComparingTo("8");
        assertThat(fact("WS6").get("CUSTOMER_ID")).as("a guest").isNull();
        assertThat(server.queryForObject("SELECT COUNT(*) FROM LK_ORDER_FACT WHERE ORDER_ID = 'PO3'", Long.class))
                .isZero();

        aggregator.aggregate();
        ServerClient reader = client();
        // WS1 48 + WS4 20 + WS6 12; WS2 cancelled
        assertThat(reader.kpi("2026-10", "ALL", "orders")).isEqualByComparingTo("3");
        assertThat(reader.kpi("2026-10", "ALL", "revenue")).isEqualByComparingTo("80");
    }

    @Test
    void laterRunsReadWhatChangedAndCountNothingTwice() {
        october();
        sync.run();
        OfbizSync.Report again = sync.run();
        assertThat(again.inserted() + again.updated()).as("a run with nothing new changes nothing").isZero();

        // an hour later: WS4 cancelled (its header stored again), WS1's second item cancelled (only the item), a new order
        shop.at(T0.plusSeconds(3600)).status("WS4", "ORDER_CANCELLED").cancelItem("WS1", "00002")
                .order("WS7", "SALES_ORDER", "ORDER_CREATED", "EUR", october(20))
                .item("WS7", "00001", "2", "0", "9.50", "3.00", "ITEM_CREATED").role("WS7", "P1", "BILL_TO_CUSTOMER");
        OfbizSync.Report report = sync.run();
        assertThat(report.inserted()).isEqualTo(1);
        assertThat(report.updated()).isEqualTo(2);
        assertThat(fact("WS4").get("STATUS")).isEqualTo("CANCELLED");
        // WS1 now 36 - 3 = 33, every remaining item with a cost
        assertThat((BigDecimal) fact("WS1").get("REVENUE")).isEqualByComparingTo("33");
        assertThat((BigDecimal) fact("WS1").get("COST_KNOWN_REVENUE")).isEqualByComparingTo("33");

        aggregator.aggregate();
        // WS1 33 + WS6 12 + WS7 19
        assertThat(client().kpi("2026-10", "ALL", "revenue")).isEqualByComparingTo("64");
        assertThat(sync.run().updated()).isZero();
    }

    @Test
    void membersAreThePartiesOfAClassificationGroup() {
        october();
        shop.classify("P1", "LOYALTY_MEMBER", Instant.parse("2026-09-01T00:00:00Z"), null)
                .classify("P3", "LOYALTY_MEMBER", Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2026-10-07T00:00:00Z"))
                .classify("P2", "VIP", Instant.parse("2026-01-01T00:00:00Z"), null);
        OfbizSync.Report report = sync.run();
        assertThat(report.members()).startsWith("members: 2 periods new");
        aggregator.aggregate();
        ServerClient reader = client();
        // P1's WS1 (48); P3's membership ended before WS4 of 8 October
        assertThat(reader.kpi("2026-10", "MEMBER", "orders")).isEqualByComparingTo("1");
        assertThat(reader.kpi("2026-10", "MEMBER", "revenue")).isEqualByComparingTo("48");

        // OFBiz extends P3's membership to the end of October: WS4 (20) becomes a member's order
        shop.at(T0.plusSeconds(3600)).classify("P3", "LOYALTY_MEMBER", Instant.parse("2026-10-01T00:00:00Z"),
                Instant.parse("2026-10-31T00:00:00Z"));
        assertThat(sync.run().members()).contains("1 changed", "1 orders re-stamped");
        aggregator.aggregate();
        assertThat(reader.kpi("2026-10", "MEMBER", "orders")).isEqualByComparingTo("2");
        assertThat(reader.kpi("2026-10", "MEMBER", "revenue")).isEqualByComparingTo("68");
        assertThat(sync.run().members()).as("nothing new").contains("0 periods new, 0 changed");
    }

    @Test
    void membersCanBeThePartiesWithAnAttribute() {
        OfbizMembers cards = new OfbizMembers(new NamedParameterJdbcTemplate(ofbiz()), "", "LOYALTY_CARD");
        Instant t1 = T0.plusSeconds(60);
        shop.at(T0).attribute("P1", "LOYALTY_CARD", "C-100").attribute("P2", "LOYALTY_CARD", "")
                .attribute("P3", "LOYALTY_CARD", "C-300").attribute("P4", "NEWSLETTER", "Y");
        shop.at(t1).attribute("P3", "LOYALTY_CARD", " ");
        OfbizMembers.Changed changed = cards.storedAfter(Instant.EPOCH);
        // P1 a member since the card was stored; P2's empty card is no membership; P3's card emptied at t1 ended it
        assertThat(changed.periods()).extracting(p -> p.customerId(), p -> p.enrolledAt(), p -> p.leftAt())
                .containsExactlyInAnyOrder(tuple("P1", T0, null), tuple("P3", T0, t1));
        assertThat(changed.latest()).isEqualTo(t1);
        assertThat(cards.storedAfter(t1).periods()).as("nothing stored since").isEmpty();

        shop.at(t1.plusSeconds(60)).attribute("P3", "LOYALTY_CARD", "C-301");
        assertThat(cards.storedAfter(t1).periods()).extracting(p -> p.customerId(), p -> p.leftAt())
                .containsExactly(tuple("P3", null));
    }
}
