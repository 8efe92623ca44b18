package com.loyaltykpi.server.bench;

import com.loyaltykpi.core.imports.ImportProgress;
import com.loyaltykpi.core.imports.OrdersImport;
import com.loyaltykpi.core.rollup.Aggregator;
import com.loyaltykpi.it.TestDatabase;
import com.loyaltykpi.server.LoyaltyServer;
import com.loyaltykpi.server.apikey.ApiKeys;
import com.loyaltykpi.server.it.ServerClient;
import com.loyaltykpi.server.it.ServerDatabases;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The ingestion API's throughput (issue 17: at least 5,000 orders per second in batches of 1,000 on PostgreSQL),
 * against the CSV import of the same number of orders in the same run as the reference:
 * {@code mvn -Pbenchmark-ingest -pl loyalty-kpi-server -DskipTests verify [-Dloyalty.bench.db=postgresql]
 * [-Dloyalty.bench.batches=200]}. Figures go to docs/BENCHMARKS.md by hand.
 */
public final class IngestBenchmark {

    private static final int BATCH = 1000;
    private static final int WARM_UP = 20;

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        TestDatabase kind = TestDatabase.valueOf(System.getProperty("loyalty.bench.db", "postgresql")
                .toUpperCase(Locale.ROOT));
        int batches = Integer.getInteger("loyalty.bench.batches", 200);
        String url = ServerDatabases.create(kind);
        try (ConfigurableApplicationContext server = SpringApplication.run(LoyaltyServer.class, "--server.port=0",
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + kind.user(),
                "--spring.datasource.password=" + kind.password(), "--loyalty.scheduling=false",
                "--loyalty.data-dir=target/bench-data", "--logging.level.root=WARN")) {
            int port = Integer.parseInt(server.getEnvironment().getProperty("local.server.port"));
            ServerClient client = new ServerClient(port, server.getBean(ApiKeys.class).issue("bench", "bench").secret());
            System.out.printf("Ingestion benchmark on %s, %d batches of %d orders, %d cores%n", kind.label(), batches,
                    BATCH, Runtime.getRuntime().availableProcessors());
            run(client, "warm-up", 0, WARM_UP, 1);
            Result one = run(client, "new orders, 1 client", WARM_UP, batches, 1);
            Result four = run(client, "new orders, 4 clients", WARM_UP + batches, batches, 4);
            Result replay = run(client, "replayed orders, 4 clients", WARM_UP + batches, batches, 4);
            long start = System.nanoTime();
            server.getBean(Aggregator.class).aggregate();
            double aggregation = (System.nanoTime() - start) / 1e9;
            double csv = csvReference(server.getBean(OrdersImport.class), batches * BATCH);
            System.out.println();
            System.out.println("| run | orders/s | batch p50 ms | batch p95 ms |");
            System.out.println("|---|---:|---:|---:|");
            for (Result r : List.of(one, four, replay)) {
                System.out.printf("| %s | %,.0f | %.0f | %.0f |%n", r.name, r.perSecond, r.p50, r.p95);
            }
            System.out.printf("| reference: CSV import of %,d orders (chunks of 5,000) | %,.0f | | |%n",
                    batches * BATCH, csv);
            System.out.printf("aggregation of the %,d new orders into the KPI tables: %.1f s%n",
                    (long) 2 * batches * BATCH + WARM_UP * BATCH, aggregation);
        }
    }

    private record Result(String name, double perSecond, double p50, double p95) {
    }

    private static Result run(ServerClient client, String name, int firstBatch, int batches, int clients)
            throws Exception {
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger(firstBatch);
        int end = firstBatch + batches;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                for (int b = next.getAndIncrement(); b < end; b = next.getAndIncrement()) {
                    String body = batch(b);
                    long t = System.nanoTime();
                    ServerClient.Answer answer = client.post("/api/v1/orders", body);
                    millis.add((System.nanoTime() - t) / 1e6);
                    if (answer.status() != 200) {
                        throw new IllegalStateException("batch " + b + ": " + answer);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return new Result(name, batches * (double) BATCH / seconds, percentile(sorted, 0.50), percentile(sorted, 0.95));
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    /** Batch b: orders b*1000 .. b*1000+999 of 2025, one in four a guest's, two items each (one without cost). */
    static String batch(int b) {
        StringBuilder json = new StringBuilder(200 * BATCH).append("{\"orders\":[");
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        for (int i = 0; i < BATCH; i++) {
            long n = (long) b * BATCH + i;
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"orderId\":\"B").append(n).append('"');
            if (n % 4 != 0) {
                json.append(",\"customerId\":\"c").append(n % 20000).append('"');
            }
            json.append(",\"submittedAt\":\"").append(start.plusSeconds(97 * n % 31_000_000)).append('"')
                    .append(",\"currency\":\"EUR\",\"items\":[{\"revenue\":").append(10 + n % 90)
                    .append(",\"cost\":").append(5 + n % 40).append("},{\"revenue\":").append(n % 13).append("}]}");
        }
        return json.append("]}").toString();
    }

    /** Orders per second of the CSV import of the same shape of orders, as the reference. */
    private static double csvReference(OrdersImport orders, int n) throws Exception {
        Path file = Files.createTempFile("bench-orders", ".csv");
        StringBuilder csv = new StringBuilder("order_id,customer_id,submitted_at,currency,revenue,cost,status\n");
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        for (long i = 0; i < n; i++) {
            csv.append("R").append(i).append(',').append(i % 4 == 0 ? "" : "c" + i % 20000).append(',')
                    .append(start.plusSeconds(97 * i % 31_000_000)).append(",EUR,").append(10 + i % 90 + i % 13)
                    .append(".00,").append(5 + i % 40).append(".00,SUBMITTED\n");
        }
        Files.writeString(file, csv);
        long t = System.nanoTime();
        orders.importOrders(file, false, ImportProgress.NONE);
        double seconds = (System.nanoTime() - t) / 1e9;
        Files.delete(file);
        return n / seconds;
    }
}
