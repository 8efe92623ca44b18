package com.loyaltykpi.core.behaviour;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The honest check shown to the operator: BG/NBD fitted on all but the last weeks of the data, its predicted purchases
 * for those weeks set against what the customers then bought, per frequency class (repeat purchases 0 to 6, and 7 or
 * more, in the calibration), with the mean absolute error per customer. The model is trusted for a shop when its total
 * prediction is within {@link #TOLERANCE} of the purchases made, and so is every class of at least
 * {@link #MIN_CLASS} customers; otherwise the admin says the model does not fit this shop instead of showing its
 * predictions.
 */
public final class HoldoutCheck {

    /** The weeks held out: the last six months. */
    public static final double WEEKS = 26;
    /** The largest relative error of a trusted prediction. */
    public static final double TOLERANCE = 0.20;
    /** The customers a frequency class needs to be judged on its own. */
    public static final int MIN_CLASS = 30;
    /** Frequency classes: 0 to 6 repeat purchases, then 7 or more. */
    public static final int CLASSES = 8;

    private final List<FrequencyClass> classes;
    private final double meanAbsoluteError;
    private final boolean trusted;
    private final String reason;

    private HoldoutCheck(List<FrequencyClass> classes, double meanAbsoluteError, boolean trusted, String reason) {
        this.classes = classes;
        this.meanAbsoluteError = meanAbsoluteError;
        this.trusted = trusted;
        this.reason = reason;
    }

    /**
     * The check of these customers' calibration histories (to the start of the held-out weeks) and the purchases each
     * made in the held-out weeks (the same order).
     */
    public static HoldoutCheck of(List<PurchaseHistory> calibration, List<Integer> heldOut) {
        Fit<BgNbd> fit = ModelFitting.bgNbd(calibration);
        if (!fit.fitted()) {
            return new HoldoutCheck(Collections.<FrequencyClass>emptyList(), Double.NaN, false,
                    "the model cannot be checked on the data before the last six months: " + fit.refusal());
        }
        int[] customers = new int[CLASSES];
        double[] predicted = new double[CLASSES];
        double[] actual = new double[CLASSES];
        double absoluteErrors = 0;
        for (int i = 0; i < calibration.size(); i++) {
            PurchaseHistory h = calibration.get(i);
            double prediction = fit.model().expectedPurchases(h, WEEKS);
            int k = Math.min(CLASSES - 1, h.x());
            customers[k]++;
            predicted[k] += prediction;
            actual[k] += heldOut.get(i);
            absoluteErrors += Math.abs(prediction - heldOut.get(i));
        }
        List<FrequencyClass> classes = new ArrayList<FrequencyClass>();
        double totalPredicted = 0;
        double totalActual = 0;
        String reason = null;
        for (int k = 0; k < CLASSES; k++) {
            totalPredicted += predicted[k];
            totalActual += actual[k];
            if (customers[k] > 0) {
                classes.add(new FrequencyClass(k, customers[k], predicted[k] / customers[k], actual[k] / customers[k]));
            }
            if (reason == null && customers[k] >= MIN_CLASS && off(predicted[k], actual[k])) {
                reason = "customers with " + (k == CLASSES - 1 ? (CLASSES - 1) + " or more" : String.valueOf(k))
                        + " repeat purchases bought " + round(actual[k] / customers[k]) + " each in the last six "
                        + "months; the model predicted " + round(predicted[k] / customers[k]);
            }
        }
        if (off(totalPredicted, totalActual)) {
            reason = "the customers bought " + Math.round(totalActual) + " times in the last six months; the model "
                    + "predicted " + Math.round(totalPredicted);
        }
        return new HoldoutCheck(classes, absoluteErrors / calibration.size(), reason == null, reason);
    }

    /** Whether a prediction is further from what was bought than the tolerance allows. */
    public static boolean off(double predicted, double actual) {
        return Math.abs(predicted - actual) > TOLERANCE * Math.max(actual, 1);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** Predicted against actual purchases per frequency class (classes without customers left out). */
    public List<FrequencyClass> classes() {
        return classes;
    }

    /** The mean absolute error per customer, in purchases (NaN when the check could not be made). */
    public double meanAbsoluteError() {
        return meanAbsoluteError;
    }

    /** Whether the model's predictions may be shown for this shop. */
    public boolean trusted() {
        return trusted;
    }

    /** Why not, in words; null when trusted. */
    public String reason() {
        return reason;
    }

    /** One frequency class of the check. */
    public static final class FrequencyClass {
        private final int repeatPurchases;
        private final int customers;
        private final double predicted;
        private final double actual;

        /** A class as stored (LK_BEHAVIOUR_CHECK): its purchases per customer predicted and made. */
        public FrequencyClass(int repeatPurchases, int customers, double predicted, double actual) {
            this.repeatPurchases = repeatPurchases;
            this.customers = customers;
            this.predicted = predicted;
            this.actual = actual;
        }

        /** Repeat purchases in the calibration (the last class: this many or more). */
        public int repeatPurchases() {
            return repeatPurchases;
        }

        public int customers() {
            return customers;
        }

        /** Mean predicted purchases per customer in the held-out weeks. */
        public double predicted() {
            return predicted;
        }

        /** Mean purchases per customer made in the held-out weeks. */
        public double actual() {
            return actual;
        }

        /** The class as the operator reads it: its repeat purchases, "7+" for the last. */
        public String label() {
            return repeatPurchases == CLASSES - 1 ? repeatPurchases + "+" : String.valueOf(repeatPurchases);
        }

        /** Whether the class is large enough to be judged on its own. */
        public boolean judged() {
            return customers >= MIN_CLASS;
        }

        /** Whether its prediction misses what was bought by more than the tolerance. */
        public boolean off() {
            return HoldoutCheck.off(predicted * customers, actual * customers);
        }
    }
}
