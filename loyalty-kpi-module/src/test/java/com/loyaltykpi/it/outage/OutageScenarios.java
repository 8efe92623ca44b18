package com.loyaltykpi.it.outage;

import com.loyaltykpi.broadleaf.membership.CustomerMembershipSync;
import com.loyaltykpi.core.capture.FactStatus;
import com.loyaltykpi.core.capture.OrderFact;
import com.loyaltykpi.core.reconcile.JobProgress;
import com.loyaltykpi.core.reconcile.Reconciler;
import com.loyaltykpi.it.Browser;
import com.loyaltykpi.it.ModuleOutage;
import com.loyaltykpi.it.ShopScenarios;
import com.loyaltykpi.it.ShopWeb;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module's database unreachable for a while (its DataSource refuses every connection, {@link ModuleOutage})
 * while shoppers check out on four threads, register with the opt-in and see their confirmation pages, and
 * orders placed before are cancelled. Every checkout completes; once the database is back, the membership sweep
 * and one reconciliation run record every missed order and cancellation, exactly once. (The enrolment at
 * registration runs once Broadleaf's registration has committed, on the connection Broadleaf's transaction
 * held: this outage does not reach it; a real one fails the registration itself.)
 * Orders per phase (before, during, after the outage): -Dloyalty.reliability.outageOrders (CI 40).
 */
public abstract class OutageScenarios extends ShopScenarios {

    private static final int ORDERS = Integer.getInteger("loyalty.reliability.outageOrders", 40);
    private static final int THREADS = 4;

    @Test
    void checkoutsDuringAnOutageCompleteAndReconciliationCountsEachMissedOrderOnce() throws Exception {
        Product stove = fixture.product("Outage stove", "64.00", "30.00");
        List<Customer> customers = new ArrayList<Customer>();
        for (int i = 0; i < 8; i++) {
            customers.add(i % 4 == 3 ? fixture.guest() : fixture.register(i % 2 == 0, null));
        }
        List<Order> before = checkouts(customers, stove);

        List<Order> during;
        Customer registeredDuring;
        int confirmationStatus;
        long outageStarted = System.nanoTime();
        ModuleOutage.begin();
        try {
            during = checkouts(customers, stove);
            registeredDuring = fixture.register(true, null);
            during.add(fixture.checkout(registeredDuring, stove));
            for (int i = 0; i < before.size(); i += 5) {
                fixture.cancel(before.get(i).getId());
            }
            confirmationStatus = new Browser("en").get(ShopWeb.on(shop).baseUrl() + "/confirmation/"
                    + during.get(0).getId()).statusCode();
        } finally {
            ModuleOutage.end();
        }
        double outageSeconds = (System.nanoTime() - outageStarted) / 1e9;
        List<Order> after = checkouts(customers, stove);
        long recoveryStarted = System.nanoTime();
        int swept = shop.bean("lkCustomerMembershipSync", CustomerMembershipSync.class).sweep();
        JobProgress reconciled = shop.bean("lkReconciler", Reconciler.class).reconcile(Duration.ofDays(1), progress -> { });
        double recoverySeconds = (System.nanoTime() - recoveryStarted) / 1e9;

        assertThat(confirmationStatus).as("the confirmation page during the outage").isEqualTo(200);
        for (int i = 0; i < before.size(); i++) {
            assertThat(factOf(before.get(i)).status()).as("cancellations missed during the outage, then reconciled")
                    .isEqualTo(i % 5 == 0 ? FactStatus.CANCELLED : FactStatus.SUBMITTED);
        }
        for (Order order : during) {
            assertThat(order.getStatus()).isEqualTo(OrderStatus.SUBMITTED);
            assertThat(factOf(order)).as("order %s missed during the outage, then reconciled", order.getId()).isNotNull();
        }
        for (Order order : after) {
            assertThat(factOf(order)).isNotNull();
        }
        OrderFact byNewMember = factOf(during.get(during.size() - 1));
        assertThat(byNewMember.member()).as("opted in at registration during the outage").isTrue();
        assertThat(reconciled.recorded()).isGreaterThanOrEqualTo(during.size());
        assertThat(reconciled.cancelled()).isGreaterThanOrEqualTo((before.size() + 4) / 5);
        assertThat(shop.bean("lkReconciler", Reconciler.class).reconcile(Duration.ofDays(1), progress -> { }).recorded())
                .as("a second run records nothing twice").isZero();
        System.out.printf("[reliability] outage (%s): %d orders before, %d during (%.1f s, %d cancellations missed),"
                        + " %d after; all submitted; recovery (membership sweep %d, reconciliation %s) took %.2f s%n",
                database().label(), before.size(), during.size(), outageSeconds, (before.size() + 4) / 5, after.size(),
                swept, reconciled, recoverySeconds);
    }

    /** ORDERS checkouts, on THREADS threads, by the customers in turn. */
    private List<Order> checkouts(final List<Customer> customers, final Product product) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Order>> placed = new ArrayList<Future<Order>>();
            for (int i = 0; i < ORDERS; i++) {
                final Customer customer = customers.get(i % customers.size());
                placed.add(pool.submit((Callable<Order>) () -> fixture.checkout(customer.isAnonymous() ? fixture.guest() : customer, product)));
            }
            List<Order> orders = new ArrayList<Order>();
            for (Future<Order> order : placed) {
                orders.add(order.get());
            }
            return orders;
        } finally {
            pool.shutdown();
        }
    }
}
