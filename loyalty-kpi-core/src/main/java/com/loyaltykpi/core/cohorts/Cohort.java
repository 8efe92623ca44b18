package com.loyaltykpi.core.cohorts;

import com.loyaltykpi.core.period.Segment;

import java.time.YearMonth;

/**
 * One retention cohort: its customers, and how many of them bought in each of the {@link #MONTHS} months after the
 * cohort's month.
 */
public final class Cohort {

    /** The months after the cohort's month that are counted. */
    public static final int MONTHS = 12;

    private final CohortKind kind;
    private final YearMonth month;
    private final Segment segment;
    private int customers;
    private final int[] active;

    public Cohort(CohortKind kind, YearMonth month, Segment segment, int customers, int[] active) {
        this.kind = kind;
        this.month = month;
        this.segment = segment;
        this.customers = customers;
        this.active = active.clone();
    }

    /** Counts one more customer of the cohort with the months they bought in. */
    void add(java.util.Set<YearMonth> purchaseMonths) {
        customers++;
        for (int k = 1; k <= MONTHS; k++) {
            if (purchaseMonths.contains(month.plusMonths(k))) {
                active[k - 1]++;
            }
        }
    }

    public CohortKind kind() {
        return kind;
    }

    public YearMonth month() {
        return month;
    }

    public Segment segment() {
        return segment;
    }

    public int customers() {
        return customers;
    }

    /** Customers who bought in the k-th month after the cohort's month (k from 1 to 12). */
    public int active(int k) {
        return active[k - 1];
    }

    /** Their share of the cohort (0 for an empty cohort). */
    public double share(int k) {
        return customers == 0 ? 0 : (double) active[k - 1] / customers;
    }

    /** Whether the k-th month after the cohort's month is over by {@code current}, the month running now. */
    public boolean observed(int k, YearMonth current) {
        return month.plusMonths(k).isBefore(current);
    }
}
