package com.loyaltykpi.core.behaviour;

import org.apache.commons.math3.special.Gamma;

/**
 * The BG/NBD model of Fader, Hardie and Lee (2005, "Counting your customers the easy way"): while active, a customer
 * buys at a Poisson rate (gamma-distributed across customers with shape r and scale alpha); after each purchase they
 * become inactive with a probability (beta-distributed across customers with a and b). Time is in weeks.
 */
public final class BgNbd {

    private final double r;
    private final double alpha;
    private final double a;
    private final double b;

    public BgNbd(double r, double alpha, double a, double b) {
        if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) {
            throw new IllegalArgumentException("BG/NBD parameters are positive: r=" + r + ", alpha=" + alpha + ", a="
                    + a + ", b=" + b);
        }
        this.r = r;
        this.alpha = alpha;
        this.a = a;
        this.b = b;
    }

    public double r() {
        return r;
    }

    public double alpha() {
        return alpha;
    }

    public double a() {
        return a;
    }

    public double b() {
        return b;
    }

    /** The log-likelihood of one customer's history (the paper's equation 6, on the log scale). */
    public double logLikelihood(PurchaseHistory h) {
        int x = h.x();
        double a1 = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha);
        double a2 = Gamma.logGamma(a + b) + Gamma.logGamma(b + x) - Gamma.logGamma(b) - Gamma.logGamma(a + b + x);
        double a3 = -(r + x) * Math.log(alpha + h.age());
        if (x == 0) {
            return a1 + a2 + a3;
        }
        double a4 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + h.tx());
        double max = Math.max(a3, a4);
        return a1 + a2 + max + Math.log(Math.exp(a3 - max) + Math.exp(a4 - max));
    }

    /** The probability that the customer is still active at the end of their history (the paper's equation 13). */
    public double probabilityActive(PurchaseHistory h) {
        if (h.x() == 0) {
            return 1;
        }
        return 1 / (1 + a / (b + h.x() - 1) * Math.exp((r + h.x()) * (Math.log(alpha + h.age())
                - Math.log(alpha + h.tx()))));
    }

    /** The purchases expected in the next {@code weeks} weeks (the paper's equation 10). */
    public double expectedPurchases(PurchaseHistory h, double weeks) {
        int x = h.x();
        double shape = r + x;
        double ratio = (alpha + h.age()) / (alpha + h.age() + weeks);
        double z = weeks / (alpha + h.age() + weeks);
        double numerator = (a + b + x - 1) / (a - 1)
                * (1 - Math.pow(ratio, shape) * Hypergeometric.f21(shape, b + x, a + b + x - 1, z));
        double denominator = x == 0 ? 1 : 1 + a / (b + x - 1) * Math.pow((alpha + h.age()) / (alpha + h.tx()), shape);
        return numerator / denominator;
    }

    /** The purchases a new customer is expected to make in their first {@code weeks} weeks (the paper's equation 7). */
    public double expectedPurchasesOfNew(double weeks) {
        double z = weeks / (alpha + weeks);
        return (a + b - 1) / (a - 1) * (1 - Math.pow(alpha / (alpha + weeks), r) * Hypergeometric.f21(r, b, a + b - 1, z));
    }
}
