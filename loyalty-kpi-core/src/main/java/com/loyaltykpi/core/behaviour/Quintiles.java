package com.loyaltykpi.core.behaviour;

import java.util.Arrays;

/**
 * Scores of 1 to 5 from the shop's own customers: a value's score is one plus the fifths of the customers whose value
 * is lower (1 + floor(5 x share below)), so equal values always share a score and the highest values get 5 only when
 * enough customers lie below them (where 60% of customers bought once, they all score 1 on frequency and two purchases
 * score 4).
 */
public final class Quintiles {

    private final double[] sorted;

    public Quintiles(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values to score against");
        }
        this.sorted = values.clone();
        Arrays.sort(this.sorted);
    }

    /** The score of a value: 1 to 5, higher for higher values. */
    public int score(double value) {
        int below = lowerBound(value);
        return 1 + Math.min(4, (int) Math.floor(5.0 * below / sorted.length));
    }

    /** How many values are strictly lower than this one. */
    private int lowerBound(double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
