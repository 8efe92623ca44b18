package com.loyaltykpi.sample;

import com.loyaltykpi.core.capture.CaptureQueue;
import com.loyaltykpi.it.LoopbackPorts;
import com.loyaltykpi.it.TestDatabase;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small load generator against the sample shop on PostgreSQL (seeded as the README's start seeds it): six guest
 * shoppers over loopback buy and answer the survey on the confirmation page, for a bounded time in two halves. No
 * request fails, every purchase is recorded once by the module, every answer is counted once, and the heap in use after a
 * full collection does not grow from the first half to the second. Seconds: -Dloyalty.reliability.loadSeconds
 * (CI 30, the reliability profile 600).
 */
class ShopLoadIT {

    private static final int SECONDS = Integer.getInteger("loyalty.reliability.loadSeconds", 30);
    private static final int SHOPPERS = 6;
    private static final long HEAP_GROWTH_LIMIT_MB = 64;

    private static final TestDatabase DATABASE = TestDatabase.POSTGRESQL;

    private static String name;
    private static ShopServer shop;

    /**
     * On PostgreSQL, as a production shop runs: the embedded HSQLDB keeps its tables in the JVM's heap, where every
     * order would add to the figure this test watches.
     */
    @BeforeAll
    static void start() throws Exception {
        name = ServerDatabase.use(DATABASE);
        System.setProperty("sample.dataDir", Files.createTempDirectory("lk-sample-load").toString());
        System.setProperty("sample.port", String.valueOf(LoopbackPorts.free()));
        // every shopper here comes from 127.0.0.1: the per-address limit (30 answers a minute) would refuse most
        System.setProperty("loyalty.survey.submissionsPerAddressPerMinute", "1000000");
        // every purchase here is a new shopper with a session of its own: sessions that time out after a minute
        // instead of 30 keep the sessions alive, and the heap they hold, at a steady number within a long run
        System.setProperty("sample.sessionMinutes", "1");
        shop = SampleShop.start(line -> System.out.println("[sample] " + line));
    }

    @AfterAll
    static void stop() throws Exception {
        if (shop != null) {
            shop.stop();
        }
        if (name != null) {
            DATABASE.drop(name);
        }
    }

    @Test
    void purchasesAndAnswersUnderLoadAreCountedOnceAndTheHeapStaysFlat() throws Exception {
        List<String> products = GuestShopper.products(shop.baseUrl());
        Load warmUp = Load.run(shop.baseUrl(), products, 10);
        // the warm-up's last purchases may still wait in the capture queue: recorded before the count, not during the
        // load (a CI run counted two of them as the load's: 570 recorded for 568 purchases, no order twice)
        assertThat(shop.siteContext().getBean("lkCaptureQueue", CaptureQueue.class).flush(Duration.ofSeconds(60))).isTrue();
        long factsBefore = count("SELECT COUNT(*) FROM LK_ORDER_FACT WHERE ORIGIN = 'broadleaf'");
        long answersBefore = count("SELECT COUNT(*) FROM LK_SURVEY_ANSWER");
        long heapBefore = GuestShopper.heapInUseAfterGc();

        Load first = Load.run(shop.baseUrl(), products, SECONDS / 2);
        long heapHalfway = GuestShopper.heapInUseAfterGc();
        int sessionsHalfway = shop.storefrontSessions();
        Load second = Load.run(shop.baseUrl(), products, SECONDS - SECONDS / 2);
        long heapAfter = GuestShopper.heapInUseAfterGc();
        int sessionsAfter = shop.storefrontSessions();
        assertThat(shop.siteContext().getBean("lkCaptureQueue", CaptureQueue.class).flush(Duration.ofSeconds(60))).isTrue();
        long recorded = count("SELECT COUNT(*) FROM LK_ORDER_FACT WHERE ORIGIN = 'broadleaf'") - factsBefore;
        long counted = count("SELECT COUNT(*) FROM LK_SURVEY_ANSWER") - answersBefore;
        int purchases = first.purchases.get() + second.purchases.get();
        int answers = first.answers.get() + second.answers.get();
        int errors = first.errors.size() + second.errors.size();

        System.out.printf("[reliability] load: %d shoppers, %d s: %d purchases (%.1f/s, %d requests/s), %d answers, %d errors;"
                        + " recorded %d, answers counted %d; heap after GC %d MB before, %d MB halfway, %d MB after"
                        + " (resident %s; storefront sessions %d halfway, %d after); warm-up %d purchases%n", SHOPPERS,
                SECONDS, purchases, purchases / (double) SECONDS, (purchases * 5 + answers * 2) / SECONDS, answers, errors,
                recorded, counted, heapBefore, heapHalfway, heapAfter, GuestShopper.residentMemory(), sessionsHalfway,
                sessionsAfter, warmUp.purchases.get());
        assertThat(warmUp.errors).isEmpty();
        assertThat(first.errors).isEmpty();
        assertThat(second.errors).isEmpty();
        assertThat(recorded).as("purchases recorded by the module, once each").isEqualTo(purchases);
        assertThat(counted).as("answers counted once each").isEqualTo(answers);
        assertThat(heapAfter - heapHalfway).as("heap growth over the second half, MB").isLessThan(HEAP_GROWTH_LIMIT_MB);
    }

    private static long count(String sql) {
        return shop.siteContext().getBean("lkJdbcTemplate", JdbcTemplate.class).queryForObject(sql, Long.class);
    }

    /** Shoppers buying and answering until the time is up; what they did and what failed. */
    private static final class Load {
        private static final AtomicInteger EMAILS = new AtomicInteger();

        final AtomicInteger purchases = new AtomicInteger();
        final AtomicInteger answers = new AtomicInteger();
        final List<String> errors = Collections.synchronizedList(new ArrayList<String>());

        static Load run(String base, List<String> products, int seconds) throws Exception {
            Load load = new Load();
            long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(SHOPPERS);
            List<Future<?>> shoppers = new ArrayList<Future<?>>();
            for (int s = 0; s < SHOPPERS; s++) {
                shoppers.add(pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        load.shop(base, products);
                    }
                }));
            }
            for (Future<?> shopper : shoppers) {
                shopper.get();
            }
            pool.shutdown();
            return load;
        }

        private void shop(String base, List<String> products) {
            int n = EMAILS.incrementAndGet();
            GuestShopper shopper = new GuestShopper(base);
            try {
                String confirmation = shopper.buy(products.get(n % products.size()), "load" + n + "@example.com");
                purchases.incrementAndGet();
                shopper.answerSurvey(confirmation, 1 + n % 5, n % 11);
                answers.incrementAndGet();
            } catch (Exception e) {
                errors.add(e.toString());
            }
        }
    }
}
