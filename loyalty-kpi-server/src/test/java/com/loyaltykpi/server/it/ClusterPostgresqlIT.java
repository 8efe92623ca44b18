package com.loyaltykpi.server.it;

import com.loyaltykpi.core.kpi.KpiCsv;
import com.loyaltykpi.core.kpi.KpiQuery;
import com.loyaltykpi.core.kpi.KpiService;
import com.loyaltykpi.core.period.Granularity;
import com.loyaltykpi.core.rollup.Aggregator;
import com.loyaltykpi.it.TestDatabase;
import com.loyaltykpi.server.LoyaltyServer;
import com.loyaltykpi.server.apikey.ApiKeys;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two server instances on one PostgreSQL database, as two nodes behind a load balancer: the same batches sent to
 * both at once (replays included), both aggregating at the same time. Every order is counted once, and the KPI tables
 * kept by the two equal a rebuild from the facts.
 */
class ClusterPostgresqlIT {

    static final int BATCHES = 24;
    static final int BATCH = 250;

    @Test
    void twoInstancesShareTheWorkAndCountEveryOrderOnce() throws Exception {
        TestDatabase pg = TestDatabase.POSTGRESQL;
        String url = ServerDatabases.create(pg);
        String[] settings = {"--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username="
                + pg.user(), "--loyalty.scheduling=false", "--loyalty.data-dir=target/loyalty-data"};
        try (ConfigurableApplicationContext a = SpringApplication.run(LoyaltyServer.class, settings);
             ConfigurableApplicationContext b = SpringApplication.run(LoyaltyServer.class, settings)) {
            String key = a.getBean(ApiKeys.class).issue("shop", "shop").secret();
            ServerClient toA = new ServerClient(port(a), key);
            ServerClient toB = new ServerClient(port(b), key);
            ExecutorService pool = Executors.newFixedThreadPool(6);
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < BATCHES; i++) {
                String batch = batch(i);
                // each batch to both instances at once: one writes it, the other finds it written (or waits its turn)
                work.add(pool.submit(() -> assertThat(toA.post("/api/v1/orders", batch).status()).isEqualTo(200)));
                work.add(pool.submit(() -> assertThat(toB.post("/api/v1/orders", batch).status()).isEqualTo(200)));
                if (i % 4 == 0) {
                    work.add(pool.submit(() -> a.getBean(Aggregator.class).aggregate()));
                    work.add(pool.submit(() -> b.getBean(Aggregator.class).aggregate()));
                }
            }
            for (Future<?> f : work) {
                f.get();
            }
            pool.shutdown();
            a.getBean(Aggregator.class).aggregate();

            JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM LK_ORDER_FACT", Long.class))
                    .isEqualTo((long) BATCHES * BATCH);
            // the rollups both instances kept, change by change, against a rebuild from the facts
            KpiQuery year = new KpiQuery(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), Granularity.MONTH, "EUR");
            String kept = csv(b.getBean(KpiService.class), year);
            assertThat(toB.kpi("2025-03", "ALL", "orders")).isPositive();
            a.getBean(Aggregator.class).rebuild();
            assertThat(csv(a.getBean(KpiService.class), year)).as("the kept tables equal a rebuild").isEqualTo(kept);
            assertThat(jdbc.queryForObject("SELECT SUM(REVENUE) FROM LK_ORDER_FACT", BigDecimal.class))
                    .isEqualByComparingTo(BigDecimal.valueOf(expectedRevenue()));
        }
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private static String csv(KpiService kpis, KpiQuery query) throws Exception {
        StringBuilder csv = new StringBuilder();
        KpiCsv.write(kpis.query(query), csv);
        return csv.toString();
    }

    /** Batch b: orders of 2025, one item of 10 + n % 20 euros, one in five a guest's. */
    private static String batch(int b) {
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            int n = b * BATCH + i;
            orders.add("{\"orderId\":\"C" + n + "\"," + (n % 5 == 0 ? "" : "\"customerId\":\"k" + n % 300 + "\",")
                    + "\"submittedAt\":\"" + LocalDate.of(2025, 1, 1).plusDays(n % 365) + "T12:00:00Z\","
                    + "\"currency\":\"EUR\",\"items\":[{\"revenue\":" + (10 + n % 20) + ",\"cost\":4}]}");
        }
        return "{\"orders\":[" + String.join(",", orders) + "]}";
    }

    private static long expectedRevenue() {
        long total = 0;
        for (int n = 0; n < BATCHES * BATCH; n++) {
            total += 10 + n % 20;
        }
        return total;
    }
}
