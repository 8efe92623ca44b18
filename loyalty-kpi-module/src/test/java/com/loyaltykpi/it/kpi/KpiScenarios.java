package com.loyaltykpi.it.kpi;

import com.loyaltykpi.core.behaviour.BehaviourModels;
import com.loyaltykpi.core.behaviour.BehaviourStore;
import com.loyaltykpi.core.imports.ImportReport;
import com.loyaltykpi.core.imports.MembershipsImport;
import com.loyaltykpi.core.imports.OrdersImport;
import com.loyaltykpi.core.period.Granularity;
import com.loyaltykpi.core.kpi.Kpi;
import com.loyaltykpi.core.kpi.KpiCsv;
import com.loyaltykpi.core.kpi.KpiQuery;
import com.loyaltykpi.core.kpi.KpiRow;
import com.loyaltykpi.core.kpi.KpiService;
import com.loyaltykpi.core.kpi.KpiTable;
import com.loyaltykpi.core.period.Segment;
import com.loyaltykpi.core.rollup.Aggregator;
import com.loyaltykpi.core.settings.ShopTimeZone;
import com.loyaltykpi.it.ShopScenarios;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import static com.loyaltykpi.it.kpi.KpiAssertions.assertValue;
import static com.loyaltykpi.it.kpi.KpiAssertions.assertUndefined;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every KPI of docs/KPIS.md against numbers computed by hand (in the comments) on a small fixture, loaded through the
 * CSV import and aggregated by the real aggregator, in the shop time zone Europe/Rome. The fixture includes a
 * leap day, an order at 23:30 UTC that is on the next business day in Rome, ISO week 53, two currencies, a guest
 * order, a cancelled order, an order cancelled after it was rolled up, and periods where ratios are undefined.
 */
public abstract class KpiScenarios extends ShopScenarios {

    private static final String MEMBERSHIPS = "customer_id,enrolled_at,left_at,source\n"
            + "kpi-c1,2024-01-01T00:00:00Z,,REGISTRATION\n"
            + "kpi-c3,2024-02-15T00:00:00Z,,LOYALTY_CARD\n"
            // members are counted program-wide: these two live in 2010, where no other test has members
            + "kpi-c4,2010-03-10T00:00:00Z,2010-05-20T00:00:00Z,REGISTRATION\n"
            + "kpi-c5,2010-04-05T00:00:00Z,2010-04-25T00:00:00Z,ADMIN\n";

    private static final String ORDERS = "order_id,customer_id,submitted_at,currency,revenue,cost,status\n"
            + "kpi-o1,kpi-c1,2024-02-10T10:00:00Z,EUR,100.00,60.00,SUBMITTED\n"   // member
            + "kpi-o2,kpi-c1,2024-02-20T10:00:00Z,EUR,50.00,,SUBMITTED\n"         // member, cost unknown
            + "kpi-o3,kpi-c2,2024-02-29T12:00:00Z,EUR,80.00,40.00,SUBMITTED\n"    // leap day, non-member
            + "kpi-o4,,2024-02-29T23:30:00Z,EUR,30.00,10.00,SUBMITTED\n"          // guest; 1 March 00:30 in Rome
            + "kpi-o5,kpi-c3,2024-02-10T09:00:00Z,EUR,40.00,20.00,SUBMITTED\n"    // before c3 joined
            + "kpi-o6,kpi-c3,2024-02-16T09:00:00Z,EUR,60.00,30.00,SUBMITTED\n"    // after c3 joined
            + "kpi-o7,kpi-c2,2024-02-05T10:00:00Z,EUR,20.00,10.00,CANCELLED\n"    // counts nowhere
            + "kpi-o8,kpi-c1,2024-02-12T10:00:00Z,USD,200.00,100.00,SUBMITTED\n"  // the other currency
            + "kpi-o9,kpi-c2,2024-01-15T10:00:00Z,EUR,70.00,35.00,SUBMITTED\n"    // previous month
            + "kpi-o10,kpi-c2,2023-02-10T10:00:00Z,EUR,90.00,45.00,SUBMITTED\n"   // a year earlier
            + "kpi-o11,kpi-c2,2020-12-31T10:00:00Z,EUR,10.00,5.00,SUBMITTED\n"    // ISO week 53 of 2020
            + "kpi-o12,kpi-c1,2024-02-25T10:00:00Z,EUR,25.00,15.00,SUBMITTED\n";  // cancelled after the rollup

    private static final LocalDate JANUARY = LocalDate.of(2024, 1, 1);
    private static final LocalDate FEBRUARY = LocalDate.of(2024, 2, 1);
    private static final LocalDate MARCH = LocalDate.of(2024, 3, 1);

    private KpiService kpis;
    private Aggregator aggregator;

    @BeforeEach
    void loadFixture() {
        kpis = shop.bean("lkKpiService", KpiService.class);
        aggregator = shop.bean("lkAggregator", Aggregator.class);
        shop.bean("lkShopTimeZone", ShopTimeZone.class).change(ZoneId.of("Europe/Rome"));
        assertThat(importCsv(MEMBERSHIPS, true).applied()).isTrue();
        assertThat(importCsv(ORDERS, false).applied()).isTrue();
        aggregator.aggregate();
        // cancelled after it was rolled up: the periods it touched are corrected
        assertThat(month(FEBRUARY, "EUR", Segment.MEMBER).value(Kpi.ORDERS)).isEqualByComparingTo("4");
        importCsv("order_id,customer_id,submitted_at,currency,revenue,cost,status\n"
                + "kpi-o12,kpi-c1,2024-02-25T10:00:00Z,EUR,25.00,15.00,CANCELLED\n", false);
        aggregator.aggregate();
    }

    @Test
    void theBehaviourModelsAreComputedInsideBroadleaf() {
        shop.bean("lkBehaviourModels", BehaviourModels.class).refresh();
        BehaviourStore store = shop.bean("lkBehaviourStore", BehaviourStore.class);
        // c2: four purchase days in euros (o11, o10, o9, o3); the cancelled o7 is none
        assertThat(store.ofCustomer("kpi-c2")).singleElement().satisfies(row -> {
            assertThat(row.get("CURRENCY")).isEqualTo("EUR");
            assertThat(((Number) row.get("PURCHASES")).intValue()).isEqualTo(4);
        });
        // c1: o1 and o2 in euros (o12 was cancelled), o8 in dollars, scored apart
        assertThat(store.ofCustomer("kpi-c1")).extracting(row -> row.get("CURRENCY") + " " + row.get("PURCHASES"))
                .containsExactly("EUR 2", "USD 1");
        assertThat(store.fits()).extracting(row -> row.get("CURRENCY")).contains("EUR", "USD");
    }

    @Test
    void memberSegmentOfFebruary() {
        // o1 100 (cost 60), o2 50 (cost unknown), o6 60 (cost 30): customers c1, c3; c1 ordered twice
        KpiRow m = month(FEBRUARY, "EUR", Segment.MEMBER);
        assertValue(m, Kpi.ORDERS, "3");
        assertValue(m, Kpi.REVENUE, "210.00");
        assertValue(m, Kpi.CUSTOMERS, "2");
        assertValue(m, Kpi.AOV, "70.00");
        assertValue(m, Kpi.MARGIN, "0.4375");          // (160 - 90) / 160
        assertValue(m, Kpi.MARGIN_COVERAGE, "0.7619"); // 160 / 210
        assertValue(m, Kpi.FREQUENCY, "1.5000");       // 3 / 2
        assertValue(m, Kpi.REPEAT_RATE, "0.5000");     // 1 / 2
        assertUndefined(m, Kpi.AOV_CHANGE);            // no member orders in January
        assertUndefined(m, Kpi.AOV_CHANGE_YOY);        // none in February 2023
        assertUndefined(m, Kpi.MARGIN_CHANGE);
        assertUndefined(m, Kpi.AOV_GAP);               // program-level: on the ALL row only
    }

    @Test
    void nonMemberSegmentOfFebruary() {
        // o3 80 (c2, cost 40), o5 40 (c3 before joining, cost 20); the cancelled o7 counts nowhere
        KpiRow n = month(FEBRUARY, "EUR", Segment.NON_MEMBER);
        assertValue(n, Kpi.ORDERS, "2");
        assertValue(n, Kpi.REVENUE, "120.00");
        assertValue(n, Kpi.CUSTOMERS, "2");
        assertValue(n, Kpi.AOV, "60.00");
        assertValue(n, Kpi.AOV_CHANGE, "-0.1429");     // (60 - 70) / 70
        assertValue(n, Kpi.AOV_CHANGE_YOY, "-0.3333"); // (60 - 90) / 90
        assertValue(n, Kpi.MARGIN, "0.5000");
        assertValue(n, Kpi.MARGIN_CHANGE, "0.0000");   // January 35/70 = 0.5
        assertValue(n, Kpi.REPEAT_RATE, "0.0000");
    }

    @Test
    void allSegmentAndProgramKpisOfFebruary() {
        // 5 orders, 330; customers c1, c2, c3 once each although c3 is in both segments; repeaters c1 and c3
        KpiRow all = month(FEBRUARY, "EUR", Segment.ALL);
        assertValue(all, Kpi.ORDERS, "5");
        assertValue(all, Kpi.REVENUE, "330.00");
        assertValue(all, Kpi.CUSTOMERS, "3");
        assertValue(all, Kpi.AOV, "66.00");
        assertValue(all, Kpi.AOV_CHANGE, "-0.0571");          // (66 - 70) / 70
        assertValue(all, Kpi.AOV_CHANGE_YOY, "-0.2667");      // (66 - 90) / 90
        assertValue(all, Kpi.MARGIN, "0.4643");               // (280 - 150) / 280
        assertValue(all, Kpi.MARGIN_COVERAGE, "0.8485");      // 280 / 330
        assertValue(all, Kpi.MARGIN_CHANGE, "-3.5714");       // (0.464286 - 0.5) x 100
        assertValue(all, Kpi.FREQUENCY, "1.6667");
        assertValue(all, Kpi.REPEAT_RATE, "0.6667");
        assertValue(all, Kpi.AOV_GAP, "10.00");               // 70 - 60
        assertValue(all, Kpi.AOV_UPLIFT, "0.1667");           // 10 / 60
        assertValue(all, Kpi.AOV_GAP_OVER_TOTAL, "0.1515");   // 10 / 66
        assertValue(all, Kpi.MEMBER_SHARE, "0.6364");         // 210 / 330
        assertValue(all, Kpi.MEMBER_SHARE_CHANGE, "63.6364"); // January's share was 0
        assertValue(all, Kpi.MARGIN_GAP, "-6.2500");          // (0.4375 - 0.5) x 100
    }

    @Test
    void membersAtTheEndOfEachPeriodAndNewMembersInIt() {
        // c4 from 10 March to 20 May 2010, c5 from 5 to 25 April 2010
        assertValue(month(LocalDate.of(2010, 3, 1), "EUR", Segment.ALL), Kpi.MEMBERS, "1");
        assertValue(month(LocalDate.of(2010, 3, 1), "EUR", Segment.ALL), Kpi.NEW_MEMBERS, "1");
        assertValue(month(LocalDate.of(2010, 4, 1), "EUR", Segment.ALL), Kpi.MEMBERS, "1");
        assertValue(month(LocalDate.of(2010, 4, 1), "EUR", Segment.ALL), Kpi.NEW_MEMBERS, "1");
        assertValue(month(LocalDate.of(2010, 5, 1), "EUR", Segment.ALL), Kpi.MEMBERS, "0");
        assertValue(row(Granularity.DAY, LocalDate.of(2010, 4, 10), "EUR", Segment.ALL), Kpi.MEMBERS, "2");
        assertUndefined(month(LocalDate.of(2010, 4, 1), "EUR", Segment.MEMBER), Kpi.MEMBERS); // program-level
    }

    @Test
    void orderAt2330UtcOnTheLeapDayIsOnTheFirstOfMarchInRome() {
        KpiRow leapDay = row(Granularity.DAY, LocalDate.of(2024, 2, 29), "EUR", Segment.ALL);
        assertValue(leapDay, Kpi.ORDERS, "1"); // o3 only
        assertUndefined(leapDay, Kpi.AOV_CHANGE_YOY); // there is no 29 February 2023
        KpiRow march = month(MARCH, "EUR", Segment.ALL);
        assertValue(march, Kpi.ORDERS, "1");   // the guest's o4
        assertValue(march, Kpi.CUSTOMERS, "1"); // a guest order is one customer
        assertValue(month(MARCH, "EUR", Segment.NON_MEMBER), Kpi.MARGIN, "0.6667");
        assertValue(march, Kpi.MEMBER_SHARE, "0.0000");
        assertUndefined(month(MARCH, "EUR", Segment.MEMBER), Kpi.AOV);
    }

    @Test
    void ratiosAreUndefinedWithoutOrdersOrKnownCost() {
        KpiRow april = month(LocalDate.of(2024, 4, 1), "EUR", Segment.ALL);
        assertValue(april, Kpi.ORDERS, "0");
        assertValue(april, Kpi.REVENUE, "0.00");
        assertUndefined(april, Kpi.AOV);
        assertUndefined(april, Kpi.MARGIN);
        assertUndefined(april, Kpi.MEMBER_SHARE);
        assertUndefined(april, Kpi.FREQUENCY);
        KpiRow onlyUnknownCost = row(Granularity.DAY, LocalDate.of(2024, 2, 20), "EUR", Segment.MEMBER);
        assertUndefined(onlyUnknownCost, Kpi.MARGIN);
        assertValue(onlyUnknownCost, Kpi.MARGIN_COVERAGE, "0.0000");
    }

    @Test
    void currenciesAreNeverAdded() {
        KpiRow usd = month(FEBRUARY, "USD", Segment.MEMBER);
        assertValue(usd, Kpi.ORDERS, "1");
        assertValue(usd, Kpi.REVENUE, "200.00");
        assertThat(kpis.currencies()).contains("EUR", "USD");
    }

    @Test
    void isoWeek53HasNoYearEarlierWeek() {
        KpiRow week53 = row(Granularity.WEEK, LocalDate.of(2020, 12, 28), "EUR", Segment.ALL);
        assertValue(week53, Kpi.ORDERS, "1");
        assertUndefined(week53, Kpi.AOV_CHANGE_YOY);
    }

    @Test
    void quarterAndYearCountDistinctCustomersExactly() {
        // Q1 2024 in EUR: c1 (o1, o2), c2 (o9, o3), c3 (o5, o6) and the guest: 4 customers, 3 repeaters
        KpiRow quarter = row(Granularity.QUARTER, JANUARY, "EUR", Segment.ALL);
        assertValue(quarter, Kpi.ORDERS, "7");
        assertValue(quarter, Kpi.CUSTOMERS, "4");
        assertValue(quarter, Kpi.REPEAT_RATE, "0.7500");
        assertValue(row(Granularity.YEAR, JANUARY, "EUR", Segment.MEMBER), Kpi.CUSTOMERS, "2");
    }

    @Test
    void rebuildGivesTheSameNumbers() {
        aggregator.rebuild();

        assertValue(month(FEBRUARY, "EUR", Segment.ALL), Kpi.CUSTOMERS, "3");
        assertValue(month(FEBRUARY, "EUR", Segment.ALL), Kpi.REVENUE, "330.00");
        assertValue(row(Granularity.QUARTER, JANUARY, "EUR", Segment.ALL), Kpi.REPEAT_RATE, "0.7500");
    }

    @Test
    void exportsTheFormatOfKpisMd() throws Exception {
        StringBuilder csv = new StringBuilder();
        KpiCsv.write(kpis.query(new KpiQuery(FEBRUARY, FEBRUARY, Granularity.MONTH, "EUR")), csv);

        String[] lines = csv.toString().split("\n");
        assertThat(lines[0]).isEqualTo("period_start,period,segment,currency,orders,revenue,customers,aov,aov_change,"
                + "aov_change_yoy,aov_gap,aov_uplift,aov_gap_over_total,member_share,member_share_change,margin,"
                + "margin_coverage,margin_gap,margin_change,frequency,repeat_rate,members,new_members,invitations,"
                + "response_rate,answers,csat,csi,csi_margin,csi_change,nps_answers,nps,nps_margin,nps_change,"
                + "follow_ups_opened,follow_ups_closed,follow_up_median_hours,csi_weighted,csi_weighted_margin,"
                + "response_rate_checkout,response_rate_wave");
        // no survey in February 2024: counts 0, every satisfaction score, the median time to close, the weighted index
        // and the response rates undefined
        assertThat(lines[1]).isEqualTo("2024-02-01,MONTH,MEMBER,EUR,3,210.00,2,70.00,,,,,,,,0.4375,0.7619,,,1.5000,0.5000,,,"
                + "0,,0,,,,,0,,,,0,0,,,,,");
        assertThat(lines[3]).startsWith("2024-02-01,MONTH,ALL,EUR,5,330.00,3,66.00,-0.0571,-0.2667,10.00,0.1667,0.1515,"
                + "0.6364,63.6364,0.4643,0.8485,-6.2500,-3.5714,1.6667,0.6667,"); // then members, new_members
    }

    @Test
    void aCustomRangeReportsWholePeriods() {
        KpiTable table = kpis.query(new KpiQuery(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 3, 10), Granularity.MONTH, "EUR"));

        assertThat(table.rows()).hasSize(9);
        assertThat(table.rows().get(0).start()).isEqualTo(JANUARY);
        assertThat(table.rows().get(8).end()).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    private ImportReport importCsv(String csv, boolean memberships) {
        ByteArrayInputStream in = new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
        return memberships ? shop.bean("lkMembershipsImport", MembershipsImport.class).importMemberships(in, false)
                : shop.bean("lkOrdersImport", OrdersImport.class).importOrders(in, false);
    }

    private KpiRow month(LocalDate start, String currency, Segment segment) {
        return row(Granularity.MONTH, start, currency, segment);
    }

    private KpiRow row(Granularity granularity, LocalDate start, String currency, Segment segment) {
        return kpis.query(new KpiQuery(start, start, granularity, currency)).row(start, segment);
    }
}
