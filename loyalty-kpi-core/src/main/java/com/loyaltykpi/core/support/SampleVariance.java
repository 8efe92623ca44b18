package com.loyaltykpi.core.support;

/** The sample variance (n - 1 in the denominator) from a count and the sums of the values and of their squares. */
public final class SampleVariance {

    private SampleVariance() {
    }

    /** Needs two values; never below zero (the sums' rounding cannot make it negative). */
    public static double of(long n, double sum, double squares) {
        return Math.max(0, (squares - sum * sum / n) / (n - 1));
    }
}
