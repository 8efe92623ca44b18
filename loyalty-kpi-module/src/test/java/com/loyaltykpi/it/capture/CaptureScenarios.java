package com.loyaltykpi.it.capture;

import com.loyaltykpi.core.capture.CaptureSkipStore;
import com.loyaltykpi.core.capture.Chunk;
import com.loyaltykpi.core.capture.FactStatus;
import com.loyaltykpi.core.capture.FactWriter;
import com.loyaltykpi.core.capture.LoadedOrders;
import com.loyaltykpi.core.capture.OrderFact;
import com.loyaltykpi.core.capture.OrderPage;
import com.loyaltykpi.core.capture.OrderRecorder;
import com.loyaltykpi.core.capture.PlatformOrder;
import com.loyaltykpi.core.capture.PlatformOrders;
import com.loyaltykpi.core.membership.MembershipChange;
import com.loyaltykpi.core.membership.MembershipSource;
import com.loyaltykpi.core.membership.MembershipStore;
import com.loyaltykpi.it.FailingActivity;
import com.loyaltykpi.it.ShopScenarios;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Order capture in a real Broadleaf shop: every submitted order becomes one fact, stamped member or not at
 * submission; cancellations, replays, failures and bad input are handled deliberately and never break a checkout.
 */
public abstract class CaptureScenarios extends ShopScenarios {

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }

    @Test
    void memberCheckoutIsRecordedAsMemberOrder() throws Exception {
        Product shirt = fixture.product("Shirt", "20.00", "8.00");
        Product mug = fixture.product("Mug", "10.00", "3.50");
        Customer customer = fixture.register(true, null);

        Order order = fixture.checkout(customer, shirt, mug);

        OrderFact fact = factOf(order);
        assertThat(fact).isNotNull();
        assertThat(fact.member()).isTrue();
        assertThat(fact.customerId()).isEqualTo(idOf(customer));
        assertThat(fact.orderNumber()).isEqualTo(order.getOrderNumber());
        assertThat(fact.revenue().amount()).isEqualByComparingTo(amount("30.00"));
        assertThat(fact.cost().amount()).isEqualByComparingTo(amount("11.50"));
        assertThat(fact.costKnownRevenue().amount()).isEqualByComparingTo(amount("30.00"));
        assertThat(fact.revenue().currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(fact.status()).isEqualTo(FactStatus.SUBMITTED);
        Instant submitted = order.getSubmitDate().toInstant(); // as Broadleaf stored it: MariaDB keeps whole seconds
        assertThat(fact.submittedAt()).isBetween(submitted.truncatedTo(ChronoUnit.SECONDS), submitted);
    }

    @Test
    void theDiscountOfABroadleafOfferIsRecordedWithTheOrder() throws Exception {
        String group = "CAPTURE" + System.nanoTime() % 1000000000L; // this test's own: no other order qualifies
        fixture.orderOfferForGroup(group, "10");
        Product lamp = fixture.product("Discount lamp", "50.00", "20.00");
        Customer targeted = fixture.updateAttribute(fixture.register(false, null).getId(), "loyaltyOfferGroup", group);
        Customer other = fixture.register(false, null);

        OrderFact discounted = factOf(fixture.checkout(targeted, lamp));
        OrderFact full = factOf(fixture.checkout(other, lamp));

        // 10% off the order's 50.00
        assertThat(discounted.revenue().amount()).isEqualByComparingTo(amount("45.00"));
        assertThat(discounted.discount().amount()).isEqualByComparingTo(amount("5.00"));
        assertThat(full.revenue().amount()).isEqualByComparingTo(amount("50.00"));
        assertThat(full.discount().isZero()).as("recorded, and none").isTrue();
    }

    @Test
    void nonMemberCheckoutIsRecordedAsNonMemberOrder() throws Exception {
        Product book = fixture.product("Book", "15.00", "9.00");
        Customer customer = fixture.register(false, null);

        Order order = fixture.checkout(customer, book);

        OrderFact fact = factOf(order);
        assertThat(fact.member()).isFalse();
        assertThat(fact.customerId()).isEqualTo(idOf(customer));
        assertThat(fact.revenue().amount()).isEqualByComparingTo(amount("15.00"));
    }

    @Test
    void guestCheckoutIsRecordedWithoutCustomerAndNeverAsMemberOrder() throws Exception {
        Product pen = fixture.product("Pen", "2.50", "1.00");
        Customer guest = fixture.guest();

        Order order = fixture.checkout(guest, pen);

        assertThat(membership.enrol(idOf(guest), MembershipSource.API)).isEqualTo(MembershipChange.NOT_REGISTERED);
        OrderFact fact = factOf(order);
        assertThat(fact.guest()).isTrue();
        assertThat(fact.member()).isFalse();
    }

    @Test
    void orderAfterTheMemberLeftIsNotAMemberOrderAndEarlierOrdersStayMemberOrders() throws Exception {
        Product cap = fixture.product("Cap", "12.00", "5.00");
        Customer customer = fixture.register(true, null);
        Order whileMember = fixture.checkout(customer, cap);

        membership.leave(idOf(customer), MembershipSource.ACCOUNT_PAGE);
        Order afterLeaving = fixture.checkout(customer, cap);

        assertThat(factOf(whileMember).member()).isTrue();
        assertThat(factOf(afterLeaving).member()).isFalse();
    }

    @Test
    void joiningLaterDoesNotTurnEarlierOrdersIntoMemberOrders() throws Exception {
        Product bag = fixture.product("Bag", "40.00", "22.00");
        Customer customer = fixture.register(false, null);
        Order before = fixture.checkout(customer, bag);

        membership.enrol(idOf(customer), MembershipSource.ACCOUNT_PAGE);
        Order after = fixture.checkout(customer, bag);

        assertThat(factOf(before).member()).isFalse();
        assertThat(factOf(after).member()).isTrue();
    }

    @Test
    void cancellationMarksTheFactCancelledOnce() throws Exception {
        Product lamp = fixture.product("Lamp", "35.00", "20.00");
        Order order = fixture.checkout(fixture.register(true, null), lamp);

        fixture.cancel(order.getId());

        OrderFact fact = factOf(order);
        assertThat(fact.status()).isEqualTo(FactStatus.CANCELLED);
        assertThat(fact.cancelledAt()).isNotNull();
        fixture.cancel(order.getId()); // a re-delivered event changes nothing
        assertThat(factOf(order).cancelledAt()).isEqualTo(fact.cancelledAt());
    }

    @Test
    void replayedCheckoutAndReplayedRecordingKeepOneFact() throws Exception {
        Product plate = fixture.product("Plate", "9.00", "4.00");
        Order order = fixture.checkout(fixture.register(false, null), plate);
        OrderService orders = shop.bean("blOrderService", OrderService.class);

        assertThatThrownBy(() -> shop.inRequest(() -> shop.bean("blCheckoutService", CheckoutService.class)
                .performCheckout(orders.findOrderById(order.getId()))))
                .isInstanceOf(CheckoutException.class);
        Chunk again = shop.bean("lkOrderRecorder", OrderRecorder.class).record(Collections.singletonList(String.valueOf(order.getId())));

        assertThat(again.recorded()).isZero();
        assertThat(shop.jdbc().queryForObject("SELECT COUNT(*) FROM LK_ORDER_FACT WHERE ORDER_ID = ?", Integer.class,
                String.valueOf(order.getId()))).isEqualTo(1);
    }

    @Test
    void checkoutInsideACallersTransactionIsRecordedOnlyOnceThatTransactionCommits() throws Exception {
        final Product vase = fixture.product("Vase", "25.00", "11.00");
        final Customer customer = fixture.register(true, null);
        final Order cart = shop.inRequest(() -> fixture.cart(customer, vase));

        Order order = shop.inRequest(() -> shop.inTransaction(() -> {
            Order submitted = fixture.submit(cart);
            assertThat(factOf(submitted)).as("not before the caller's commit").isNull();
            return submitted;
        }));
        fixture.awaitRecording();

        assertThat(factOf(order).member()).isTrue();
    }

    @Test
    void checkoutThatFailsAfterTheModuleActivityLeavesNoFact() throws Exception {
        final Product chair = fixture.product("Chair", "80.00", "45.00");
        final Customer customer = fixture.register(true, null);
        final Order cart = shop.inRequest(() -> fixture.cart(customer, chair));

        FailingActivity.failNextCheckout();
        assertThatThrownBy(() -> shop.inRequest(() -> fixture.submit(cart))).isInstanceOf(CheckoutException.class);

        assertThat(factOf(cart)).isNull();
        Order retried = shop.inRequest(() -> fixture.submit(shop.bean("blOrderService", OrderService.class)
                .findOrderById(cart.getId())));
        assertThat(factOf(retried).member()).isTrue();
    }

    @Test
    void freeOrderIsRecordedWithZeroRevenue() throws Exception {
        Product sample = fixture.product("Free sample", "0.00", "0.40");

        Order order = fixture.checkout(fixture.register(false, null), sample);

        OrderFact fact = factOf(order);
        assertThat(fact.revenue().isZero()).isTrue();
        assertThat(fact.cost().amount()).isEqualByComparingTo(amount("0.40"));
    }

    @Test
    void itemWithoutCostCountsInRevenueButNotInCostKnownRevenue() throws Exception {
        Product known = fixture.product("Known cost", "30.00", "12.00");
        Product unknown = fixture.product("Unknown cost", "10.00", null);

        Order order = fixture.checkout(fixture.register(false, null), known, unknown);

        OrderFact fact = factOf(order);
        assertThat(fact.revenue().amount()).isEqualByComparingTo(amount("40.00"));
        assertThat(fact.cost().amount()).isEqualByComparingTo(amount("12.00"));
        assertThat(fact.costKnownRevenue().amount()).isEqualByComparingTo(amount("30.00"));
    }

    @Test
    void orderWithoutCustomerIsRecordedAsGuestOrder() {
        PlatformOrder order = synthetic("no-customer-1").customer(null).line(amount("10.00"), null).build();

        recorderOf(order).record(Collections.singletonList(order.orderId()));

        assertThat(facts.find(ORIGIN, order.orderId()).guest()).isTrue();
        assertThat(facts.find(ORIGIN, order.orderId()).member()).isFalse();
    }

    @Test
    void orderInAnUnknownCurrencyIsSkippedWithItsReason() {
        PlatformOrder order = synthetic("unknown-currency-1").currency("XBT").line(amount("10.00"), null).build();

        Chunk chunk = recorderOf(order).record(Collections.singletonList(order.orderId()));

        assertThat(chunk.skipped()).isEqualTo(1);
        assertThat(shop.bean("lkCaptureSkipStore", CaptureSkipStore.class).reasonFor(ORIGIN, order.orderId()))
                .isEqualTo("currency 'XBT' is not an ISO 4217 code");
        assertThat(facts.find(ORIGIN, order.orderId())).isNull();
    }

    private static PlatformOrder.Builder synthetic(String orderId) {
        return PlatformOrder.builder(orderId).number("X-" + orderId).customer("404").submittedAt(Instant.now()).currency("USD");
    }

    /** The module's real write path and stores, fed with an order no Broadleaf checkout could produce. */
    private OrderRecorder recorderOf(PlatformOrder order) {
        PlatformOrders platform = new PlatformOrders() {
            @Override
            public long count(Instant since) {
                return 1;
            }

            @Override
            public OrderPage page(Instant since, String cursor, int limit) {
                throw new UnsupportedOperationException();
            }

            @Override
            public LoadedOrders load(List<String> orderIds) {
                LoadedOrders loaded = new LoadedOrders();
                loaded.add(order);
                return loaded;
            }
        };
        return new OrderRecorder(ORIGIN, platform, facts, shop.bean("lkCaptureSkipStore", CaptureSkipStore.class),
                shop.bean("lkMembershipStore", MembershipStore.class), shop.bean("lkFactWriter", FactWriter.class),
                shop.bean("lkNewTransaction", TransactionTemplate.class), Clock.systemUTC());
    }
}
