package com.loyaltykpi.core.behaviour;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One customer's purchases in one currency, added in time order, merged by day (in the shop's time zone: two orders
 * on one day are one purchase, as the models count them): what the models and the scores read of them at the end of
 * the observation.
 */
public final class CustomerPurchases {

    private LocalDate first;
    private LocalDate last;
    private int days;
    private double firstDayValue;
    private double total;

    /** Adds an order (not before the last one added). */
    public void add(LocalDate day, double value) {
        if (last != null && day.isBefore(last)) {
            throw new IllegalArgumentException("purchases are added in time order: " + day + " after " + last);
        }
        if (first == null) {
            first = day;
        }
        if (!day.equals(last)) {
            days++;
        }
        if (day.equals(first)) {
            firstDayValue += value;
        }
        total += value;
        last = day;
    }

    /** The history the models read at the end of this day (weeks since the first purchase). */
    public PurchaseHistory history(LocalDate end) {
        int repeat = days - 1;
        return new PurchaseHistory(repeat, weeks(first, last), weeks(first, end),
                repeat == 0 ? 0 : Math.max(0, total - firstDayValue) / repeat);
    }

    /** Days from the last purchase to the end of the observation (lower is more recent). */
    public long recencyDays(LocalDate end) {
        return ChronoUnit.DAYS.between(last, end);
    }

    /** Purchases (days with an order). */
    public int frequency() {
        return days;
    }

    /** The mean value of a purchase. */
    public double meanValue() {
        return total / days;
    }

    private static double weeks(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) / 7.0;
    }
}
