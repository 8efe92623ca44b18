package com.loyaltykpi.it.reconcile;

import com.loyaltykpi.core.capture.CaptureSkipStore;
import com.loyaltykpi.core.capture.FactStatus;
import com.loyaltykpi.core.capture.OrderFact;
import com.loyaltykpi.core.capture.OrderRecorder;
import com.loyaltykpi.core.capture.PlatformOrders;
import com.loyaltykpi.core.membership.MembershipSource;
import com.loyaltykpi.core.reconcile.JobProgress;
import com.loyaltykpi.core.reconcile.JobProgressStore;
import com.loyaltykpi.core.reconcile.ProgressListener;
import com.loyaltykpi.core.reconcile.ReconciliationJobs;
import com.loyaltykpi.core.reconcile.Reconciler;
import com.loyaltykpi.core.settings.ClusterLock;
import com.loyaltykpi.it.ShopScenarios;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reconciliation and backfill from Broadleaf's own orders: what capture missed (a database failure, orders
 * placed before the module was installed, a cancellation nobody saw) is recorded exactly once.
 */
public abstract class ReconciliationScenarios extends ShopScenarios {

    private static final Duration WEEK = Duration.ofDays(7);
    private static final ProgressListener QUIET = progress -> { };

    @Test
    void checkoutWhileTheFactTableIsUnavailableCompletesAndReconciliationRecordsIt() throws Exception {
        final Product tent = fixture.product("Tent", "120.00", "70.00");
        final Customer member = fixture.register(true, null);

        Order order = withFactTableUnavailable(() -> fixture.checkout(member, tent));

        assertThat(order.getStatus()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(factOf(order)).isNull();
        JobProgress progress = reconciler().reconcile(WEEK, QUIET);
        assertThat(factOf(order).member()).isTrue();
        assertThat(factOf(order).revenue().amount()).isEqualByComparingTo("120.00");
        assertThat(progress.recorded()).isGreaterThanOrEqualTo(1);
        assertThat(progress.finished()).isTrue();
        assertThat(reconciler().reconcile(WEEK, QUIET).recorded()).isZero();
    }

    @Test
    void cancellationMissedWhileUnavailableIsAppliedByReconciliation() throws Exception {
        Order order = fixture.checkout(fixture.register(false, null), fixture.product("Stove", "60.00", "30.00"));

        withFactTableUnavailable(() -> {
            fixture.cancel(order.getId());
            return null;
        });

        assertThat(factOf(order).status()).isEqualTo(FactStatus.SUBMITTED);
        reconciler().reconcile(WEEK, QUIET);
        assertThat(factOf(order).status()).isEqualTo(FactStatus.CANCELLED);
    }

    @Test
    void backfillRecordsOrdersPlacedBeforeInstallWithMembershipAtSubmission() throws Exception {
        Product lamp = fixture.product("Lamp", "45.00", "20.00");
        Customer formerMember = fixture.register(true, null);
        Customer laterMember = fixture.register(false, null);
        Order byFormerMember = fixture.checkout(formerMember, lamp);
        Order byLaterMember = fixture.checkout(laterMember, lamp);
        Order byGuest = fixture.checkout(fixture.guest(), lamp);
        forgetFactsOf(byFormerMember, byLaterMember, byGuest); // as if placed before the module was installed
        // a few seconds after the orders (MariaDB keeps Broadleaf's submit times to the second only)
        Instant later = byGuest.getSubmitDate().toInstant().plusSeconds(3);
        membership.leave(idOf(formerMember), MembershipSource.ACCOUNT_PAGE, later);
        membership.enrol(idOf(laterMember), MembershipSource.ACCOUNT_PAGE, later);

        JobProgress progress = reconciler().backfill(QUIET);

        assertThat(factOf(byFormerMember).member()).as("member when the order was submitted").isTrue();
        assertThat(factOf(byLaterMember).member()).as("joined after the order").isFalse();
        assertThat(factOf(byGuest).guest()).isTrue();
        assertThat(progress.finished()).isTrue();
        assertThat(progress.done()).isEqualTo(progress.total());
        assertThat(progress.recorded()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void interruptedBackfillResumesWhereItStoppedAndCountsEveryOrderOnce() throws Exception {
        Product pot = fixture.product("Pot", "18.00", "7.00");
        Customer customer = fixture.register(false, null);
        List<Order> orders = new ArrayList<Order>();
        for (int i = 0; i < 5; i++) {
            orders.add(fixture.checkout(customer, pot));
        }
        forgetFactsOf(orders.toArray(new Order[0]));
        Reconciler smallChunks = reconciler(2);

        assertThatThrownBy(() -> smallChunks.backfill(progress -> {
            throw new IllegalStateException("test: node stopped after the first chunk");
        })).hasMessageContaining("node stopped");
        JobProgress interrupted = smallChunks.progressOf(Reconciler.BACKFILL);
        assertThat(interrupted.finished()).isFalse();
        assertThat(interrupted.done()).isEqualTo(2);

        JobProgress resumed = smallChunks.backfill(QUIET);

        assertThat(resumed.finished()).isTrue();
        assertThat(resumed.startedAt()).isEqualTo(interrupted.startedAt());
        assertThat(resumed.done()).isEqualTo(resumed.total());
        for (Order order : orders) {
            assertThat(countFactsOf(order)).isEqualTo(1);
        }
        assertThat(smallChunks.backfill(QUIET).recorded()).as("a re-run records nothing twice").isZero();
    }

    @Test
    void scheduledReconciliationAndBackgroundBackfillRecordWhatIsMissing() throws Exception {
        Product rope = fixture.product("Rope", "14.00", "6.00");
        Order first = fixture.checkout(fixture.register(true, null), rope);
        Order second = fixture.checkout(fixture.register(false, null), rope);
        ReconciliationJobs jobs = shop.bean("lkReconciliationJobs", ReconciliationJobs.class);

        forgetFactsOf(first);
        jobs.reconcile(); // what the scheduler calls
        assertThat(factOf(first).member()).isTrue();

        forgetFactsOf(second);
        Instant started = Instant.now().minusMillis(1);
        assertThat(jobs.startBackfill()).isTrue();
        JobProgress progress = awaitFinishedBackfillSince(jobs, started);
        assertThat(progress.done()).isEqualTo(progress.total());
        assertThat(factOf(second).member()).isFalse();
    }

    private static JobProgress awaitFinishedBackfillSince(ReconciliationJobs jobs, Instant started) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            JobProgress progress = jobs.backfillProgress();
            if (progress != null && progress.finished() && !progress.startedAt().isBefore(started)) {
                return progress;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the background backfill did not finish within 30 s");
    }

    @Test
    void orderWithoutItemsInBroadleafsTablesIsSkippedOnceWithItsReason() throws Exception {
        Order order = fixture.checkout(fixture.register(false, null), fixture.product("Ghost", "5.00", "1.00"));
        forgetFactsOf(order);
        shop.jdbc().update("UPDATE BLC_ORDER_ITEM SET ORDER_ID = NULL WHERE ORDER_ID = ?", order.getId());
        shop.entityManagerFactory().getCache().evictAll();

        JobProgress first = reconciler().reconcile(WEEK, QUIET);
        JobProgress second = reconciler().reconcile(WEEK, QUIET);

        assertThat(factOf(order)).isNull();
        assertThat(shop.bean("lkCaptureSkipStore", CaptureSkipStore.class).reasonFor(ORIGIN, String.valueOf(order.getId())))
                .isEqualTo("order has no items");
        assertThat(first.skipped()).isGreaterThanOrEqualTo(1);
        assertThat(second.skipped()).as("judged once, not at every run").isZero();
    }

    @Test
    void factRecordedAtCheckoutOutlivesTheCustomerAndReconciliationGoesOn() throws Exception {
        Customer member = fixture.register(true, null);
        Order order = fixture.checkout(member, fixture.product("Kettle", "30.00", "12.00"));

        deleteCustomerRowBehindBroadleafsBack(member.getId());

        assertThat(reconciler().reconcile(WEEK, QUIET).finished()).isTrue();
        OrderFact fact = factOf(order);
        assertThat(fact.customerId()).isEqualTo(idOf(member));
        assertThat(fact.member()).isTrue();
    }

    @Test
    void orderBroadleafCannotLoadAnyMoreIsSkippedWithItsReasonAndTheOthersAreRecorded() throws Exception {
        Product toaster = fixture.product("Toaster", "50.00", "25.00");
        Customer deleted = fixture.register(true, null);
        Order unloadable = fixture.checkout(deleted, toaster);
        Order fine = fixture.checkout(fixture.register(false, null), toaster);
        forgetFactsOf(unloadable, fine);
        deleteCustomerRowBehindBroadleafsBack(deleted.getId());

        reconciler().reconcile(WEEK, QUIET);

        assertThat(factOf(fine)).isNotNull();
        assertThat(factOf(unloadable)).isNull();
        assertThat(shop.bean("lkCaptureSkipStore", CaptureSkipStore.class).reasonFor(ORIGIN, String.valueOf(unloadable.getId())))
                .startsWith("Broadleaf cannot load the order");
    }

    private <T> T withFactTableUnavailable(Callable<T> work) throws Exception {
        shop.jdbc().execute("ALTER TABLE LK_ORDER_FACT RENAME TO LK_ORDER_FACT_OFF");
        try {
            return work.call();
        } finally {
            shop.jdbc().execute("ALTER TABLE LK_ORDER_FACT_OFF RENAME TO LK_ORDER_FACT");
        }
    }

    private void forgetFactsOf(Order... orders) {
        for (Order order : orders) {
            forgetFact(order);
        }
    }

    private int countFactsOf(Order order) {
        return shop.jdbc().queryForObject("SELECT COUNT(*) FROM LK_ORDER_FACT WHERE ORIGIN = ? AND ORDER_ID = ?",
                Integer.class, ORIGIN, String.valueOf(order.getId()));
    }

    /** A DBA purging a customer with foreign key checks off: the orders keep pointing at the id. */
    private void deleteCustomerRowBehindBroadleafsBack(final Long customerId) {
        shop.jdbc().execute((ConnectionCallback<Void>) connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(shop.database().withoutForeignKeyChecks(true));
                try {
                    for (String table : new String[] {"BLC_CUSTOMER_ATTRIBUTE", "BLC_CUSTOMER_ROLE", "BLC_CUSTOMER"}) {
                        statement.executeUpdate("DELETE FROM " + table + " WHERE CUSTOMER_ID = " + customerId);
                    }
                } finally {
                    statement.execute(shop.database().withoutForeignKeyChecks(false));
                }
            }
            return null;
        });
        shop.entityManagerFactory().getCache().evictAll();
    }

    private Reconciler reconciler() {
        return shop.bean("lkReconciler", Reconciler.class);
    }

    private Reconciler reconciler(int chunkSize) {
        return new Reconciler(shop.bean("lkPlatformOrders", PlatformOrders.class),
                shop.bean("lkOrderRecorder", OrderRecorder.class), shop.bean("lkJobProgressStore", JobProgressStore.class),
                shop.bean("lkNewTransaction", TransactionTemplate.class), Clock.systemUTC(),
                shop.bean("lkClusterLock", ClusterLock.class), chunkSize);
    }
}
