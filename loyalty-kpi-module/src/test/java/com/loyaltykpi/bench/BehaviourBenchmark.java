package com.loyaltykpi.bench;

import com.loyaltykpi.core.behaviour.BehaviourModels;
import com.loyaltykpi.core.behaviour.BehaviourSegment;
import com.loyaltykpi.core.behaviour.BehaviourStore;
import com.loyaltykpi.core.behaviour.BehaviourUpdates;
import com.loyaltykpi.core.behaviour.CurrencyModel;
import com.loyaltykpi.core.cohorts.RetentionCohorts;
import com.loyaltykpi.core.offers.Audience;
import com.loyaltykpi.core.offers.OfferGroups;
import com.loyaltykpi.core.offers.OfferPolicy;
import com.loyaltykpi.core.offers.OfferPolicyStore;
import com.loyaltykpi.core.offers.OfferRule;
import com.loyaltykpi.core.rollup.Aggregator;
import com.loyaltykpi.core.settings.ClusterLock;
import com.loyaltykpi.core.settings.SettingsStore;
import com.loyaltykpi.it.TestDatabase;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

/**
 * Measures the behaviour models (every customer's history, scores, segment, both fits, 52-week predictions, the honest
 * check and the write of every row) on the KPI engine benchmark's synthetic shop (one customer per ten facts), as on
 * the day after its last order, against reading the same rows with plain JDBC (the floor of any computation from the
 * facts). Three runs per size after one to warm up. Then, once each, the retention cohorts, and the offer groups of a
 * win-back policy (the first assignment, the daily one when nothing changed, the first telling of the platform), and
 * the update between two computations: 1,000 new orders of the last day recorded, then their customers scored alone,
 * their groups assigned and the platform told; and an update that finds nothing changed.
 *
 * <p>Run: {@code mvn -Pbenchmark-behaviour -pl loyalty-kpi-module -DskipTests verify -Dloyalty.bench.db=postgresql
 * -Dloyalty.bench.sizes=1000000,10000000}.
 */
public final class BehaviourBenchmark {

    private static final int RUNS = 3;

    private BehaviourBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        SizedReport.run("behaviour", "| facts | customers modelled | fitted | read the rows s (median) | models s (median) "
                + "| min | max | cohorts s | in offer groups | first assignment s | unchanged assignment s (median) "
                + "| telling the platform s | orders since the last update | customers updated | update with groups s "
                + "| update without changes s |", BehaviourBenchmark::run);
    }

    private static String run(TestDatabase database, int facts) throws Exception {
        try (BenchDatabase db = BenchDatabase.create(database)) {
            HikariDataSource dataSource = db.dataSource();
            KpiEngine engine = new KpiEngine(dataSource);
            new SyntheticFacts(20261123L, facts).load(dataSource);
            db.analyze();
            Clock dayAfter = Clock.fixed(SyntheticFacts.LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                    ZoneOffset.UTC);
            BehaviourModels models = new BehaviourModels(engine.jdbc, new BehaviourStore(engine.jdbc), engine.timeZone,
                    new ClusterLock(engine.jdbc, Aggregator.LOCK), engine.newTransaction, dayAfter);
            List<CurrencyModel> computed = models.refresh();
            double[] read = new double[RUNS];
            double[] seconds = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                read[i] = Timing.seconds(() -> readRows(engine.jdbc));
                seconds[i] = Timing.seconds(models::refresh);
            }
            int customers = 0;
            StringBuilder fitted = new StringBuilder();
            for (CurrencyModel model : computed) {
                customers += model.customers().size();
                fitted.append(fitted.length() == 0 ? "" : ", ").append(model.currency()).append(' ')
                        .append(model.purchases().fitted() && model.spend().fitted() ? "yes" : "no")
                        .append(model.check().trusted() ? " (trusted)" : " (not trusted)");
            }
            double cohorts = Timing.seconds(new RetentionCohorts(engine.jdbc, engine.timeZone, engine.newTransaction)::refresh);
            long[] told = new long[1];
            OfferGroups groups = winBack(engine, dayAfter, told);
            String groupCells = offerGroups(groups, told);
            return String.format(Locale.ROOT, "| %,d | %,d | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %s | %s |", facts,
                    customers, fitted, Timing.percentile(read, 0.5), Timing.percentile(seconds, 0.5),
                    Timing.percentile(seconds, 0), Timing.percentile(seconds, 1), cohorts, groupCells,
                    updates(engine, dataSource, groups, facts));
        }
    }

    /**
     * The offer groups of a win-back policy (at-risk and cannot-lose customers in euros, at-risk in dollars, 10% held
     * out), telling a platform that only counts ({@code told}).
     */
    private static OfferGroups winBack(KpiEngine engine, Clock clock, long[] told) {
        OfferPolicyStore policies = new OfferPolicyStore(engine.jdbc, new SettingsStore(engine.jdbc));
        policies.save(new OfferPolicy(Arrays.asList(
                new OfferRule("WINBACK", BehaviourSegment.AT_RISK, Audience.ALL, "EUR", null, null),
                new OfferRule("WINBACK", BehaviourSegment.CANNOT_LOSE, Audience.ALL, "EUR", null, null),
                new OfferRule("WINBACK", BehaviourSegment.AT_RISK, Audience.ALL, "USD", null, null)), 0.10));
        return new OfferGroups(engine.jdbc, policies, new ClusterLock(engine.jdbc, Aggregator.LOCK),
                engine.newTransaction, clock, byCustomer -> told[0] += byCustomer.size());
    }

    /**
     * The first assignment (every customer of the policy enters), then the daily one when nothing changed (three
     * runs), and the first telling of the platform; cells of the report's row.
     */
    private static String offerGroups(OfferGroups groups, long[] told) throws Exception {
        int[] entered = new int[1];
        double first = Timing.seconds(() -> entered[0] = groups.assign().entered());
        double[] unchanged = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            unchanged[i] = Timing.seconds(groups::assign);
        }
        double publish = Timing.seconds(groups::publish);
        if (told[0] != entered[0]) {
            throw new IllegalStateException("told " + told[0] + " customers of " + entered[0]);
        }
        return String.format(Locale.ROOT, "%,d | %.2f | %.2f | %.2f", entered[0], first,
                Timing.percentile(unchanged, 0.5), publish);
    }

    /**
     * The update between two computations, today: the orders recorded since the last update (1,000 new ones of the
     * last day, as the module's writer records them) and their customers scored alone, their groups assigned and the
     * platform told; then an update that finds nothing changed. Cells of the report's row.
     */
    private static String updates(KpiEngine engine, DataSource dataSource, OfferGroups groups, int facts)
            throws Exception {
        SettingsStore settings = new SettingsStore(engine.jdbc);
        BehaviourUpdates updates = new BehaviourUpdates(engine.jdbc, new BehaviourStore(engine.jdbc), settings,
                engine.timeZone, new ClusterLock(engine.jdbc, Aggregator.LOCK), engine.newTransaction, Clock.systemUTC());
        settings.put(BehaviourUpdates.SEEN_TO, String.valueOf(System.currentTimeMillis() + BehaviourUpdates.OVERLAP_MILLIS));
        int orders = 1000;
        new SyntheticFacts(20261202L, facts).addRecentOrders(dataSource, engine, "update-", orders);
        int[] updated = new int[1];
        double withGroups = Timing.seconds(() -> {
            Set<String> changed = updates.update();
            updated[0] = changed.size();
            groups.assign(changed);
            return groups.publish();
        });
        double[] nothing = new double[RUNS];
        for (int i = 0; i < RUNS; i++) { // each as if the last update were more than its overlap ago
            settings.put(BehaviourUpdates.SEEN_TO, String.valueOf(System.currentTimeMillis()
                    + BehaviourUpdates.OVERLAP_MILLIS));
            nothing[i] = Timing.seconds(updates::update);
        }
        if (updated[0] == 0) {
            throw new IllegalStateException("the update found none of the " + orders + " new orders' customers");
        }
        return String.format(Locale.ROOT, "%,d | %,d | %.2f | %.3f", orders, updated[0], withGroups,
                Timing.percentile(nothing, 0.5));
    }

    /** The rows the models read, read with plain JDBC in one transaction, streamed in the same order. */
    private static long readRows(JdbcTemplate jdbc) {
        long[] sum = new long[1];
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(10000);
        new org.springframework.transaction.support.TransactionTemplate(
                new org.springframework.jdbc.datasource.DataSourceTransactionManager(jdbc.getDataSource())).execute(s -> {
                    streaming.query("SELECT CUSTOMER_ID, CURRENCY, SUBMITTED_AT, REVENUE FROM LK_ORDER_FACT WHERE "
                            + "CUSTOMER_ID IS NOT NULL AND STATUS = 'SUBMITTED' ORDER BY CUSTOMER_ID, SUBMITTED_AT",
                            (ResultSet rs) -> {
                                sum[0] += rs.getLong(3) + rs.getString(1).length() + rs.getBigDecimal(4).signum();
                            });
                    return null;
                });
        return sum[0];
    }
}
