package com.loyaltykpi.core.behaviour;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Fits the BG/NBD and Gamma-Gamma models to a shop's customers by maximum likelihood: Commons Math's Nelder-Mead
 * simplex on the logarithms of the parameters (so they stay positive), from several starting points, restarted at its
 * own optimum until it no longer improves (the simplex can stall short of the optimum), on at most
 * {@link #MAX_FIT_CUSTOMERS} customers. A shop with too few customers, or too few who bought again, is refused with the
 * reason: the estimates would be noise.
 */
public final class ModelFitting {

    /** Customers needed to fit BG/NBD. */
    public static final int MIN_CUSTOMERS = 100;
    /** Customers with a repeat purchase needed to fit either model. */
    public static final int MIN_REPEAT_CUSTOMERS = 30;

    /**
     * Customers the fits read at most: a larger shop is fitted on a seeded random sample of this many (the estimates'
     * sampling error is then a fraction of a percent, while the time stays bounded); predictions are for every customer.
     */
    public static final int MAX_FIT_CUSTOMERS = 100_000;

    /** The smallest and largest value of a fitted parameter (the tables keep 14 digits before the point). */
    static final double SMALLEST = 1e-8;
    static final double LARGEST = 1e10;
    private static final int MAX_EVALUATIONS = 20_000;
    private static final int MAX_RESTARTS = 10;

    private ModelFitting() {
    }

    /** BG/NBD's r, alpha, a and b for these customers' histories. */
    public static Fit<BgNbd> bgNbd(List<PurchaseHistory> histories) {
        int repeat = repeatCustomers(histories).size();
        if (histories.size() < MIN_CUSTOMERS || repeat < MIN_REPEAT_CUSTOMERS) {
            return Fit.refused("too few customers to fit: " + histories.size() + " customers, " + repeat
                    + " of them bought again; at least " + MIN_CUSTOMERS + " and " + MIN_REPEAT_CUSTOMERS + " are needed");
        }
        MultivariateFunction logLikelihood = new BgNbdLikelihood(sample(histories));
        PointValuePair best = maximise(logLikelihood, new double[][] {{0, 0, 0, 0},
                {Math.log(0.5), Math.log(meanAge(histories) / 4), Math.log(0.5), Math.log(2)}});
        double[] p = best.getPoint();
        return Fit.of(new BgNbd(Math.exp(p[0]), Math.exp(p[1]), Math.exp(p[2]), Math.exp(p[3])), best.getValue());
    }

    /** Gamma-Gamma's p, q and gamma for the spend of these customers' repeat purchases. */
    public static Fit<GammaGamma> gammaGamma(List<PurchaseHistory> histories) {
        List<PurchaseHistory> repeat = repeatCustomers(histories);
        if (repeat.size() < MIN_REPEAT_CUSTOMERS) {
            return Fit.refused("too few customers bought again to model their spend: " + repeat.size() + "; at least "
                    + MIN_REPEAT_CUSTOMERS + " are needed");
        }
        MultivariateFunction logLikelihood = new GammaGammaLikelihood(sample(repeat));
        PointValuePair best = maximise(logLikelihood, new double[][] {{0, 0, 0},
                {Math.log(2), Math.log(2), Math.log(meanSpend(repeat))}});
        double[] p = best.getPoint();
        GammaGamma model = new GammaGamma(Math.exp(p[0]), Math.exp(p[1]), Math.exp(p[2]));
        if (model.q() <= 1) {
            return Fit.refused("spend per purchase varies too much across customers to predict (q = " + model.q()
                    + ", at most 1)");
        }
        return Fit.of(model, best.getValue());
    }

    /**
     * The best optimum over the starting points, each restarted from its own optimum until it stops improving; every
     * parameter within [{@link #SMALLEST}, {@link #LARGEST}]. The bound matters at the model's limits only (a shop
     * whose customers never drop out, or all buy at one rate, drives b, or r and alpha, to infinity), where the
     * likelihood no longer changes and the predictions are those of the limit.
     */
    private static PointValuePair maximise(final MultivariateFunction unbounded, double[][] starts) {
        MultivariateFunction function = new MultivariateFunction() {
            @Override
            public double value(double[] point) {
                return unbounded.value(bounded(point));
            }
        };
        SimplexOptimizer optimizer = new SimplexOptimizer(1e-12, 1e-10);
        PointValuePair best = null;
        for (double[] start : starts) {
            double[] point = start;
            PointValuePair found = null;
            for (int restart = 0; restart < MAX_RESTARTS; restart++) {
                PointValuePair next = optimizer.optimize(new MaxEval(MAX_EVALUATIONS), new ObjectiveFunction(function),
                        GoalType.MAXIMIZE, new InitialGuess(point), new NelderMeadSimplex(point.length, 0.5));
                boolean improved = found == null || next.getValue() > found.getValue() + 1e-9;
                found = found == null || next.getValue() > found.getValue() ? next : found;
                point = found.getPoint();
                if (!improved) {
                    break;
                }
            }
            if (best == null || found.getValue() > best.getValue()) {
                best = found;
            }
        }
        return new PointValuePair(bounded(best.getPoint()), best.getValue());
    }

    private static double[] bounded(double[] logParameters) {
        double[] within = new double[logParameters.length];
        for (int i = 0; i < within.length; i++) {
            within[i] = Math.max(Math.log(SMALLEST), Math.min(Math.log(LARGEST), logParameters[i]));
        }
        return within;
    }

    /** The histories, or a seeded random sample of {@link #MAX_FIT_CUSTOMERS} of them (the same every time). */
    static List<PurchaseHistory> sample(List<PurchaseHistory> histories) {
        if (histories.size() <= MAX_FIT_CUSTOMERS) {
            return histories;
        }
        List<PurchaseHistory> shuffled = new ArrayList<PurchaseHistory>(histories);
        Collections.shuffle(shuffled, new Random(20261201L + histories.size()));
        return shuffled.subList(0, MAX_FIT_CUSTOMERS);
    }

    private static List<PurchaseHistory> repeatCustomers(List<PurchaseHistory> histories) {
        List<PurchaseHistory> repeat = new ArrayList<PurchaseHistory>();
        for (PurchaseHistory h : histories) {
            if (h.x() > 0) {
                repeat.add(h);
            }
        }
        return repeat;
    }

    private static double meanAge(List<PurchaseHistory> histories) {
        double sum = 0;
        for (PurchaseHistory h : histories) {
            sum += h.age();
        }
        return Math.max(1, sum / histories.size());
    }

    private static double meanSpend(List<PurchaseHistory> repeat) {
        double sum = 0;
        for (PurchaseHistory h : repeat) {
            sum += h.meanValue();
        }
        return Math.max(1e-6, sum / repeat.size());
    }
}
