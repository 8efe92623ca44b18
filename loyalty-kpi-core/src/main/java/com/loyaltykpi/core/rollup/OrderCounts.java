package com.loyaltykpi.core.rollup;

import com.loyaltykpi.core.period.Measures;
import com.loyaltykpi.core.period.Segment;

/**
 * A registered customer's orders in one period: as a member and as a non-member. From the counts before and
 * after a change follow the changes of the distinct-customer measures, exactly, for each segment.
 */
public final class OrderCounts {

    private final int memberOrders;
    private final int nonMemberOrders;

    public OrderCounts(int memberOrders, int nonMemberOrders) {
        this.memberOrders = memberOrders;
        this.nonMemberOrders = nonMemberOrders;
    }

    public static OrderCounts none() {
        return new OrderCounts(0, 0);
    }

    public OrderCounts plus(boolean member, int sign) {
        return member ? new OrderCounts(memberOrders + sign, nonMemberOrders)
                : new OrderCounts(memberOrders, nonMemberOrders + sign);
    }

    public int memberOrders() {
        return memberOrders;
    }

    public int nonMemberOrders() {
        return nonMemberOrders;
    }

    public boolean isEmpty() {
        return memberOrders == 0 && nonMemberOrders == 0;
    }

    public int in(Segment segment) {
        switch (segment) {
            case MEMBER:
                return memberOrders;
            case NON_MEMBER:
                return nonMemberOrders;
            default:
                return memberOrders + nonMemberOrders;
        }
    }

    /** Adds to the measures of the segment what going from {@code before} to this changes in customers and repeaters. */
    public void addDistinctChange(OrderCounts before, Segment segment, Measures measures) {
        int was = before.in(segment);
        int is = in(segment);
        measures.addCustomers(indicator(is >= 1) - indicator(was >= 1), indicator(is >= 2) - indicator(was >= 2));
    }

    private static int indicator(boolean condition) {
        return condition ? 1 : 0;
    }
}
