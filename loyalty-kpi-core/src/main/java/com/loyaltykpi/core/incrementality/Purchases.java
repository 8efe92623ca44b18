package com.loyaltykpi.core.incrementality;

/**
 * One customer's submitted orders in one currency: business days (epoch days, ascending) with cumulative revenue,
 * cost-known revenue and cost in minor units (cents), so that any of them over any interval of days is two binary
 * searches away. A view of arrays that every customer's orders share, one after the other.
 */
final class Purchases {

    static final Purchases NONE = new Purchases(new int[0], 0, 0, new long[1], new long[1], new long[1], 0);

    private final int[] days;
    private final int start;
    private final int size;
    private final long[] revenue;
    private final long[] costKnownRevenue;
    private final long[] cost;
    private final int sums;

    /**
     * @param days   every customer's order days; this customer's are days[start, start + size), ascending
     * @param sums   where this customer's cumulative sums start in the three sum arrays: a zero, then one per order
     */
    Purchases(int[] days, int start, int size, long[] revenue, long[] costKnownRevenue, long[] cost, int sums) {
        this.days = days;
        this.start = start;
        this.size = size;
        this.revenue = revenue;
        this.costKnownRevenue = costKnownRevenue;
        this.cost = cost;
        this.sums = sums;
    }

    int size() {
        return size;
    }

    /** The day of the i-th order. */
    int day(int i) {
        return days[start + i];
    }

    /** The revenue of the i-th order. */
    long revenueOf(int i) {
        return revenue[sums + i + 1] - revenue[sums + i];
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

    private long between(long[] cumulative, int from, int to) {
        return cumulative[sums + firstAtOrAfter(to)] - cumulative[sums + firstAtOrAfter(from)];
    }

    /** The index of the first order on or after this day (the number of orders before it). */
    int firstAtOrAfter(int day) {
        return firstAtLeast(days, start, start + size, day) - start;
    }

    /** The first index in [from, to) of this ascending array whose value is at least the given one; to when none is. */
    static int firstAtLeast(int[] ascending, int from, int to, int value) {
        int low = from;
        int high = to;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ascending[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
