package com.loyaltykpi.core.period;

import java.math.BigDecimal;

/**
 * The additive measures of one (period, segment, currency), as the rollup stores them. Customers are registered
 * customers counted once per period; each guest order counts as one more customer (docs/KPIS.md).
 */
public final class Measures {

    private long orders;
    private long guestOrders;
    private BigDecimal revenue = BigDecimal.ZERO;
    private BigDecimal cost = BigDecimal.ZERO;
    private BigDecimal costKnownRevenue = BigDecimal.ZERO;
    private long customers;
    private long repeatCustomers;

    public Measures() {
    }

    public Measures(long orders, long guestOrders, BigDecimal revenue, BigDecimal cost, BigDecimal costKnownRevenue,
                    long customers, long repeatCustomers) {
        this.orders = orders;
        this.guestOrders = guestOrders;
        this.revenue = revenue;
        this.cost = cost;
        this.costKnownRevenue = costKnownRevenue;
        this.customers = customers;
        this.repeatCustomers = repeatCustomers;
    }

    /** Adds (sign 1) or removes (sign -1) one order. */
    public void addOrder(int sign, boolean guest, BigDecimal orderRevenue, BigDecimal orderCost, BigDecimal orderCostKnownRevenue) {
        orders += sign;
        guestOrders += guest ? sign : 0;
        revenue = revenue.add(orderRevenue.multiply(BigDecimal.valueOf(sign)));
        cost = cost.add(orderCost.multiply(BigDecimal.valueOf(sign)));
        costKnownRevenue = costKnownRevenue.add(orderCostKnownRevenue.multiply(BigDecimal.valueOf(sign)));
    }

    public void addCustomers(long customersDelta, long repeatDelta) {
        customers += customersDelta;
        repeatCustomers += repeatDelta;
    }

    public void add(Measures other) {
        orders += other.orders;
        guestOrders += other.guestOrders;
        revenue = revenue.add(other.revenue);
        cost = cost.add(other.cost);
        costKnownRevenue = costKnownRevenue.add(other.costKnownRevenue);
        customers += other.customers;
        repeatCustomers += other.repeatCustomers;
    }

    /** Nothing left: the rollup row can go. */
    public boolean isEmpty() {
        return orders == 0 && guestOrders == 0 && customers == 0 && repeatCustomers == 0 && revenue.signum() == 0
                && cost.signum() == 0 && costKnownRevenue.signum() == 0;
    }

    public long orders() {
        return orders;
    }

    public long guestOrders() {
        return guestOrders;
    }

    public BigDecimal revenue() {
        return revenue;
    }

    public BigDecimal cost() {
        return cost;
    }

    public BigDecimal costKnownRevenue() {
        return costKnownRevenue;
    }

    /** Distinct registered customers with an order in the period. */
    public long registeredCustomers() {
        return customers;
    }

    /** The KPI "customers": distinct registered customers, plus one per guest order. */
    public long customers() {
        return customers + guestOrders;
    }

    /** Registered customers with two or more orders in the period (a guest order is one customer with one order). */
    public long repeatCustomers() {
        return repeatCustomers;
    }
}
