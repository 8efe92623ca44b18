package com.loyaltykpi.core.screens;

import com.loyaltykpi.core.behaviour.BehaviourSegment;
import com.loyaltykpi.core.behaviour.HoldoutCheck;
import com.loyaltykpi.core.behaviour.HoldoutCheck.FrequencyClass;
import com.loyaltykpi.core.behaviour.ModelFitting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The behaviour model of one currency as the customers screen shows it: the fit, the honest check with its verdict (a
 * message key and its arguments, so that the screen says in the operator's language why the model is not trusted),
 * and the segments, with the predictions only where the check trusts them.
 */
public final class ShopBehaviour {

    private final Map<String, Object> fit;
    private final List<FrequencyClass> checks;
    private final List<SegmentRow> segments;
    private final String verdict;
    private final List<Object> verdictArguments;

    private ShopBehaviour(Map<String, Object> fit, List<FrequencyClass> checks, List<SegmentRow> segments,
                          String verdict, List<Object> verdictArguments) {
        this.fit = fit;
        this.checks = checks;
        this.segments = segments;
        this.verdict = verdict;
        this.verdictArguments = verdictArguments;
    }

    /** One currency's fit row, its check rows and its segment rows (LK_BEHAVIOUR_*, columns by name). */
    static ShopBehaviour of(Map<String, Object> fit, List<Map<String, Object>> checkRows,
                            List<Map<String, Object>> segmentRows) {
        List<FrequencyClass> checks = new ArrayList<FrequencyClass>();
        double predicted = 0;
        double actual = 0;
        FrequencyClass firstOff = null;
        for (Map<String, Object> row : checkRows) {
            FrequencyClass check = new FrequencyClass(whole(row, "REPEAT_PURCHASES"), whole(row, "CUSTOMERS"),
                    decimal(row, "PREDICTED"), decimal(row, "ACTUAL"));
            checks.add(check);
            predicted += check.customers() * check.predicted();
            actual += check.customers() * check.actual();
            if (firstOff == null && check.judged() && check.off()) {
                firstOff = check;
            }
        }
        boolean trusted = Boolean.TRUE.equals(fit.get("CHECK_TRUSTED"));
        String verdict;
        List<Object> arguments;
        if (fit.get("BG_R") == null) {
            verdict = "lk.customers.verdict.notFitted";
            arguments = Arrays.<Object>asList(whole(fit, "CUSTOMERS"), whole(fit, "REPEAT_CUSTOMERS"),
                    ModelFitting.MIN_CUSTOMERS, ModelFitting.MIN_REPEAT_CUSTOMERS);
        } else if (trusted) {
            verdict = "lk.customers.verdict.trusted";
            arguments = Arrays.<Object>asList(Math.round(actual), Math.round(predicted));
        } else if (checks.isEmpty()) {
            verdict = "lk.customers.verdict.notCheckable";
            arguments = Collections.emptyList();
        } else if (HoldoutCheck.off(predicted, actual) || firstOff == null) {
            verdict = "lk.customers.verdict.offTotal";
            arguments = Arrays.<Object>asList(Math.round(actual), Math.round(predicted));
        } else {
            verdict = "lk.customers.verdict.offClass";
            arguments = Arrays.<Object>asList(firstOff.label(), round(firstOff.actual()), round(firstOff.predicted()));
        }
        int customers = whole(fit, "CUSTOMERS");
        List<SegmentRow> segments = new ArrayList<SegmentRow>();
        for (Map<String, Object> row : segmentRows) {
            int inSegment = whole(row, "CUSTOMERS");
            Double value = trusted && row.get("PREDICTED_VALUE") != null
                    ? decimal(row, "PREDICTED_VALUE") / inSegment : null;
            Double active = trusted && row.get("P_ACTIVE") != null ? decimal(row, "P_ACTIVE") : null;
            segments.add(new SegmentRow(BehaviourSegment.valueOf((String) row.get("SEGMENT")), inSegment,
                    customers == 0 ? 0 : (double) inSegment / customers, value, active));
        }
        Collections.sort(segments);
        return new ShopBehaviour(fit, checks, segments, verdict, arguments);
    }

    public String currency() {
        return (String) fit.get("CURRENCY");
    }

    public int customers() {
        return whole(fit, "CUSTOMERS");
    }

    public int repeatCustomers() {
        return whole(fit, "REPEAT_CUSTOMERS");
    }

    public Instant computedAt() {
        return Instant.ofEpochMilli(((Number) fit.get("COMPUTED_AT")).longValue());
    }

    /** Whether the honest check trusts the model for this currency: only then are predictions shown. */
    public boolean trusted() {
        return Boolean.TRUE.equals(fit.get("CHECK_TRUSTED"));
    }

    /** Whether the spend model (Gamma-Gamma) was fitted: without it there is no predicted value. */
    public boolean spendFitted() {
        return fit.get("GG_P") != null;
    }

    /** The mean absolute error of the check's prediction per customer (null when not checked). */
    public Double meanAbsoluteError() {
        return fit.get("CHECK_MAE") == null ? null : decimal(fit, "CHECK_MAE");
    }

    /** A fitted parameter by its column (BG_R, BG_ALPHA, BG_A, BG_B, GG_P, GG_Q, GG_GAMMA), or null. */
    public Double parameter(String column) {
        return fit.get(column) == null ? null : decimal(fit, column);
    }

    /** The message key of the check's verdict; {@link #verdictArgument(int)} gives its arguments. */
    public String verdict() {
        return verdict;
    }

    /** The verdict's argument at this index, or null (the template passes four). */
    public Object verdictArgument(int index) {
        return index < verdictArguments.size() ? verdictArguments.get(index) : null;
    }

    public List<FrequencyClass> checks() {
        return checks;
    }

    public List<SegmentRow> segments() {
        return segments;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static int whole(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).intValue();
    }

    private static double decimal(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).doubleValue();
    }

    /** One segment: customers, their share, and, where trusted, the mean predicted value and P(active). */
    public static final class SegmentRow implements Comparable<SegmentRow> {
        private final BehaviourSegment segment;
        private final int customers;
        private final double share;
        private final Double valuePerCustomer;
        private final Double probabilityActive;

        SegmentRow(BehaviourSegment segment, int customers, double share, Double valuePerCustomer,
                   Double probabilityActive) {
            this.segment = segment;
            this.customers = customers;
            this.share = share;
            this.valuePerCustomer = valuePerCustomer;
            this.probabilityActive = probabilityActive;
        }

        public BehaviourSegment segment() {
            return segment;
        }

        public int customers() {
            return customers;
        }

        public double share() {
            return share;
        }

        public Double valuePerCustomer() {
            return valuePerCustomer;
        }

        public Double probabilityActive() {
            return probabilityActive;
        }

        @Override
        public int compareTo(SegmentRow other) {
            return segment.compareTo(other.segment);
        }
    }
}
