package com.loyaltykpi.core.incrementality;

import java.util.Arrays;

/**
 * One customer's purchases in one currency: business days (epoch days, ascending) with cumulative revenue in
 * minor units (cents), so that revenue and order counts over any interval are two binary searches away.
 */
final class Purchases {

    private final int[] days;
    private final long[] cumulativeMinor;

    /** @param days ascending business days; @param revenueMinor each order's revenue in minor units */
    Purchases(int[] days, long[] revenueMinor) {
        this.days = days;
        this.cumulativeMinor = new long[revenueMinor.length + 1];
        for (int i = 0; i < revenueMinor.length; i++) {
            cumulativeMinor[i + 1] = cumulativeMinor[i] + revenueMinor[i];
        }
    }

    /** The first purchase day, or Integer.MAX_VALUE without purchases. */
    int firstDay() {
        return days.length == 0 ? Integer.MAX_VALUE : days[0];
    }

    /** Revenue on days in [from, to). */
    long revenue(int from, int to) {
        return cumulativeMinor[firstAtOrAfter(to)] - cumulativeMinor[firstAtOrAfter(from)];
    }

    /** Orders on days in [from, to). */
    int orders(int from, int to) {
        return firstAtOrAfter(to) - firstAtOrAfter(from);
    }

    private int firstAtOrAfter(int day) {
        int i = Arrays.binarySearch(days, day);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && days[i - 1] == day) {
            i--;
        }
        return i;
    }
}
