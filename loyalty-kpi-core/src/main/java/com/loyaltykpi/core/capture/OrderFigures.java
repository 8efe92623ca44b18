package com.loyaltykpi.core.capture;

import com.loyaltykpi.core.membership.MembershipHistory;
import com.loyaltykpi.core.money.Money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.Currency;

/**
 * The money figures of one order fact (docs/KPIS.md: revenue, cost, cost_known_revenue, discount), in the order's
 * currency.
 */
public final class OrderFigures {

    private final Money revenue;
    private final Money cost;
    private final Money costKnownRevenue;
    private final Money discount;

    private OrderFigures(Money revenue, Money cost, Money costKnownRevenue, Money discount) {
        this.revenue = revenue;
        this.cost = cost;
        this.costKnownRevenue = costKnownRevenue;
        this.discount = discount;
    }

    /**
     * Judges a platform order: its figures, or the reason it cannot be recorded. Order discounts are shared
     * among the lines in proportion to their revenue, so that cost_known_revenue is after all discounts too. The
     * discount is the items' own and the order's together, where the source gives the items' own.
     */
    public static Judgement judge(PlatformOrder order) {
        if (order.submittedAt() == null) {
            return Judgement.skip("order has no submit date");
        }
        if (order.lines().isEmpty()) {
            return Judgement.skip("order has no items");
        }
        Currency currency = currencyOf(order.currencyCode());
        if (currency == null) {
            return Judgement.skip("currency '" + order.currencyCode() + "' is not an ISO 4217 code");
        }
        BigDecimal subtotal = BigDecimal.ZERO;
        BigDecimal knownSubtotal = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        boolean allKnown = true;
        for (OrderLine line : order.lines()) {
            if (line.revenue() == null) {
                return Judgement.skip("an item has no price");
            }
            subtotal = subtotal.add(line.revenue());
            if (line.costKnown()) {
                knownSubtotal = knownSubtotal.add(line.revenue());
                cost = cost.add(line.cost());
            } else {
                allKnown = false;
            }
        }
        Money revenue = Money.of(subtotal.subtract(order.orderDiscount()), currency);
        if (revenue.isNegative()) {
            return Judgement.skip("merchandise revenue after discounts is negative (" + revenue + ")");
        }
        Money costKnownRevenue = allKnown ? revenue : shareOf(revenue, knownSubtotal, subtotal);
        Money discount = order.itemDiscount() == null ? null
                : Money.of(order.itemDiscount().add(order.orderDiscount()), currency);
        if (discount != null && discount.isNegative()) {
            return Judgement.skip("the order's discounts are negative (" + discount + ")");
        }
        return Judgement.of(new OrderFigures(revenue, Money.of(cost, currency), costKnownRevenue, discount));
    }

    private static Money shareOf(Money revenue, BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return Money.zero(revenue.currency());
        }
        BigDecimal share = revenue.amount().multiply(part).divide(whole, MathContext.DECIMAL64);
        return Money.of(share, revenue.currency());
    }

    private static Currency currencyOf(String code) {
        if (code == null) {
            return null;
        }
        try {
            return Currency.getInstance(code.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException notIso) {
            return null;
        }
    }

    public Money revenue() {
        return revenue;
    }

    public Money cost() {
        return cost;
    }

    public Money costKnownRevenue() {
        return costKnownRevenue;
    }

    /** The merchandise discounts given, or null where the source did not say. */
    public Money discount() {
        return discount;
    }

    /** The figures of an order, or why it is skipped. */
    public static final class Judgement {
        private final OrderFigures figures;
        private final String skipReason;

        private Judgement(OrderFigures figures, String skipReason) {
            this.figures = figures;
            this.skipReason = skipReason;
        }

        static Judgement of(OrderFigures figures) {
            return new Judgement(figures, null);
        }

        static Judgement skip(String reason) {
            return new Judgement(null, reason);
        }

        public boolean recordable() {
            return figures != null;
        }

        public OrderFigures figures() {
            return figures;
        }

        public String skipReason() {
            return skipReason;
        }

        /** The fact of a recordable order, member if the history covers its submission (no history: not). */
        public OrderFact factFor(String origin, PlatformOrder order, MembershipHistory history, Instant now) {
            boolean member = history != null && history.memberAt(order.latestSubmission());
            return OrderFact.of(origin, order, figures, member, now);
        }
    }
}
