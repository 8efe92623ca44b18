package com.loyaltykpi.core.incrementality;

import java.util.Arrays;
import java.util.List;

/**
 * One difference in differences for staggered enrolment (Callaway and Sant'Anna 2021), in the proportional form
 * that revenue needs, over cohorts of members.
 *
 * <p>For each cohort g and each enrolment day d in it, the comparison customers' revenue in an outcome window
 * divided by their revenue in the base window (the W days before d) is the growth the members would have had
 * without the program (R). A member's lift is their revenue in the outcome window minus their base revenue times
 * R; the cohort's effect ATT(g) is the mean lift of its members. Proportional rather than additive, because a
 * heavy buyer gains more from a seasonal peak than a light one: with members heavier than the comparison (as they
 * are when heavy buyers join sooner), equal changes in money would put the season into the estimate.
 *
 * <p>Comparison customers of cohort g have bought since before its windows and enrol only after its last window
 * day (not yet enrolled: they went through the same selection), or, for the fallback, never enrol. Each
 * customer's influence on every figure (its derivative with respect to the customer's weight, as a member and as
 * a comparison) feeds the multiplier bootstrap; the comparisons' part is computed from per-day kernels, so that
 * it costs one pass over their orders.
 */
final class DiffInDiff {

    /** A cohort with fewer comparison customers than this is left out: their growth would be mostly noise. */
    static final int MIN_COMPARISONS = 10;

    /** Who the members are compared with. */
    enum Comparison {
        NOT_YET_ENROLLED, NEVER_MEMBERS
    }

    private final EstimationData data;
    private final Windows windows;
    private final int shift;
    private final List<Cohort> cohorts;
    private final int outcomes;
    private final int spanStart;
    private final int spanLength;
    private final int[] comparisonFrom;
    private final int[] comparisonTo;
    private final int[] memberCohort;
    private final int[] memberCell;
    private final int[] comparisons;
    private final LeftOut[] excluded;
    private final int[][] cellDays;
    private final double[][][] ratios;
    private final double[][] cellBase;
    private final double[][] comparisonBase;
    private final double[][] att;
    private final double[] estimate;
    private final long[] memberChange;
    private final double[] controlChange;
    private final int members;
    private final double[] kernels;

    /**
     * @param shift days every enrolment is moved earlier (the placebo), 0 for the estimate itself
     * @param cohorts the cohorts' members who have the history and complete windows this analysis needs
     */
    DiffInDiff(EstimationData data, Windows windows, int shift, Comparison comparison, List<Cohort> cohorts) {
        this.data = data;
        this.windows = windows;
        this.shift = shift;
        this.cohorts = cohorts;
        this.outcomes = windows.outcomes();
        int groups = cohorts.size();
        int[] historyCutoff = new int[groups];
        int[] enrolsAfter = new int[groups];
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int g = 0; g < groups; g++) {
            Cohort cohort = cohorts.get(g);
            historyCutoff[g] = cohort.start - shift - windows.daysBefore();
            enrolsAfter[g] = Math.max(cohort.end - 1 - shift + windows.daysAfter() - 1, cohort.end - 1);
            first = Math.min(first, historyCutoff[g]);
            last = Math.max(last, cohort.end - 1 - shift + windows.daysAfter());
        }
        this.spanStart = groups == 0 ? 0 : first;
        this.spanLength = groups == 0 ? 0 : last - first;
        int n = data.customers();
        this.comparisonFrom = new int[n];
        this.comparisonTo = new int[n];
        this.comparisons = new int[groups];
        int[] countChange = new int[groups + 1];
        for (int c = 0; c < n; c++) {
            int a = Purchases.firstAtLeast(historyCutoff, 0, groups, data.firstOrderDay[c]);
            int enrolled = data.firstEnrolmentDay[c];
            int b;
            if (comparison == Comparison.NEVER_MEMBERS) {
                b = enrolled == EstimationData.NEVER ? groups : a;
            } else {
                b = enrolled == EstimationData.NEVER ? a : Purchases.firstAtLeast(enrolsAfter, 0, groups, enrolled);
            }
            comparisonFrom[c] = a;
            comparisonTo[c] = Math.max(a, b);
            if (b > a) {
                countChange[a]++;
                countChange[b]--;
            }
        }
        for (int g = 0, running = 0; g < groups; g++) {
            running += countChange[g];
            comparisons[g] = running;
        }
        long[][] comparisonRevenue = comparisonRevenue(groups);
        this.memberCohort = new int[n];
        this.memberCell = new int[n];
        Arrays.fill(memberCohort, -1);
        this.excluded = new LeftOut[groups];
        this.cellDays = new int[groups][];
        this.ratios = new double[groups][][];
        this.cellBase = new double[groups][];
        this.comparisonBase = new double[groups][];
        this.att = new double[groups][outcomes];
        this.memberChange = new long[groups];
        this.controlChange = new double[groups];
        int analysed = 0;
        for (int g = 0; g < groups; g++) {
            if (usable(g, comparisonRevenue[g])) {
                analysed += cohorts.get(g).size();
            }
        }
        this.members = analysed;
        this.estimate = new double[outcomes];
        for (int g = 0; g < groups; g++) {
            if (excluded[g] == null) {
                for (int o = 0; o < outcomes; o++) {
                    estimate[o] += coefficient(g, o) * att[g][o];
                }
            }
        }
        this.kernels = kernels(groups);
    }

    /** Per cohort, the cumulative daily revenue of its comparison customers over the span: [g][t - spanStart]. */
    private long[][] comparisonRevenue(int groups) {
        long[][] change = new long[groups + 1][spanLength];
        for (int c = 0; c < data.customers(); c++) {
            int a = comparisonFrom[c];
            int b = comparisonTo[c];
            if (b <= a) {
                continue;
            }
            Purchases p = data.purchases[c];
            for (int i = p.firstAtOrAfter(spanStart); i < p.size() && p.day(i) < spanStart + spanLength; i++) {
                long revenue = p.revenueOf(i);
                change[a][p.day(i) - spanStart] += revenue;
                change[b][p.day(i) - spanStart] -= revenue;
            }
        }
        long[][] cumulative = new long[groups][spanLength + 1];
        long[] running = new long[spanLength];
        for (int g = 0; g < groups; g++) {
            for (int t = 0; t < spanLength; t++) {
                running[t] += change[g][t];
                cumulative[g][t + 1] = cumulative[g][t] + running[t];
            }
        }
        return cumulative;
    }

    /** Decides whether cohort g can be estimated; if so, computes its cells, growth ratios and ATT per outcome. */
    private boolean usable(int g, long[] revenue) {
        Cohort cohort = cohorts.get(g);
        if (comparisons[g] == 0) {
            excluded[g] = LeftOut.NO_COMPARISON;
            return false;
        }
        if (comparisons[g] < MIN_COMPARISONS) {
            excluded[g] = LeftOut.FEW_COMPARISONS;
            return false;
        }
        int[] days = distinctShiftedDays(cohort);
        double[][] r = new double[days.length][outcomes];
        double[] bases = new double[days.length];
        for (int cell = 0; cell < days.length; cell++) {
            int d = days[cell];
            long base = window(revenue, windows.baseStart(d), windows.baseEnd(d));
            if (base == 0) {
                excluded[g] = LeftOut.COMPARISONS_WITHOUT_PURCHASES;
                return false;
            }
            bases[cell] = base;
            for (int o = 0; o < outcomes; o++) {
                r[cell][o] = window(revenue, windows.start(o, d), windows.end(o, d)) / (double) base;
            }
        }
        cellDays[g] = days;
        ratios[g] = r;
        comparisonBase[g] = bases;
        cellBase[g] = new double[days.length];
        double[] lifts = new double[outcomes];
        for (int i = 0; i < cohort.size(); i++) {
            int c = cohort.customers[i];
            int d = cohort.days[i] - shift;
            int cell = Arrays.binarySearch(days, d);
            memberCohort[c] = g;
            memberCell[c] = cell;
            Purchases p = data.purchases[c];
            long base = p.revenue(windows.baseStart(d), windows.baseEnd(d));
            cellBase[g][cell] += base;
            for (int o = 0; o < outcomes; o++) {
                lifts[o] += p.revenue(windows.start(o, d), windows.end(o, d)) - base * r[cell][o];
            }
            memberChange[g] += p.revenue(windows.start(Windows.POST, d), windows.end(Windows.POST, d)) - base;
        }
        for (int cell = 0; cell < days.length; cell++) {
            controlChange[g] += cellBase[g][cell] * (r[cell][Windows.POST] - 1);
        }
        for (int o = 0; o < outcomes; o++) {
            att[g][o] = lifts[o] / cohort.size();
        }
        return true;
    }

    private int[] distinctShiftedDays(Cohort cohort) {
        int[] days = new int[cohort.size()];
        for (int i = 0; i < days.length; i++) {
            days[i] = cohort.days[i] - shift;
        }
        Arrays.sort(days);
        int distinct = 0;
        for (int i = 0; i < days.length; i++) {
            if (i == 0 || days[i] != days[i - 1]) {
                days[distinct++] = days[i];
            }
        }
        return Arrays.copyOf(days, distinct);
    }

    private long window(long[] cumulative, int from, int to) {
        return cumulative[to - spanStart] - cumulative[from - spanStart];
    }

    /**
     * How cohort g's ATT enters figure o: the estimate (outcome 0) is a total, the sum of each cohort's members
     * times its ATT; the event study's weeks are the mean lift per member.
     */
    private double coefficient(int g, int o) {
        int size = cohorts.get(g).size();
        return o == Windows.POST ? size : size / (double) members;
    }

    /**
     * The comparisons' influence kernels, cumulative over cohorts: [g][o][t]. A comparison customer's influence on
     * figure o is the sum over its orders of revenue times (K[to][o][t] - K[from][o][t]).
     */
    private double[] kernels(int groups) {
        double[] k = new double[(groups + 1) * outcomes * spanLength];
        double[] change = new double[spanLength + 1];
        for (int g = 0; g < groups; g++) {
            for (int o = 0; o < outcomes; o++) {
                Arrays.fill(change, 0);
                if (excluded[g] == null) {
                    double scale = coefficient(g, o) / cohorts.get(g).size();
                    for (int cell = 0; cell < cellDays[g].length; cell++) {
                        int d = cellDays[g][cell];
                        double weight = scale * cellBase[g][cell] / comparisonBase[g][cell];
                        add(change, windows.start(o, d), windows.end(o, d), -weight);
                        add(change, windows.baseStart(d), windows.baseEnd(d), weight * ratios[g][cell][o]);
                    }
                }
                int previous = (g * outcomes + o) * spanLength;
                int next = ((g + 1) * outcomes + o) * spanLength;
                double running = 0;
                for (int t = 0; t < spanLength; t++) {
                    running += change[t];
                    k[next + t] = k[previous + t] + running;
                }
            }
        }
        return k;
    }

    private void add(double[] change, int from, int to, double value) {
        change[from - spanStart] += value;
        change[to - spanStart] -= value;
    }
    /** Adds customer c's influence on each of this analysis's figures to influence[offset ..]. */
    void influence(int c, double[] influence, int offset) {
        int g = memberCohort[c];
        if (g >= 0 && excluded[g] == null) {
            int cell = memberCell[c];
            int d = cellDays[g][cell];
            Purchases p = data.purchases[c];
            long base = p.revenue(windows.baseStart(d), windows.baseEnd(d));
            double scale = 1.0 / cohorts.get(g).size();
            for (int o = 0; o < outcomes; o++) {
                double lift = p.revenue(windows.start(o, d), windows.end(o, d)) - base * ratios[g][cell][o];
                influence[offset + o] += coefficient(g, o) * scale * (lift - att[g][o]);
            }
        }
        int a = comparisonFrom[c];
        int b = comparisonTo[c];
        if (b > a) {
            Purchases p = data.purchases[c];
            for (int i = p.firstAtOrAfter(spanStart); i < p.size() && p.day(i) < spanStart + spanLength; i++) {
                double revenue = p.revenueOf(i);
                int t = p.day(i) - spanStart;
                for (int o = 0; o < outcomes; o++) {
                    influence[offset + o] += revenue
                            * (kernels[(b * outcomes + o) * spanLength + t] - kernels[(a * outcomes + o) * spanLength + t]);
                }
            }
        }
    }

    int outcomes() {
        return outcomes;
    }

    /** The figure of outcome o: for the estimate's window a total over members, for event weeks a mean per member. */
    double estimate(int o) {
        return estimate[o];
    }

    /** Members in cohorts that could be estimated. */
    int members() {
        return members;
    }

    /** Whether customer c is one of the members estimated. */
    boolean estimated(int c) {
        int g = memberCohort[c];
        return g >= 0 && excluded[g] == null;
    }

    /** Customers who served as comparison for at least one estimated cohort. */
    int comparisonCustomers() {
        int count = 0;
        for (int c = 0; c < data.customers(); c++) {
            for (int g = comparisonFrom[c]; g < comparisonTo[c]; g++) {
                if (excluded[g] == null) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    List<Cohort> cohorts() {
        return cohorts;
    }

    /** Why cohort g was not estimated, or null. */
    LeftOut excluded(int g) {
        return excluded[g];
    }

    int comparisons(int g) {
        return comparisons[g];
    }

    /** Cohort g's incremental revenue in the estimate's window: members times ATT. */
    double incremental(int g) {
        return cohorts.get(g).size() * att[g][Windows.POST];
    }

    /** Raw: how much more cohort g's members spent in the window after than before. */
    long memberChange(int g) {
        return memberChange[g];
    }

    /** The change the comparison customers' growth gives the same members: what would have happened anyway. */
    double controlChange(int g) {
        return controlChange[g];
    }

    /** The window after enrolment of a member enrolled on day e, moved as this analysis moves it: [start, end). */
    int postStart(int e) {
        return windows.start(Windows.POST, e - shift);
    }

    int postEnd(int e) {
        return windows.end(Windows.POST, e - shift);
    }
}
