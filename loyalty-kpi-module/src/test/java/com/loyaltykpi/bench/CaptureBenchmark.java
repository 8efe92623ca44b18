package com.loyaltykpi.bench;

import com.loyaltykpi.core.reconcile.JobProgress;
import com.loyaltykpi.core.reconcile.Reconciler;
import com.loyaltykpi.it.BroadleafShop;
import com.loyaltykpi.it.ShopFixture;
import com.loyaltykpi.it.TestDatabase;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.offer.domain.OrderAdjustmentImpl;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItemImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderImpl;
import org.broadleafcommerce.core.order.domain.OrderItemImpl;
import org.broadleafcommerce.core.order.domain.OrderItemPriceDetailImpl;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.SequenceProcessor;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;
import org.hibernate.ejb.HibernateEntityManagerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.persistence.Cache;

/**
 * Measures what the module costs a real Broadleaf checkout, and how fast the backfill loads history.
 *
 * <p>Checkout: the same JVM, the same catalog and customers, {@code performCheckout} timed alone (the cart is
 * built beforehand, the module's writer thread is idle), alternating with and without the module's activity in
 * blCheckoutWorkflow. The fact itself is written on the writer thread, after the checkout returned. Backfill:
 * every fact deleted and Hibernate's second-level cache emptied of orders and customers, then the whole history backfilled, several rounds.
 *
 * <p>Run: {@code mvn -Pbenchmark -pl loyalty-kpi-module -DskipTests verify -Dloyalty.bench.db=postgresql}
 * (hsqldb by default; -Dloyalty.bench.pairs sets the number of measured pairs).
 */
public final class CaptureBenchmark {

    private static final int WARMUP_PAIRS = Integer.getInteger("loyalty.bench.warmup", 200);
    private static final int PAIRS = Integer.getInteger("loyalty.bench.pairs", 1000);
    private static final int BACKFILL_ROUNDS = Integer.getInteger("loyalty.bench.backfillRounds", 3);

    private CaptureBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        TestDatabase database = TestDatabase.valueOf(System.getProperty("loyalty.bench.db", "hsqldb").toUpperCase(Locale.ROOT));
        BroadleafShop shop = BroadleafShop.on(database);
        ShopFixture fixture = new ShopFixture(shop);
        Random random = new Random(42);
        List<Product> products = new ArrayList<Product>();
        for (int i = 0; i < 20; i++) {
            products.add(fixture.product("Product " + i, (5 + random.nextInt(95)) + ".90", i % 5 == 0 ? null : (2 + random.nextInt(40)) + ".10"));
        }
        List<Customer> customers = new ArrayList<Customer>();
        for (int i = 0; i < 50; i++) {
            customers.add(i % 10 == 9 ? fixture.guest() : fixture.register(i % 3 == 0, null));
        }

        SequenceProcessor workflow = shop.bean("blCheckoutWorkflow", SequenceProcessor.class);
        List<Activity<ProcessContext<? extends Object>>> withModule = new ArrayList<>(workflow.getActivities());
        List<Activity<ProcessContext<? extends Object>>> withoutModule = new ArrayList<>(withModule);
        withoutModule.removeIf(activity -> "lkRecordOrderFactActivity".equals(activity.getBeanName()));

        Timings with = new Timings();
        Timings without = new Timings();
        for (int i = 0; i < WARMUP_PAIRS + PAIRS; i++) {
            boolean measured = i >= WARMUP_PAIRS;
            for (boolean module : i % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
                workflow.setActivities(module ? withModule : withoutModule);
                long nanos = timedCheckout(shop, fixture, customers.get(random.nextInt(customers.size())), pick(products, random));
                if (measured) {
                    (module ? with : without).add(nanos);
                }
            }
        }
        workflow.setActivities(withModule);
        int orders = 2 * (WARMUP_PAIRS + PAIRS);

        Reconciler reconciler = shop.bean("lkReconciler", Reconciler.class);
        List<Double> rates = new ArrayList<Double>();
        for (int round = 0; round < BACKFILL_ROUNDS; round++) {
            shop.jdbc().update("DELETE FROM LK_ORDER_FACT");
            shop.jdbc().update("DELETE FROM LK_JOB_STATE");
            evictOrders(shop); // an install-time backfill reads history that is not in Hibernate's cache
            long start = System.nanoTime();
            JobProgress progress = reconciler.backfill(p -> { });
            double seconds = (System.nanoTime() - start) / 1e9;
            rates.add(progress.recorded() / seconds);
        }

        String report = report(database, orders, with, without, rates);
        System.out.println(report);
        Files.write(Paths.get("target", "benchmark-" + database.key() + ".md"), report.getBytes(StandardCharsets.UTF_8));
        System.exit(0);
    }

    /** Empties Hibernate's second-level cache of orders and customers; the catalog stays warm, as in a running shop. */
    private static void evictOrders(BroadleafShop shop) {
        Cache cache = shop.entityManagerFactory().getCache();
        for (Class<?> type : new Class<?>[] {OrderImpl.class, OrderItemImpl.class, DiscreteOrderItemImpl.class,
                OrderItemPriceDetailImpl.class, OrderAdjustmentImpl.class, CustomerImpl.class}) {
            cache.evict(type);
        }
        ((HibernateEntityManagerFactory) shop.entityManagerFactory()).getSessionFactory().getCache().evictCollectionRegions();
    }

    private static Product[] pick(List<Product> products, Random random) {
        Product[] picked = new Product[1 + random.nextInt(3)];
        for (int i = 0; i < picked.length; i++) {
            picked[i] = products.get(random.nextInt(products.size()));
        }
        return picked;
    }

    private static long timedCheckout(BroadleafShop shop, ShopFixture fixture, Customer customer, Product... products)
            throws Exception {
        Customer buyer = customer.isRegistered() ? customer : fixture.guest();
        return shop.inRequest(() -> {
            Order cart = fixture.cart(buyer, products);
            long start = System.nanoTime();
            shop.bean("blCheckoutService", CheckoutService.class).performCheckout(cart);
            long nanos = System.nanoTime() - start;
            fixture.awaitRecording(); // outside the timing: each checkout starts with an idle writer thread
            return nanos;
        });
    }

    private static String report(TestDatabase database, int orders, Timings with, Timings without, List<Double> rates) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Database: %s; JVM: %s %s; CPUs: %d; orders checked out: %d%n%n",
                database.label(), System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), orders));
        out.append("| performCheckout | median ms | p99 ms | samples |\n| --- | --- | --- | --- |\n");
        out.append(with.row("with the module")).append(without.row("without the module"));
        out.append(String.format(Locale.ROOT, "| module adds | %.3f ms (%.1f%%) | %.3f ms | |%n%n",
                with.median() - without.median(), 100 * (with.median() - without.median()) / without.median(),
                with.p99() - without.p99()));
        out.append("| backfill round | orders per second |\n| --- | --- |\n");
        for (int i = 0; i < rates.size(); i++) {
            out.append(String.format(Locale.ROOT, "| %d | %.0f |%n", i + 1, rates.get(i)));
        }
        return out.toString();
    }

    /** Checkout durations of one variant. */
    private static final class Timings {
        private final List<Long> nanos = new ArrayList<Long>();

        void add(long value) {
            nanos.add(value);
        }

        double median() {
            return quantile(0.5);
        }

        double p99() {
            return quantile(0.99);
        }

        private double quantile(double q) {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
        }

        String row(String label) {
            return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %d |%n", label, median(), p99(), nanos.size());
        }
    }
}
