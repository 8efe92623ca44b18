package com.loyaltykpi.core.capture;

import com.loyaltykpi.core.money.Money;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The order fact of docs/KPIS.md: one row per submitted order, member or not at the moment of submission. */
public final class OrderFact {

    private final String origin;
    private final String orderId;
    private final String orderNumber;
    private final String customerId;
    private final Instant submittedAt;
    private final Money revenue;
    private final Money cost;
    private final Money costKnownRevenue;
    private final Money discount;
    private final boolean member;
    private final FactStatus status;
    private final Instant cancelledAt;

    public OrderFact(String origin, String orderId, String orderNumber, String customerId, Instant submittedAt,
                     Money revenue, Money cost, Money costKnownRevenue, Money discount, boolean member,
                     FactStatus status, Instant cancelledAt) {
        this.origin = origin;
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.customerId = customerId;
        // kept to the millisecond, as stored: a source's microseconds would make every re-read look like a change
        this.submittedAt = submittedAt == null ? null : submittedAt.truncatedTo(ChronoUnit.MILLIS);
        this.revenue = revenue;
        this.cost = cost;
        this.costKnownRevenue = costKnownRevenue;
        this.discount = discount;
        this.member = member;
        this.status = status;
        this.cancelledAt = cancelledAt;
    }

    /** The fact of a judged platform order, stamped with the membership its customer had at submission. */
    static OrderFact of(String origin, PlatformOrder order, OrderFigures figures, boolean member, Instant now) {
        return new OrderFact(origin, order.orderId(), order.orderNumber(), order.customerId(), order.submittedAt(),
                figures.revenue(), figures.cost(), figures.costKnownRevenue(), figures.discount(),
                member && order.customerId() != null,
                order.cancelled() ? FactStatus.CANCELLED : FactStatus.SUBMITTED, order.cancelled() ? now : null);
    }

    /** The same fact with another member flag. */
    public OrderFact withMember(boolean isMember) {
        return new OrderFact(origin, orderId, orderNumber, customerId, submittedAt, revenue, cost, costKnownRevenue,
                discount, isMember && customerId != null, status, cancelledAt);
    }

    /** Whether every recorded value is the same (the recording time aside). */
    public boolean sameAs(OrderFact o) {
        return o != null && origin.equals(o.origin) && orderId.equals(o.orderId) && eq(orderNumber, o.orderNumber)
                && eq(customerId, o.customerId) && submittedAt.equals(o.submittedAt) && revenue.equals(o.revenue)
                && cost.equals(o.cost) && costKnownRevenue.equals(o.costKnownRevenue) && eq(discount, o.discount)
                && member == o.member
                && status == o.status;
    }

    private static boolean eq(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }

    public String origin() {
        return origin;
    }

    public String orderId() {
        return orderId;
    }

    public String orderNumber() {
        return orderNumber;
    }

    /** The customer, or null for a guest order. */
    public String customerId() {
        return customerId;
    }

    public boolean guest() {
        return customerId == null;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Money revenue() {
        return revenue;
    }

    /** Sum of item cost over the items whose cost is known. */
    public Money cost() {
        return cost;
    }

    /** Revenue of the items whose cost is known (after their share of order discounts). */
    public Money costKnownRevenue() {
        return costKnownRevenue;
    }

    /** The merchandise discounts given (the items' own and the order's), or null where the source did not say. */
    public Money discount() {
        return discount;
    }

    /** Whether the customer was an enrolled member at {@link #submittedAt()}. */
    public boolean member() {
        return member;
    }

    public FactStatus status() {
        return status;
    }

    /** When the order was cancelled, or null. */
    public Instant cancelledAt() {
        return cancelledAt;
    }

    @Override
    public String toString() {
        return "OrderFact[" + origin + ":" + orderId + " " + revenue + (member ? " member" : "") + " " + status + "]";
    }
}
