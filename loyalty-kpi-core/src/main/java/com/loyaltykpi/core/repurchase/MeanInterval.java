package com.loyaltykpi.core.repurchase;

import com.loyaltykpi.core.support.SampleVariance;

/**
 * A mean per answer with its 95% interval, from a count and the sums of the values, their squares and their cubes.
 * Purchases are skewed (most customers buy nothing in 90 days, a few buy much), and the plain interval (the mean
 * plus and minus 1.96 standard errors) then misses the truth too often, mostly above it; the interval here is
 * Hall's (1992) skewness-corrected one: the t statistic passed through the monotone transformation
 * g(t) = t + g1 t^2 / (3 sqrt n) + g1^2 t^3 / (27 n) + g1 / (6 sqrt n), g1 the sample skewness, which removes the
 * statistic's skewness to the order 1/sqrt(n), and inverted at +-1.96. It is given from {@link #MIN_ANSWERS} answers
 * on; the simulation study in the tests says how close to 95% it comes.
 */
public final class MeanInterval {

    public static final int MIN_ANSWERS = 30;
    private static final double Z95 = 1.96;

    private final long n;
    private final double mean;
    private final double low;
    private final double high;

    MeanInterval(long n, double sum, double squares, double cubes) {
        this.n = n;
        this.mean = n == 0 ? Double.NaN : sum / n;
        if (n < MIN_ANSWERS) {
            low = Double.NaN;
            high = Double.NaN;
            return;
        }
        double m = mean;
        double variance = SampleVariance.of(n, sum, squares);
        double standardError = Math.sqrt(variance / n);
        double third = (cubes - 3 * m * squares + 3 * m * m * sum - n * m * m * m) / n;
        double skewness = variance == 0 ? 0 : third / Math.pow(variance, 1.5);
        low = m - inverse(Z95, skewness, n) * standardError;
        high = m - inverse(-Z95, skewness, n) * standardError;
    }

    /** The t at which Hall's transformation reaches x. */
    private static double inverse(double x, double skewness, long n) {
        double root = Math.sqrt(n);
        if (Math.abs(skewness) < 1e-9) {
            return x;
        }
        return 3 * root / skewness * (Math.cbrt(1 + skewness / root * (x - skewness / (6 * root))) - 1);
    }

    /** The mean; undefined (NaN) without answers. */
    public double mean() {
        return mean;
    }

    /** Whether the interval is given (enough answers). */
    public boolean hasInterval() {
        return !Double.isNaN(low);
    }

    public double low() {
        return low;
    }

    public double high() {
        return high;
    }

    public long n() {
        return n;
    }
}
