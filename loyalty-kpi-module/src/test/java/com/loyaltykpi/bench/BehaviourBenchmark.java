package com.loyaltykpi.bench;

import com.loyaltykpi.core.behaviour.BehaviourModels;
import com.loyaltykpi.core.behaviour.BehaviourStore;
import com.loyaltykpi.core.behaviour.CurrencyModel;
import com.loyaltykpi.core.settings.ClusterLock;
import com.loyaltykpi.core.rollup.Aggregator;
import com.loyaltykpi.it.TestDatabase;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Measures the behaviour models (every customer's history, scores, segment, both fits, 52-week predictions, the honest
 * check and the write of every row) on the KPI engine benchmark's synthetic shop (one customer per ten facts), as on
 * the day after its last order, against reading the same rows with plain JDBC (the floor of any computation from the
 * facts). Three runs per size after one to warm up.
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
                + "| min | max |", BehaviourBenchmark::run);
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
            return String.format(Locale.ROOT, "| %,d | %,d | %s | %.2f | %.2f | %.2f | %.2f |", facts, customers,
                    fitted, Timing.percentile(read, 0.5), Timing.percentile(seconds, 0.5),
                    Timing.percentile(seconds, 0), Timing.percentile(seconds, 1));
        }
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
