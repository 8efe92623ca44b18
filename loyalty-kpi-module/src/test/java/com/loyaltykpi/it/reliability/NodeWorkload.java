package com.loyaltykpi.it.reliability;

import com.loyaltykpi.core.membership.Membership;
import com.loyaltykpi.core.membership.MembershipSource;
import com.loyaltykpi.it.BroadleafShop;
import com.loyaltykpi.it.ShopFixture;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A node's shoppers: 30 registered customers (a third opted in at registration) and guests place orders through
 * Broadleaf's cart and checkout on several threads (each customer on one of them); one order in ten is cancelled
 * afterwards and one in twenty is preceded by its customer joining or leaving the program. Every choice follows
 * the seed.
 */
final class NodeWorkload {

    private static final int CUSTOMERS = 30;

    private final BroadleafShop shop;
    private final ShopFixture fixture;
    private final long seed;

    NodeWorkload(BroadleafShop shop, long seed) {
        this.shop = shop;
        this.fixture = new ShopFixture(shop);
        this.seed = seed;
    }

    /** Places the orders; answers how many were placed, cancelled and failed. */
    String run(int orders, int threads) throws Exception {
        final List<Product> products = new ArrayList<Product>();
        products.add(fixture.product("Tent " + seed, "120.00", "70.00"));
        products.add(fixture.product("Lamp " + seed, "45.50", "20.00"));
        products.add(fixture.product("Map " + seed, "9.90", null));
        final List<Customer> customers = new ArrayList<Customer>();
        for (int i = 0; i < CUSTOMERS; i++) {
            customers.add(fixture.register(i % 3 == 0, null));
        }
        final AtomicInteger placed = new AtomicInteger();
        final AtomicInteger cancelled = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> work = new ArrayList<Future<?>>();
        for (int w = 0; w < threads; w++) {
            // a customer's orders and membership changes stay on one thread, in order, as one shopper's would
            final List<Customer> mine = new ArrayList<Customer>();
            for (int i = w; i < customers.size(); i += threads) {
                mine.add(customers.get(i));
            }
            final int count = orders / threads + (w < orders % threads ? 1 : 0);
            final Random random = new Random(seed * 1_000_003L + w);
            work.add(pool.submit(() -> {
                for (int i = 0; i < count; i++) {
                    try {
                        if (place(random, mine, products)) {
                            cancelled.incrementAndGet();
                        }
                        placed.incrementAndGet();
                    } catch (Exception | Error e) {
                        failed.incrementAndGet();
                        e.printStackTrace();
                    }
                }
            }));
        }
        for (Future<?> each : work) {
            each.get();
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        fixture.awaitRecording();
        return "placed=" + placed + " cancelled=" + cancelled + " failed=" + failed;
    }

    /** One order; true when it was cancelled afterwards. */
    private boolean place(Random random, List<Customer> customers, List<Product> products) throws Exception {
        Customer customer = random.nextInt(5) == 0 ? fixture.guest() : customers.get(random.nextInt(customers.size()));
        if (!customer.isAnonymous() && random.nextInt(20) == 0) {
            toggleMembership(String.valueOf(customer.getId()));
        }
        Product[] basket = random.nextBoolean() ? new Product[] {products.get(random.nextInt(products.size()))}
                : new Product[] {products.get(random.nextInt(products.size())), products.get(random.nextInt(products.size()))};
        Order order = fixture.checkout(customer, basket);
        if (random.nextInt(10) != 0) {
            return false;
        }
        fixture.cancel(order.getId());
        return true;
    }

    private void toggleMembership(String customerId) {
        Membership membership = shop.bean("lkMembership", Membership.class);
        if (membership.isMember(customerId)) {
            membership.leave(customerId, MembershipSource.ACCOUNT_PAGE);
        } else {
            membership.enrol(customerId, MembershipSource.ACCOUNT_PAGE);
        }
    }
}
