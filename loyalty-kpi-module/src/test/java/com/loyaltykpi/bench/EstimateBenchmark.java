package com.loyaltykpi.bench;

import com.loyaltykpi.core.incrementality.Estimate;
import com.loyaltykpi.core.incrementality.EstimateRequest;
import com.loyaltykpi.it.TestDatabase;

import com.zaxxer.hikari.HikariDataSource;

import java.util.Locale;

/**
 * Measures the incremental-revenue estimate (cohorts, event study, placebo, 1,000 bootstrap resamples) on the KPI
 * engine benchmark's synthetic shop, against reading the same rows with plain JDBC (the floor any estimate from
 * the facts has). Five runs per size after one to warm up.
 *
 * <p>Run: {@code mvn -Pbenchmark-estimate -pl loyalty-kpi-module -DskipTests verify -Dloyalty.bench.db=postgresql
 * -Dloyalty.bench.sizes=1000000,10000000}.
 */
public final class EstimateBenchmark {

    private static final int RUNS = 5;

    private EstimateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        SizedReport.run("estimate", "| facts | members | enrolled in range | estimated | comparisons | read the rows s (median) "
                + "| estimate s (median) | min | max |", EstimateBenchmark::run);
    }

    private static String run(TestDatabase database, int facts) throws Exception {
        try (BenchDatabase db = BenchDatabase.create(database)) {
            HikariDataSource dataSource = db.dataSource();
            KpiEngine engine = new KpiEngine(dataSource);
            SyntheticFacts synthetic = new SyntheticFacts(20261123L, facts);
            synthetic.load(dataSource);
            db.analyze();
            EstimateRequest request = new EstimateRequest(SyntheticFacts.LAUNCH, SyntheticFacts.LAST_ENROLMENT, "EUR");
            Estimate[] estimate = new Estimate[1];
            engine.incrementalRevenue.estimate(request);
            double[] read = new double[RUNS];
            double[] seconds = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                read[i] = Timing.seconds(() -> readRows(engine));
                seconds[i] = Timing.seconds(() -> estimate[0] = engine.incrementalRevenue.estimate(request));
            }
            System.out.println(estimate[0]);
            return String.format(Locale.ROOT, "| %,d | %,d | %,d | %,d | %,d | %.2f | %.2f | %.2f | %.2f |", facts,
                    synthetic.members(), estimate[0].analysed(), estimate[0].matched(), estimate[0].comparisons(),
                    Timing.percentile(read, 0.5), Timing.percentile(seconds, 0.5), Timing.percentile(seconds, 0),
                    Timing.percentile(seconds, 1));
        }
    }

    /** The rows the estimate reads, read and summed with plain JDBC in one transaction, streamed. */
    private static long readRows(KpiEngine engine) {
        long[] sum = new long[1];
        engine.newTransaction.execute(status -> {
            org.springframework.jdbc.core.JdbcTemplate streaming = new org.springframework.jdbc.core.JdbcTemplate(engine.jdbc.getDataSource());
            streaming.setFetchSize(10000);
            streaming.query("SELECT CUSTOMER_ID, SUBMITTED_AT, REVENUE, COST_KNOWN_REVENUE, COST FROM LK_ORDER_FACT "
                    + "WHERE STATUS = 'SUBMITTED' AND CURRENCY = 'EUR' AND CUSTOMER_ID IN (SELECT CUSTOMER_ID FROM LK_MEMBERSHIP)",
                    (java.sql.ResultSet rs) -> {
                        sum[0] += rs.getLong(2) + rs.getString(1).length() + rs.getBigDecimal(3).signum();
                    });
            return null;
        });
        return sum[0];
    }
}
