package com.loyaltykpi.core.repurchase;

import com.loyaltykpi.core.period.Segment;

/**
 * What the customers of one NPS group and segment bought in the 90 days after answering, in one currency: how many
 * answered, and per customer the orders and the revenue with their 95% intervals.
 */
public final class Repurchase {

    private final NpsGroup group;
    private final Segment segment;
    private final MeanInterval orders;
    private final MeanInterval revenue;

    Repurchase(NpsGroup group, Segment segment, MeanInterval orders, MeanInterval revenue) {
        this.group = group;
        this.segment = segment;
        this.orders = orders;
        this.revenue = revenue;
    }

    public NpsGroup group() {
        return group;
    }

    public Segment segment() {
        return segment;
    }

    /** The answers (a customer who answered twice counts twice, each with the 90 days after that answer). */
    public long answers() {
        return orders.n();
    }

    public MeanInterval orders() {
        return orders;
    }

    public MeanInterval revenue() {
        return revenue;
    }
}
