package com.loyaltykpi.core.incrementality;

import java.util.Arrays;

/**
 * One customer's submitted orders in one currency: business days (epoch days, ascending) with cumulative revenue,
 * cost-known revenue and cost in minor units (cents), so that any of them over any interval of days is two binary
 * searches away.
 */
final class Purchases {

    static final Purchases NONE = new Purchases(new int[0], new long[0], new long[0], new long[0]);

    private final int[] days;
    private final long[] revenue;
    private final long[] costKnownRevenue;
    private final long[] cost;

    /** Days ascending; per order its revenue, the revenue of its items with known cost, and their cost. */
    Purchases(int[] days, long[] revenueMinor, long[] costKnownRevenueMinor, long[] costMinor) {
        this.days = days;
        this.revenue = cumulative(revenueMinor);
        this.costKnownRevenue = cumulative(costKnownRevenueMinor);
        this.cost = cumulative(costMinor);
    }

    private static long[] cumulative(long[] values) {
        long[] sums = new long[values.length + 1];
        for (int i = 0; i < values.length; i++) {
            sums[i + 1] = sums[i] + values[i];
        }
        return sums;
    }

    int size() {
        return days.length;
    }

    /** The day of the i-th order. */
    int day(int i) {
        return days[i];
    }

    /** The revenue of the i-th order. */
    long revenueOf(int i) {
        return revenue[i + 1] - revenue[i];
    }

    /** Revenue on days in [from, to). */
    long revenue(int from, int to) {
        return between(revenue, from, to);
    }

    long costKnownRevenue(int from, int to) {
        return between(costKnownRevenue, from, to);
    }

    long cost(int from, int to) {
        return between(cost, from, to);
    }

    private long between(long[] sums, int from, int to) {
        return sums[firstAtOrAfter(to)] - sums[firstAtOrAfter(from)];
    }

    /** The index of the first order on or after this day (the number of orders before it). */
    int firstAtOrAfter(int day) {
        int low = 0;
        int high = days.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (days[mid] < day) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    @Override
    public String toString() {
        return Arrays.toString(days);
    }
}
