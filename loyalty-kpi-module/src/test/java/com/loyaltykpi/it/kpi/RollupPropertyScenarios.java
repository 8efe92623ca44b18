package com.loyaltykpi.it.kpi;

import com.loyaltykpi.core.capture.FactStatus;
import com.loyaltykpi.core.capture.OrderFact;
import com.loyaltykpi.core.imports.ImportReport;
import com.loyaltykpi.core.imports.MembershipsImport;
import com.loyaltykpi.core.imports.OrdersImport;
import com.loyaltykpi.core.period.BusinessCalendar;
import com.loyaltykpi.core.period.Granularity;
import com.loyaltykpi.core.kpi.KpiQuery;
import com.loyaltykpi.core.period.Measures;
import com.loyaltykpi.core.period.Segment;
import com.loyaltykpi.core.rollup.Aggregator;
import com.loyaltykpi.core.rollup.RollupKey;
import com.loyaltykpi.core.rollup.RollupStore;
import com.loyaltykpi.core.settings.ShopTimeZone;
import com.loyaltykpi.it.ShopScenarios;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: for random fact sets (members and not, guests, cancellations, corrections) and random ranges, the
 * measures read from the rollups equal the measures recomputed directly from the facts, after incremental
 * aggregation and after a rebuild, in a random time zone. KPIs are functions of these measures (KpiCalculator,
 * checked by hand in KpiScenarios), so equal measures mean equal KPIs. Each repetition has its own seed and its
 * own currency, so repetitions do not see each other's facts.
 */
public abstract class RollupPropertyScenarios extends ShopScenarios {

    private static final long SEED = 20261123L;
    private static final String[] CURRENCIES = {"CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "JPY", "CAD", "AUD",
        "NZD", "SGD"};
    private static final String[] ZONES = {"UTC", "Europe/Rome", "America/New_York", "Asia/Kolkata", "Pacific/Chatham"};
    private static final Instant FROM = Instant.parse("2023-06-01T00:00:00Z");
    private static final long SPAN_MILLIS = 500L * 24 * 3600 * 1000;

    @RepeatedTest(12)
    void rollupsEqualAStraightRecomputationFromTheFacts(RepetitionInfo repetition) {
        long seed = SEED + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        String currency = CURRENCIES[repetition.getCurrentRepetition() - 1];
        String run = "prop-" + seed + "-";
        ZoneId zone = ZoneId.of(ZONES[random.nextInt(ZONES.length)]);
        shop.bean("lkShopTimeZone", ShopTimeZone.class).change(zone);
        Aggregator aggregator = shop.bean("lkAggregator", Aggregator.class);

        importCsv(memberships(run, random), true);
        String orders = orders(run, currency, random, 20 + random.nextInt(150));
        importCsv(orders, false);
        aggregator.aggregate();
        importCsv(corrections(orders, random), false); // cancellations and new amounts after the first rollup
        aggregator.aggregate();
        assertRollupsMatchFacts(run, currency, zone, random, "seed " + seed + ", incremental");

        aggregator.rebuild();
        assertRollupsMatchFacts(run, currency, zone, random, "seed " + seed + ", rebuilt");
    }

    private void assertRollupsMatchFacts(String run, String currency, ZoneId zone, Random random, String what) {
        List<OrderFact> all = facts.ofCustomers(OrdersImport.ORIGIN, customers(run));
        all.addAll(guestFacts(run));
        BusinessCalendar calendar = new BusinessCalendar(zone);
        for (int i = 0; i < 4; i++) {
            Granularity granularity = Granularity.values()[random.nextInt(Granularity.values().length)];
            LocalDate a = calendar.dayOf(FROM.plusMillis((long) (random.nextDouble() * SPAN_MILLIS)));
            LocalDate b = a.plusDays(random.nextInt(200));
            KpiQuery range = new KpiQuery(a, b, granularity, currency);
            Map<RollupKey, Measures> stored = shop.bean("lkRollupStore", RollupStore.class)
                    .read(granularity, currency, range.periodStarts());
            for (LocalDate start : range.periodStarts()) {
                for (Segment segment : Segment.values()) {
                    Measures expected = recompute(all, calendar, granularity, start, segment, currency);
                    Measures actual = stored.get(new RollupKey(granularity, start, segment, currency));
                    String where = what + ", " + granularity + " " + start + " " + segment + " in " + zone;
                    assertSame(actual == null ? new Measures() : actual, expected, where);
                }
            }
        }
    }

    private static void assertSame(Measures actual, Measures expected, String where) {
        assertThat(actual.orders()).as("orders, " + where).isEqualTo(expected.orders());
        assertThat(actual.guestOrders()).as("guest orders, " + where).isEqualTo(expected.guestOrders());
        assertThat(actual.revenue()).as("revenue, " + where).isEqualByComparingTo(expected.revenue());
        assertThat(actual.cost()).as("cost, " + where).isEqualByComparingTo(expected.cost());
        assertThat(actual.costKnownRevenue()).as("cost-known revenue, " + where).isEqualByComparingTo(expected.costKnownRevenue());
        assertThat(actual.customers()).as("customers, " + where).isEqualTo(expected.customers());
        assertThat(actual.repeatCustomers()).as("repeat customers, " + where).isEqualTo(expected.repeatCustomers());
    }

    /** The measures of one period and segment, straight from the facts: a loop, a set, nothing shared with the engine. */
    private static Measures recompute(List<OrderFact> all, BusinessCalendar calendar, Granularity granularity,
                                      LocalDate start, Segment segment, String currency) {
        long orders = 0;
        long guests = 0;
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal known = BigDecimal.ZERO;
        Map<String, Integer> perCustomer = new HashMap<String, Integer>();
        for (OrderFact fact : all) {
            boolean inSegment = segment == Segment.ALL || (segment == Segment.MEMBER) == fact.member();
            if (fact.status() != FactStatus.SUBMITTED || !inSegment
                    || !fact.revenue().currency().getCurrencyCode().equals(currency)
                    || !granularity.start(calendar.dayOf(fact.submittedAt())).equals(start)) {
                continue;
            }
            orders++;
            revenue = revenue.add(fact.revenue().amount());
            cost = cost.add(fact.cost().amount());
            known = known.add(fact.costKnownRevenue().amount());
            if (fact.guest()) {
                guests++;
            } else {
                Integer n = perCustomer.get(fact.customerId());
                perCustomer.put(fact.customerId(), n == null ? 1 : n + 1);
            }
        }
        long repeaters = 0;
        for (int n : perCustomer.values()) {
            repeaters += n >= 2 ? 1 : 0;
        }
        return new Measures(orders, guests, revenue, cost, known, perCustomer.size(), repeaters);
    }

    private static String memberships(String run, Random random) {
        StringBuilder csv = new StringBuilder("customer_id,enrolled_at,left_at,source\n");
        for (int c = 0; c < 12; c++) {
            if (random.nextBoolean()) {
                Instant enrolled = FROM.plusMillis((long) (random.nextDouble() * SPAN_MILLIS));
                Instant left = random.nextBoolean() ? enrolled.plusMillis((long) (random.nextDouble() * SPAN_MILLIS / 3)) : null;
                csv.append(run).append('c').append(c).append(',').append(enrolled).append(',')
                        .append(left == null ? "" : left.toString()).append(",\n");
            }
        }
        return csv.toString();
    }

    private static String orders(String run, String currency, Random random, int count) {
        int scale = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        StringBuilder csv = new StringBuilder("order_id,customer_id,submitted_at,currency,revenue,cost,status\n");
        for (int o = 0; o < count; o++) {
            String customer = random.nextInt(100) < 15 ? "" : run + "c" + random.nextInt(12);
            Instant at = FROM.plusMillis((long) (random.nextDouble() * SPAN_MILLIS));
            BigDecimal revenue = BigDecimal.valueOf(random.nextInt(50000), 2).setScale(scale, RoundingMode.HALF_EVEN);
            String cost = random.nextInt(4) == 0 ? "" : revenue.multiply(BigDecimal.valueOf(random.nextInt(90), 2))
                    .setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
            String status = random.nextInt(10) == 0 ? "CANCELLED" : "SUBMITTED";
            csv.append(run).append('o').append(o).append(',').append(customer).append(',').append(at).append(',')
                    .append(currency).append(',').append(revenue.toPlainString()).append(',').append(cost).append(',')
                    .append(status).append('\n');
        }
        return csv.toString();
    }

    /** Some rows again: cancelled, or with a doubled amount. */
    private static String corrections(String orders, Random random) {
        String[] lines = orders.split("\n");
        StringBuilder csv = new StringBuilder(lines[0]).append('\n');
        for (int i = 1; i < lines.length; i++) {
            int dice = random.nextInt(6);
            String[] f = lines[i].split(",", -1);
            if (dice == 0) {
                f[6] = "CANCELLED";
            } else if (dice == 1) {
                f[4] = new BigDecimal(f[4]).multiply(BigDecimal.valueOf(2)).toPlainString();
                f[5] = "";
            } else {
                continue;
            }
            csv.append(String.join(",", f)).append('\n');
        }
        return csv.toString();
    }

    private static Set<String> customers(String run) {
        Set<String> customers = new HashSet<String>();
        for (int c = 0; c < 12; c++) {
            customers.add(run + "c" + c);
        }
        return customers;
    }

    private List<OrderFact> guestFacts(String run) {
        List<String> ids = shop.jdbc().queryForList("SELECT ORDER_ID FROM LK_ORDER_FACT WHERE ORIGIN = ? AND CUSTOMER_ID IS NULL "
                + "AND ORDER_ID LIKE ?", String.class, OrdersImport.ORIGIN, run + "%");
        return new ArrayList<OrderFact>(facts.findAll(OrdersImport.ORIGIN, ids).values());
    }

    private void importCsv(String csv, boolean memberships) {
        ByteArrayInputStream in = new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
        ImportReport report = memberships
                ? shop.bean("lkMembershipsImport", MembershipsImport.class).importMemberships(in, false)
                : shop.bean("lkOrdersImport", OrdersImport.class).importOrders(in, false);
        assertThat(report.applied()).as(report.toString()).isTrue();
    }
}
