package com.loyaltykpi.core.capture;

import java.math.BigDecimal;

/** One line of a platform order: its merchandise revenue after item discounts, and its cost when known. */
public final class OrderLine {

    private final BigDecimal revenue;
    private final BigDecimal cost;

    /**
     * @param revenue the line total after item discounts, without tax and shipping
     * @param cost    unit cost times quantity, or null when the cost of this line is unknown
     */
    public OrderLine(BigDecimal revenue, BigDecimal cost) {
        this.revenue = revenue;
        this.cost = cost;
    }

    public BigDecimal revenue() {
        return revenue;
    }

    /** The line cost, or null when unknown. */
    public BigDecimal cost() {
        return cost;
    }

    public boolean costKnown() {
        return cost != null && cost.signum() >= 0;
    }
}
