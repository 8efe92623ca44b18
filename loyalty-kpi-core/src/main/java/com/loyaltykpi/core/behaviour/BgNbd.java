package com.loyaltykpi.core.behaviour;

import org.apache.commons.math3.special.Gamma;

/**
 * The BG/NBD model of Fader, Hardie and Lee (2005, "Counting your customers the easy way"): while active, a customer
 * buys at a Poisson rate (gamma-distributed across customers with shape r and scale alpha); after each purchase they
 * become inactive with a probability (beta-distributed across customers with a and b). Time is in weeks.
 */
public final class BgNbd {

    /** Where the closed form of the expectation loses more digits than it keeps (see expectedWhileActive). */
    private static final double ILL_CONDITIONED = 1e6;

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
        return expectedWhileActive(r + h.x(), alpha + h.age(), b + h.x(), weeks) * probabilityActive(h);
    }

    /** The purchases a new customer is expected to make in their first {@code weeks} weeks (the paper's equation 7). */
    public double expectedPurchasesOfNew(double weeks) {
        return expectedWhileActive(r, alpha, b, weeks);
    }

    /**
     * The purchases expected in the next weeks of a customer active now, whose purchase rate is gamma(shape, scale)
     * and whose dropout probability is beta(a, bPosterior): the expectation over the dropout probability p of
     * (1 - (1 + p t / scale)^-shape) / p, in closed form (the numerator of the paper's equation 10). Where the shop
     * is near the model's limit without dropout (b in the millions, a fit of customers who all keep buying), that
     * form subtracts two nearly equal numbers multiplied by a huge one; there p is tiny, and its series in p, to the
     * second moment, is exact to the digits that matter.
     */
    private double expectedWhileActive(double shape, double scale, double bPosterior, double weeks) {
        double reciprocalMean = (a + bPosterior - 1) / (a - 1);
        if (Math.abs(reciprocalMean) < ILL_CONDITIONED || bPosterior < ILL_CONDITIONED) {
            double z = weeks / (scale + weeks);
            return reciprocalMean * (1 - Math.pow(scale / (scale + weeks), shape)
                    * Hypergeometric.f21(shape, bPosterior, a + bPosterior - 1, z));
        }
        double k = weeks / scale;
        double mean = a / (a + bPosterior);
        double secondMoment = mean * (a + 1) / (a + bPosterior + 1);
        return shape * k - shape * (shape + 1) * k * k * mean / 2
                + shape * (shape + 1) * (shape + 2) * k * k * k * secondMoment / 6;
    }
}
