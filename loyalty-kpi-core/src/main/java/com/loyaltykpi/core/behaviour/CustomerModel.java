package com.loyaltykpi.core.behaviour;

/**
 * One customer's behaviour model in one currency: scores, segment, purchases, days since the last one; and, where the
 * shop's fits succeeded, the probability of being active and what the next months are expected to bring (null
 * otherwise).
 */
public final class CustomerModel {

    private final String customerId;
    private final int recencyScore;
    private final int frequencyScore;
    private final int monetaryScore;
    private final BehaviourSegment segment;
    private final int purchases;
    private final long recencyDays;
    private final Double probabilityActive;
    private final Double expectedPurchases;
    private final Double expectedSpend;

    CustomerModel(String customerId, int recencyScore, int frequencyScore, int monetaryScore, int purchases,
                  long recencyDays, Double probabilityActive, Double expectedPurchases, Double expectedSpend) {
        this.customerId = customerId;
        this.recencyScore = recencyScore;
        this.frequencyScore = frequencyScore;
        this.monetaryScore = monetaryScore;
        this.segment = BehaviourSegment.of(recencyScore, frequencyScore);
        this.purchases = purchases;
        this.recencyDays = recencyDays;
        this.probabilityActive = probabilityActive;
        this.expectedPurchases = expectedPurchases;
        this.expectedSpend = expectedSpend;
    }

    public String customerId() {
        return customerId;
    }

    public int recencyScore() {
        return recencyScore;
    }

    public int frequencyScore() {
        return frequencyScore;
    }

    public int monetaryScore() {
        return monetaryScore;
    }

    public BehaviourSegment segment() {
        return segment;
    }

    /** Purchases (days with an order). */
    public int purchases() {
        return purchases;
    }

    /** Days since the last purchase. */
    public long recencyDays() {
        return recencyDays;
    }

    /** The probability of being active (BG/NBD), or null when the shop's fit was refused. */
    public Double probabilityActive() {
        return probabilityActive;
    }

    /** Purchases expected in the horizon (BG/NBD), or null. */
    public Double expectedPurchases() {
        return expectedPurchases;
    }

    /** The expected value of a purchase (Gamma-Gamma), or null. */
    public Double expectedSpend() {
        return expectedSpend;
    }

    /** The value expected in the horizon: expected purchases times expected spend, or null. */
    public Double predictedValue() {
        return expectedPurchases == null || expectedSpend == null ? null : expectedPurchases * expectedSpend;
    }
}
