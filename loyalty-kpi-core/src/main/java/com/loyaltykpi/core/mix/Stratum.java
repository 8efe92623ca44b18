package com.loyaltykpi.core.mix;

import com.loyaltykpi.core.support.SampleVariance;

/**
 * One cell of the order mix (a segment and an order-value band, or several merged): the shop's orders in it and the
 * satisfaction scores of the answers about them, as sums.
 */
public final class Stratum {

    private long orders;
    private long answers;
    private long satisfactionSum;
    private long satisfactionSquares;

    public void addOrders(long count) {
        orders += count;
    }

    public void addAnswers(long count, long sum, long squares) {
        answers += count;
        satisfactionSum += sum;
        satisfactionSquares += squares;
    }

    public void add(Stratum other) {
        addOrders(other.orders);
        addAnswers(other.answers, other.satisfactionSum, other.satisfactionSquares);
    }

    public long orders() {
        return orders;
    }

    public long answers() {
        return answers;
    }

    double mean() {
        return satisfactionSum / (double) answers;
    }

    /** The sample variance of the scores (n - 1 in the denominator); needs two answers. */
    double variance() {
        return SampleVariance.of(answers, satisfactionSum, satisfactionSquares);
    }
}
