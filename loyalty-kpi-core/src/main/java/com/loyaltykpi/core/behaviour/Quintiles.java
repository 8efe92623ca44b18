package com.loyaltykpi.core.behaviour;

import java.util.Arrays;

/**
 * Scores of 1 to 5 from the shop's own customers: a value's score is one plus the fifths of the customers whose value
 * is lower (1 + floor(5 x share below)), so equal values always share a score and the highest values get 5 only when
 * enough customers lie below them (where 60% of customers bought once, they all score 1 on frequency and two purchases
 * score 4).
 *
 * <p>Kept as four cut points: with n values sorted, at least ceil(k n / 5) of them lie below a value exactly when it is
 * above the ceil(k n / 5)-th smallest, so a value scores one more than the number of cut points it exceeds. The cut
 * points are stored with the models, so that a customer whose orders changed is scored alone against the shop's
 * customers as the last computation found them.
 */
public final class Quintiles {

    static final int CUTS = 4;

    private final double[] cuts;

    private Quintiles(double[] cuts) {
        if (cuts.length != CUTS) {
            throw new IllegalArgumentException("quintiles have " + CUTS + " cut points, not " + cuts.length);
        }
        this.cuts = cuts.clone();
    }

    /** The scores against these values. */
    public static Quintiles of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values to score against");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] cuts = new double[CUTS];
        for (int k = 1; k <= CUTS; k++) {
            long below = (k * (long) sorted.length + 4) / 5; // ceil(k n / 5), at least 1
            cuts[k - 1] = sorted[(int) below - 1];
        }
        return new Quintiles(cuts);
    }

    /** The scores against the values these cut points (as {@link #cuts()} gave them) were taken from. */
    static Quintiles ofCuts(double[] cuts) {
        return new Quintiles(cuts);
    }

    /** The score of a value: 1 to 5, higher for higher values. */
    public int score(double value) {
        int score = 1;
        for (double cut : cuts) {
            score += value > cut ? 1 : 0;
        }
        return score;
    }

    /** The four cut points, lowest first. */
    double[] cuts() {
        return cuts.clone();
    }
}
