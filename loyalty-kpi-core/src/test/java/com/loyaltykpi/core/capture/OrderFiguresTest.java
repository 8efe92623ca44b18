package com.loyaltykpi.core.capture;

import com.loyaltykpi.core.capture.OrderFigures.Judgement;
import com.loyaltykpi.core.membership.MembershipHistory;
import com.loyaltykpi.core.membership.MembershipPeriod;
import com.loyaltykpi.core.membership.MembershipSource;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

/** The money figures of an order fact against hand-computed numbers (docs/KPIS.md, order fact). */
class OrderFiguresTest {

    private static final Instant SUBMITTED = Instant.parse("2026-03-01T10:15:30Z");

    private static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static PlatformOrder.Builder order(String currency) {
        return PlatformOrder.builder("1").number("N-1").customer("7").submittedAt(SUBMITTED).currency(currency);
    }

    private static OrderFigures figures(PlatformOrder order) {
        Judgement judgement = OrderFigures.judge(order);
        assertThat(judgement.skipReason()).isNull();
        return judgement.figures();
    }

    @Test
    void allCostsKnownNoDiscount() {
        OrderFigures f = figures(order("EUR").line(d("20.00"), d("8.00")).line(d("10.00"), d("3.50")).build());

        assertThat(f.revenue().amount()).isEqualByComparingTo("30.00");
        assertThat(f.cost().amount()).isEqualByComparingTo("11.50");
        assertThat(f.costKnownRevenue().amount()).isEqualByComparingTo("30.00");
    }

    @Test
    void orderDiscountIsSharedByTheLinesInProportionToTheirRevenue() {
        // 40 + 20 - 6 = 54; the known-cost line carries 40/60 of it: 36
        OrderFigures f = figures(order("EUR").line(d("40.00"), d("10.00")).line(d("20.00"), null)
                .orderDiscount(d("6.00")).build());

        assertThat(f.revenue().amount()).isEqualByComparingTo("54.00");
        assertThat(f.cost().amount()).isEqualByComparingTo("10.00");
        assertThat(f.costKnownRevenue().amount()).isEqualByComparingTo("36.00");
    }

    @Test
    void theDiscountIsTheItemsOwnAndTheOrdersTogetherWhereTheSourceGivesTheItemsOwn() {
        // lines already after 4.50 of item discounts; 6.00 off the order: 10.50 given
        OrderFigures given = figures(order("EUR").line(d("40.00"), d("10.00")).line(d("20.00"), null)
                .orderDiscount(d("6.00")).itemDiscount(d("4.50")).build());
        OrderFigures none = figures(order("EUR").line(d("40.00"), d("10.00")).itemDiscount(BigDecimal.ZERO).build());
        OrderFigures notSaid = figures(order("EUR").line(d("40.00"), d("10.00")).orderDiscount(d("6.00")).build());

        assertThat(given.discount().amount()).isEqualByComparingTo("10.50");
        assertThat(given.revenue().amount()).as("unchanged by the items' own").isEqualByComparingTo("54.00");
        assertThat(none.discount().isZero()).isTrue();
        assertThat(notSaid.discount()).as("not recorded").isNull();
    }

    @Test
    void aNegativeDiscountIsRefused() {
        assertThat(OrderFigures.judge(order("EUR").line(d("5.00"), null).itemDiscount(d("-1.00")).build()).skipReason())
                .isEqualTo("the order's discounts are negative (-1.00 EUR)");
    }

    @Test
    void sharesAreRoundedToTheCurrencyScale() {
        // 10 + 20 - 1 = 29; 29 x 10/30 = 9.666.. -> 9.67
        OrderFigures f = figures(order("EUR").line(d("10.00"), d("4.00")).line(d("20.00"), null)
                .orderDiscount(d("1.00")).build());

        assertThat(f.costKnownRevenue().amount()).isEqualTo(new BigDecimal("9.67"));
    }

    @Test
    void freeOrderHasZeroRevenueAndItsCost() {
        OrderFigures f = figures(order("EUR").line(d("0.00"), d("0.40")).build());

        assertThat(f.revenue().isZero()).isTrue();
        assertThat(f.cost().amount()).isEqualByComparingTo("0.40");
        assertThat(f.costKnownRevenue().isZero()).isTrue();
    }

    @Test
    void freeLinesWithUnknownCostGiveZeroCostKnownRevenue() {
        OrderFigures f = figures(order("EUR").line(d("0.00"), null).line(d("0.00"), d("1.00")).build());

        assertThat(f.costKnownRevenue().isZero()).isTrue();
    }

    @Test
    void negativeCostCountsAsUnknown() {
        OrderFigures f = figures(order("EUR").line(d("10.00"), d("-3.00")).build());

        assertThat(f.cost().isZero()).isTrue();
        assertThat(f.costKnownRevenue().isZero()).isTrue();
    }

    @Test
    void amountsUseTheScaleOfTheOrdersCurrency() {
        OrderFigures f = figures(order("jpy").line(d("1500"), d("700.4")).build());

        assertThat(f.revenue().currency().getCurrencyCode()).isEqualTo("JPY");
        assertThat(f.revenue().amount()).isEqualTo(new BigDecimal("1500"));
        assertThat(f.cost().amount()).isEqualTo(new BigDecimal("700"));
    }

    @Test
    void ordersThatCannotBeRecordedSayWhy() {
        assertThat(OrderFigures.judge(order("EUR").build()).skipReason()).isEqualTo("order has no items");
        assertThat(OrderFigures.judge(order("XBT").line(d("1"), null).build()).skipReason())
                .isEqualTo("currency 'XBT' is not an ISO 4217 code");
        assertThat(OrderFigures.judge(order(null).line(d("1"), null).build()).skipReason())
                .isEqualTo("currency 'null' is not an ISO 4217 code");
        assertThat(OrderFigures.judge(order("EUR").submittedAt(null).line(d("1"), null).build()).skipReason())
                .isEqualTo("order has no submit date");
        assertThat(OrderFigures.judge(order("EUR").line(null, null).build()).skipReason()).isEqualTo("an item has no price");
        assertThat(OrderFigures.judge(order("EUR").line(d("5.00"), null).orderDiscount(d("7.50")).build()).skipReason())
                .isEqualTo("merchandise revenue after discounts is negative (-2.50 EUR)");
    }

    @Test
    void factIsStampedWithMembershipAtSubmissionAndGuestsAreNeverMembers() {
        PlatformOrder byCustomer = order("EUR").line(d("5.00"), null).build();
        PlatformOrder byGuest = order("EUR").customer(null).line(d("5.00"), null).build();
        MembershipHistory memberThen = new MembershipHistory(Collections.singletonList(
                new MembershipPeriod("7", SUBMITTED.minusSeconds(60), null, MembershipSource.API, null)));

        assertThat(OrderFigures.judge(byCustomer).factFor("o", byCustomer, memberThen, SUBMITTED).member()).isTrue();
        assertThat(OrderFigures.judge(byCustomer).factFor("o", byCustomer, null, SUBMITTED).member()).isFalse();
        assertThat(OrderFigures.judge(byGuest).factFor("o", byGuest, memberThen, SUBMITTED).member()).isFalse();
    }
}
