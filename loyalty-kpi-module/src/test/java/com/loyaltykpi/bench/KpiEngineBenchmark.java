package com.loyaltykpi.bench;

import com.loyaltykpi.core.imports.ImportReport;
import com.loyaltykpi.core.incrementality.Estimate;
import com.loyaltykpi.core.incrementality.EstimateRequest;
import com.loyaltykpi.core.period.Granularity;
import com.loyaltykpi.core.kpi.KpiCache;
import com.loyaltykpi.core.kpi.KpiQuery;
import com.loyaltykpi.core.kpi.KpiService;
import com.loyaltykpi.core.repurchase.Repurchases;
import com.loyaltykpi.core.kpi.KpiTable;
import com.loyaltykpi.core.rollup.AggregationReport;
import com.loyaltykpi.core.support.SqlDialect;
import com.loyaltykpi.it.TestDatabase;

import com.zaxxer.hikari.HikariDataSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * Measures the KPI engine on synthetic facts at several sizes, on one database: full rollup rebuild against one
 * plain SQL GROUP BY over the same facts; the incremental update after 10,000 new orders; a dashboard query (two
 * years, monthly, one currency) uncached, cached, and computed directly from the facts; the incremental-revenue
 * estimate; the CSV import. The engine runs as the module wires it, without Broadleaf around it.
 *
 * <p>Run: {@code mvn -Pbenchmark-kpi -pl loyalty-kpi-module -DskipTests verify -Dloyalty.bench.db=postgresql
 * -Dloyalty.bench.sizes=100000,1000000,10000000}.
 */
public final class KpiEngineBenchmark {

    private static final int QUERY_RUNS = 50;
    /**
     * Runs of the reference query from the facts ({@code -Dloyalty.bench.directRuns}, 10): 20 s each at 10M facts on
     * PostgreSQL, so fewer than the others (the p95 of so few is about their maximum).
     */
    private static final int DIRECT_RUNS = Integer.getInteger("loyalty.bench.directRuns", 10);

    private KpiEngineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        SizedReport.run("kpi", "| facts | customers | members | load s | GROUP BY s | rebuild s | rebuild / GROUP BY | "
                + "10,000 new orders s | dashboard p95 uncached ms | cached ms | from facts ms | estimate s (members) | import rows/s | memberships import rows/s (orders re-stamped) | after answering p95 s (answers) |",
                KpiEngineBenchmark::run);
    }

    private static String run(TestDatabase database, int facts) throws Exception {
        try (BenchDatabase db = BenchDatabase.create(database)) {
            HikariDataSource dataSource = db.dataSource();
            KpiEngine engine = new KpiEngine(dataSource);
            SyntheticFacts synthetic = new SyntheticFacts(20261123L, facts);
            double load = Timing.seconds(() -> synthetic.load(dataSource));
            db.analyze();
            String utcDay = SqlDialect.of(engine.jdbc).wholeQuotient("SUBMITTED_AT", 86400000L);
            double groupBy = Timing.seconds(() -> engine.jdbc.queryForList("SELECT CURRENCY, IS_MEMBER, " + utcDay + " AS D, "
                    + "COUNT(*), SUM(REVENUE), SUM(COST), SUM(COST_KNOWN_REVENUE) FROM LK_ORDER_FACT WHERE STATUS = 'SUBMITTED' "
                    + "GROUP BY CURRENCY, IS_MEMBER, " + utcDay).size());
            double rebuild = Timing.seconds(() -> engine.aggregator.rebuild());
            db.analyze();
            synthetic.addRecentOrders(dataSource, engine, "warm", 1000); // the incremental path compiled, as in a running shop
            engine.aggregator.aggregate();
            synthetic.addRecentOrders(dataSource, engine, "new", 10000);
            double incremental = Timing.seconds(() -> {
                AggregationReport r = engine.aggregator.aggregate();
                if (r.count() != 10000) {
                    throw new IllegalStateException("expected 10000 changes, applied " + r);
                }
                return r;
            });
            KpiQuery dashboard = new KpiQuery(SyntheticFacts.FIRST_DAY, SyntheticFacts.LAST_DAY, Granularity.MONTH, "EUR");
            double uncached = p95(() -> engine.kpiService(new NoCache()).query(dashboard));
            KpiService cachedService = engine.kpiService(new MapCache());
            cachedService.query(dashboard);
            double cached = p95(() -> cachedService.query(dashboard));
            double direct = Timing.p95(DIRECT_RUNS, () -> directFromFacts(engine, dashboard));
            Estimate[] estimate = new Estimate[1];
            double estimateSeconds = Timing.seconds(() -> estimate[0] = engine.incrementalRevenue.estimate(
                    new EstimateRequest(SyntheticFacts.LAUNCH, SyntheticFacts.LAST_ENROLMENT, "EUR")));
            int answers = answerOnePerTenCustomers(engine);
            double afterAnswering = Timing.p95(5, () -> new Repurchases(engine.jdbc, engine.dataVersion, engine.clock).of(
                    SyntheticFacts.FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    SyntheticFacts.LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), "EUR")) / 1000;
            byte[] csv = synthetic.ordersCsv(100000);
            ImportReport[] imported = new ImportReport[1];
            double importSeconds = Timing.seconds(() -> imported[0] = engine.ordersImport.importOrders(new ByteArrayInputStream(csv), false));
            if (imported[0].imported() != 100000) {
                throw new IllegalStateException("import: " + imported[0]);
            }
            StringBuilder membershipsCsv = new StringBuilder();
            int enrolments = synthetic.membershipsCsv(200000, membershipsCsv);
            byte[] memberships = membershipsCsv.toString().getBytes(StandardCharsets.UTF_8);
            ImportReport[] enrolled = new ImportReport[1];
            double membershipSeconds = Timing.seconds(() -> enrolled[0] = engine.membershipsImport.importMemberships(
                    new ByteArrayInputStream(memberships), false));
            if (enrolled[0].imported() != enrolments) {
                throw new IllegalStateException("memberships import: " + enrolled[0]);
            }
            return String.format(Locale.ROOT, "| %,d | %,d | %,d | %.1f | %.2f | %.2f | %.1fx | %.2f | %.1f | %.3f | %.1f | %.2f (%,d analysed) | %,.0f | %,.0f (%,d) | %.2f (%,d) |",
                    facts, synthetic.customers(), synthetic.members(), load, groupBy, rebuild, rebuild / groupBy, incremental,
                    uncached, cached, direct, estimateSeconds, estimate[0].analysed(), 100000 / importSeconds,
                    enrolments / membershipSeconds, enrolled[0].restamped(), afterAnswering, answers);
        }
    }

    /**
     * One survey answer from every tenth registered customer, a day after their first order, with a recommendation
     * score: what "after answering" reads (each answer's 90 days of the customer's orders). Returns the answers.
     */
    private static int answerOnePerTenCustomers(KpiEngine engine) {
        List<Map<String, Object>> firsts = engine.jdbc.queryForList("SELECT CUSTOMER_ID, MIN(SUBMITTED_AT) AS FIRST_AT "
                + "FROM LK_ORDER_FACT WHERE CUSTOMER_ID IS NOT NULL GROUP BY CUSTOMER_ID ORDER BY CUSTOMER_ID");
        Random random = new Random(90);
        List<Object[]> rows = new ArrayList<Object[]>();
        for (int i = 0; i < firsts.size(); i += 10) {
            Map<String, Object> first = firsts.get(i);
            rows.add(new Object[] {-1L - i, ((Number) first.get("FIRST_AT")).longValue() + 86400000L,
                i % 3 == 0 ? "MEMBER" : "NON_MEMBER", first.get("CUSTOMER_ID"), 1 + random.nextInt(5), random.nextInt(11)});
        }
        engine.jdbc.batchUpdate("INSERT INTO LK_SURVEY_ANSWER (INVITATION_ID, ANSWERED_AT, CHANNEL, SEGMENT, CUSTOMER_ID, "
                + "SATISFACTION, RECOMMEND) VALUES (?, ?, 'LINK', ?, ?, ?, ?)", rows);
        return rows.size();
    }

    /** The dashboard's figures straight from the facts: orders, revenue and distinct customers per month and segment. */
    private static int directFromFacts(KpiEngine engine, KpiQuery query) {
        int rows = 0;
        for (LocalDate start : query.periodStarts()) {
            rows += engine.jdbc.queryForList("SELECT IS_MEMBER, COUNT(*), SUM(REVENUE), SUM(COST), SUM(COST_KNOWN_REVENUE), "
                    + "COUNT(DISTINCT CUSTOMER_ID) FROM LK_ORDER_FACT WHERE STATUS = 'SUBMITTED' AND CURRENCY = ? "
                    + "AND SUBMITTED_AT >= ? AND SUBMITTED_AT < ? GROUP BY IS_MEMBER", query.currency(),
                    engine.calendar().startOf(start).toEpochMilli(),
                    engine.calendar().startOf(Granularity.MONTH.plus(start, 1)).toEpochMilli()).size();
        }
        return rows;
    }

    /** The 95th percentile of {@value #QUERY_RUNS} runs, in milliseconds. */
    private static double p95(Callable<?> work) throws Exception {
        return Timing.p95(QUERY_RUNS, work);
    }

    private static final class MapCache implements KpiCache {
        private final Map<Object, KpiTable> tables = new HashMap<Object, KpiTable>();

        @Override
        public KpiTable get(Object key) {
            return tables.get(key);
        }

        @Override
        public void put(Object key, KpiTable table) {
            tables.put(key, table);
        }
    }
}
