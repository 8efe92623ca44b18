package com.loyaltykpi.core.behaviour;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.special.Gamma;

import java.util.List;

/**
 * The Gamma-Gamma log-likelihood of a shop's repeat customers as a function of log(p), log(q), log(gamma), for the
 * optimiser: {@link GammaGamma#logLikelihood} summed, the log-gamma terms computed once per repeat count.
 */
final class GammaGammaLikelihood implements MultivariateFunction {

    private final int[] x;
    private final double[] logMean;
    private final double[] mean;
    private final int maxX;

    /** @param repeat customers with at least one repeat purchase */
    GammaGammaLikelihood(List<PurchaseHistory> repeat) {
        int n = repeat.size();
        x = new int[n];
        logMean = new double[n];
        mean = new double[n];
        int max = 0;
        for (int i = 0; i < n; i++) {
            PurchaseHistory h = repeat.get(i);
            x[i] = h.x();
            mean[i] = h.meanValue();
            logMean[i] = Math.log(h.meanValue());
            max = Math.max(max, h.x());
        }
        maxX = max;
    }

    @Override
    public double value(double[] logs) {
        double p = Math.exp(logs[0]);
        double q = Math.exp(logs[1]);
        double gamma = Math.exp(logs[2]);
        double[] byCount = new double[maxX + 1];
        double constant = -Gamma.logGamma(q) + q * Math.log(gamma);
        for (int k = 1; k <= maxX; k++) {
            byCount[k] = constant + Gamma.logGamma(p * k + q) - Gamma.logGamma(p * k) + p * k * Math.log(k);
        }
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double px = p * x[i];
            sum += byCount[x[i]] + (px - 1) * logMean[i] - (px + q) * Math.log(gamma + mean[i] * x[i]);
        }
        return Double.isNaN(sum) ? Double.NEGATIVE_INFINITY : sum;
    }
}
