package com.loyaltykpi.core.behaviour;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.special.Gamma;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The BG/NBD log-likelihood of a whole shop as a function of log(r), log(alpha), log(a), log(b), for the optimiser:
 * {@link BgNbd#logLikelihood} summed, with the log-gamma terms computed once per repeat count instead of once per
 * customer (a shop has a million customers but a few dozen distinct counts), over primitive arrays of the distinct
 * histories, each weighted by its customers.
 */
final class BgNbdLikelihood implements MultivariateFunction {

    private final int[] x;
    private final double[] tx;
    private final double[] age;
    private final double[] weight;
    private final int maxX;

    /** Customers with the same history count once, weighted (most never bought again: one row per age). */
    BgNbdLikelihood(List<PurchaseHistory> histories) {
        Map<List<Double>, double[]> distinct = new HashMap<List<Double>, double[]>();
        for (PurchaseHistory h : histories) {
            List<Double> key = Arrays.asList((double) h.x(), h.tx(), h.age());
            double[] count = distinct.get(key);
            if (count == null) {
                distinct.put(key, new double[] {1});
            } else {
                count[0]++;
            }
        }
        int n = distinct.size();
        x = new int[n];
        tx = new double[n];
        age = new double[n];
        weight = new double[n];
        int max = 0;
        int i = 0;
        for (Map.Entry<List<Double>, double[]> history : distinct.entrySet()) {
            x[i] = history.getKey().get(0).intValue();
            tx[i] = history.getKey().get(1);
            age[i] = history.getKey().get(2);
            weight[i] = history.getValue()[0];
            max = Math.max(max, x[i]);
            i++;
        }
        maxX = max;
    }

    @Override
    public double value(double[] logs) {
        double r = Math.exp(logs[0]);
        double alpha = Math.exp(logs[1]);
        double a = Math.exp(logs[2]);
        double b = Math.exp(logs[3]);
        // per repeat count: the terms of A1 and A2 that depend on x, and log(a / (b + x - 1))
        double[] byCount = new double[maxX + 1];
        double[] dropOut = new double[maxX + 1];
        double constant = -Gamma.logGamma(r) + r * Math.log(alpha) + Gamma.logGamma(a + b) - Gamma.logGamma(b);
        for (int k = 0; k <= maxX; k++) {
            byCount[k] = constant + Gamma.logGamma(r + k) + Gamma.logGamma(b + k) - Gamma.logGamma(a + b + k);
            dropOut[k] = k == 0 ? 0 : Math.log(a) - Math.log(b + k - 1);
        }
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            int k = x[i];
            double a3 = -(r + k) * Math.log(alpha + age[i]);
            if (k == 0) {
                sum += weight[i] * (byCount[0] + a3);
            } else {
                double a4 = dropOut[k] - (r + k) * Math.log(alpha + tx[i]);
                double max = Math.max(a3, a4);
                sum += weight[i] * (byCount[k] + max + Math.log(Math.exp(a3 - max) + Math.exp(a4 - max)));
            }
        }
        return Double.isNaN(sum) ? Double.NEGATIVE_INFINITY : sum;
    }
}
