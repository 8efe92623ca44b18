package com.loyaltykpi.core.mix;

/** A mean satisfaction score (1 to 5) weighted to the order mix, with the variance of that estimate. */
public final class WeightedMean {

    private static final double Z95 = 1.96;

    private final double mean;
    private final double variance;

    WeightedMean(double mean, double variance) {
        this.mean = mean;
        this.variance = variance;
    }

    public double mean() {
        return mean;
    }

    /** On the satisfaction index's scale: (mean - 1) / 4 x 100. */
    public double csi() {
        return (mean - 1) * 25;
    }

    /** The 95% margin of error of {@link #csi()}. */
    public double csiMargin() {
        return Z95 * Math.sqrt(variance) * 25;
    }
}
