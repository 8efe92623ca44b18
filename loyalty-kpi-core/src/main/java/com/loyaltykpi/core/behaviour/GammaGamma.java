package com.loyaltykpi.core.behaviour;

import org.apache.commons.math3.special.Gamma;

/**
 * The Gamma-Gamma model of spend per purchase (Fader, Hardie and Lee 2005, "RFM and CLV"; Fader and Hardie's note
 * "The Gamma-Gamma model of monetary value", 2013): the value of a customer's purchases varies around their own mean
 * (gamma with shape p and rate nu), and that rate varies across customers (gamma with shape q and scale gamma). Fitted
 * on the customers with at least one repeat purchase; it assumes spend is independent of how often a customer buys.
 */
public final class GammaGamma {

    private final double p;
    private final double q;
    private final double gamma;

    public GammaGamma(double p, double q, double gamma) {
        if (!(p > 0 && q > 0 && gamma > 0)) {
            throw new IllegalArgumentException("Gamma-Gamma parameters are positive: p=" + p + ", q=" + q + ", gamma="
                    + gamma);
        }
        this.p = p;
        this.q = q;
        this.gamma = gamma;
    }

    public double p() {
        return p;
    }

    public double q() {
        return q;
    }

    public double gamma() {
        return gamma;
    }

    /** The log-likelihood of one repeat customer's mean spend over x purchases (x >= 1). */
    public double logLikelihood(PurchaseHistory h) {
        int x = h.x();
        double m = h.meanValue();
        return Gamma.logGamma(p * x + q) - Gamma.logGamma(p * x) - Gamma.logGamma(q) + q * Math.log(gamma)
                + (p * x - 1) * Math.log(m) + p * x * Math.log(x) - (p * x + q) * Math.log(gamma + m * x);
    }

    /** The expected value of this customer's future purchases: their own mean, shrunk towards the shop's. */
    public double expectedSpend(PurchaseHistory h) {
        int x = h.x();
        return (gamma + h.meanValue() * x) * p / (p * x + q - 1);
    }

    /** The expected value of a purchase of a customer with no repeat purchase yet (the population mean, q > 1). */
    public double expectedSpendOfNew() {
        return gamma * p / (q - 1);
    }
}
