package com.loyaltykpi.core.offers;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

import java.util.Collection;

/**
 * The difference between the mean per customer of the targeted customers and of the held-out ones, with its 95%
 * interval: Welch's, the two groups' variances apart, the t quantile at the Welch-Satterthwaite degrees of freedom.
 * Because who is held out is drawn at random, the difference estimates what the offer caused (docs/CUSTOMERS.md,
 * the simulation study).
 */
public final class Difference {

    /** Customers each side needs for an interval. */
    public static final int MIN_EACH = 2;

    private final double targetedMean;
    private final double heldOutMean;
    private final double lower;
    private final double upper;

    private Difference(double targetedMean, double heldOutMean, double lower, double upper) {
        this.targetedMean = targetedMean;
        this.heldOutMean = heldOutMean;
        this.lower = lower;
        this.upper = upper;
    }

    /** The difference of these customers' values (one per customer, zero for those who bought nothing). */
    public static Difference of(Collection<Double> targeted, Collection<Double> heldOut) {
        SummaryStatistics t = stats(targeted);
        SummaryStatistics h = stats(heldOut);
        double diff = t.getMean() - h.getMean();
        if (t.getN() < MIN_EACH || h.getN() < MIN_EACH) {
            return new Difference(t.getMean(), h.getMean(), Double.NaN, Double.NaN);
        }
        double vt = t.getVariance() / t.getN();
        double vh = h.getVariance() / h.getN();
        double se = Math.sqrt(vt + vh);
        if (se == 0) {
            return new Difference(t.getMean(), h.getMean(), diff, diff);
        }
        double df = (vt + vh) * (vt + vh) / (vt * vt / (t.getN() - 1) + vh * vh / (h.getN() - 1));
        double q = new TDistribution(df).inverseCumulativeProbability(0.975);
        return new Difference(t.getMean(), h.getMean(), diff - q * se, diff + q * se);
    }

    private static SummaryStatistics stats(Collection<Double> values) {
        SummaryStatistics stats = new SummaryStatistics();
        for (double value : values) {
            stats.addValue(value);
        }
        return stats;
    }

    public double targetedMean() {
        return targetedMean;
    }

    public double heldOutMean() {
        return heldOutMean;
    }

    /** Targeted less held out, per customer. */
    public double difference() {
        return targetedMean - heldOutMean;
    }

    /** The 95% interval's lower end (NaN when either side has too few customers). */
    public double lower() {
        return lower;
    }

    public double upper() {
        return upper;
    }

    /** Whether there is an interval. */
    public boolean known() {
        return !Double.isNaN(lower);
    }

    /** Whether the interval excludes zero. */
    public boolean significant() {
        return known() && (lower > 0 || upper < 0);
    }
}
