package com.loyaltykpi.core.capture;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One pending change to the rollups: an order fact counted in (+1) or out (-1), with the figures it had then.
 * Written in the same transaction as the fact, so the rollups never miss or double a change.
 */
public final class FactChange {

    private final long id;
    private final int sign;
    private final String customerId;
    private final Instant submittedAt;
    private final String currency;
    private final boolean member;
    private final BigDecimal revenue;
    private final BigDecimal cost;
    private final BigDecimal costKnownRevenue;

    public FactChange(long id, int sign, String customerId, Instant submittedAt, String currency, boolean member,
                      BigDecimal revenue, BigDecimal cost, BigDecimal costKnownRevenue) {
        this.id = id;
        this.sign = sign;
        this.customerId = customerId;
        this.submittedAt = submittedAt;
        this.currency = currency;
        this.member = member;
        this.revenue = revenue;
        this.cost = cost;
        this.costKnownRevenue = costKnownRevenue;
    }

    public long id() {
        return id;
    }

    /** +1: the order counts from now on; -1: it no longer counts (cancelled, or replaced by an import). */
    public int sign() {
        return sign;
    }

    /** The registered customer, or null for a guest order. */
    public String customerId() {
        return customerId;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String currency() {
        return currency;
    }

    public boolean member() {
        return member;
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
}
