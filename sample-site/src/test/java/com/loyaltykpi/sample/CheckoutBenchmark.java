package com.loyaltykpi.sample;

import com.loyaltykpi.core.capture.CaptureQueue;

import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sample shop's figures for docs/BENCHMARKS.md, never part of the tests: time to ready (run it twice on the same
 * data folder: the first start seeds, the second reuses), the memory the process holds, and storefront checkout
 * throughput with the module over real HTTP on loopback: guest shoppers, each visiting a product page, adding it
 * to the cart, opening the checkout, placing the order with the test payment and reading the confirmation page
 * with the survey prompt. Bounded in orders and in time. Run:
 * {@code mvn -Pbenchmark-checkout -pl sample-site -DskipTests verify} (twice).
 */
public final class CheckoutBenchmark {

    /** Whether confirmation pages show the survey (the reference run samples every order out). */
    private static final boolean SURVEYED = !"0".equals(System.getProperty("loyalty.survey.samplingRate"));
    private static final List<Long> CONFIRMATIONS = Collections.synchronizedList(new ArrayList<Long>());

    private CheckoutBenchmark() {
    }

    public static void main(String[] args) {
        try {
            measure();
            System.exit(0);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1); // Tomcat's threads would keep the JVM alive
        }
    }

    private static void measure() throws Exception {
        int orders = Integer.getInteger("bench.orders", 1000);
        int shoppers = Integer.getInteger("bench.shoppers", 8);
        Duration limit = Duration.ofSeconds(Long.getLong("bench.seconds", 180L));
        AtomicBoolean seeded = new AtomicBoolean();
        long started = System.nanoTime();
        ShopServer shop = SampleShop.start(line -> {
            seeded.compareAndSet(false, line.contains("seeding"));
            System.out.println("[sample] " + line);
        });
        double startSeconds = (System.nanoTime() - started) / 1e9;
        double jvmSeconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        String idle = memory();

        List<String> products = GuestShopper.products(shop.baseUrl());
        run(shop.baseUrl(), products, 100, shoppers, limit); // warm-up
        long[] latencies = run(shop.baseUrl(), products, orders, shoppers, limit);
        double seconds = latencies[latencies.length - 1] / 1e9;
        int done = latencies.length - 1;
        long[] sorted = Arrays.copyOf(latencies, done);
        Arrays.sort(sorted);
        shop.siteContext().getBean("lkCaptureQueue", CaptureQueue.class).flush(Duration.ofSeconds(60));
        Long recorded = shop.siteContext().getBean("lkJdbcTemplate", JdbcTemplate.class)
                .queryForObject("SELECT COUNT(*) FROM LK_ORDER_FACT WHERE ORIGIN = 'broadleaf'", Long.class);
        String loaded = memory();
        shop.stop();

        System.out.println();
        System.out.printf("[bench] start to ready: %.1f s (%s start; JVM up %.1f s)%n", startSeconds, seeded.get() ? "first, seeding" : "later", jvmSeconds);
        System.out.printf("[bench] memory after start: %s%n", idle);
        System.out.printf("[bench] checkouts: %d in %.1f s with %d shoppers = %.1f orders/s; per checkout (5 requests) p50 %d ms, p95 %d ms%n",
                done, seconds, shoppers, done / seconds, sorted[done / 2] / 1000000, sorted[(int) (done * 0.95)] / 1000000);
        long[] pages = new long[CONFIRMATIONS.size()];
        for (int i = 0; i < pages.length; i++) {
            pages[i] = CONFIRMATIONS.get(i);
        }
        Arrays.sort(pages);
        System.out.printf("[bench] confirmation page (%s): p50 %.1f ms, p95 %.1f ms%n", SURVEYED ? "with the survey"
                : "no survey: sampled out", pages[pages.length / 2] / 1e6, pages[(int) (pages.length * 0.95)] / 1e6);
        System.out.printf("[bench] orders recorded by the module (all runs on this data): %d%n", recorded);
        System.out.printf("[bench] memory after the load: %s%n", loaded);
    }

    /** Runs checkouts until the count or the time is reached; returns their latencies (ns), then the elapsed time. */
    private static long[] run(String base, List<String> products, int orders, int shoppers, Duration limit) throws Exception {
        CONFIRMATIONS.clear();
        AtomicInteger next = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<Long>());
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(shoppers);
        List<Future<?>> running = new ArrayList<Future<?>>();
        for (int s = 0; s < shoppers; s++) {
            running.add(pool.submit(() -> {
                for (int n = next.getAndIncrement(); n < orders && System.nanoTime() < deadline; n = next.getAndIncrement()) {
                    long t = System.nanoTime();
                    GuestShopper shopper = new GuestShopper(base);
                    String page = shopper.buy(products.get(n % products.size()), "bench" + n + "@example.com");
                    latencies.add(System.nanoTime() - t);
                    CONFIRMATIONS.add(shopper.confirmationNanos());
                    if (page.contains("lk-survey") != SURVEYED) {
                        throw new IllegalStateException("the confirmation page " + (SURVEYED ? "lacks" : "shows")
                                + " the survey");
                    }
                }
                return null;
            }));
        }
        for (Future<?> shopper : running) {
            shopper.get();
        }
        long elapsed = System.nanoTime() - start;
        pool.shutdown();
        long[] result = new long[latencies.size() + 1];
        for (int i = 0; i < latencies.size(); i++) {
            result[i] = latencies.get(i);
        }
        result[latencies.size()] = elapsed;
        return result;
    }

    /** Heap in use after a full collection, and the process's resident memory. */
    private static String memory() throws IOException {
        return "heap in use " + GuestShopper.heapInUseAfterGc() + " MB (of " + (Runtime.getRuntime().maxMemory() >> 20)
                + " MB max), resident " + GuestShopper.residentMemory();
    }
}
