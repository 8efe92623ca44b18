package com.loyaltykpi.core.incrementality;

import java.time.YearMonth;

/**
 * In one month: the days the estimated members spent as members inside their windows after enrolling, and the
 * days all members spent as members. Their ratio is the share of the month's program cost that the estimate's
 * members account for.
 */
public final class MemberDays {

    private final YearMonth month;
    private final long estimated;
    private final long all;

    MemberDays(YearMonth month, long estimated, long all) {
        this.month = month;
        this.estimated = estimated;
        this.all = all;
    }

    public YearMonth month() {
        return month;
    }

    public long estimated() {
        return estimated;
    }

    public long all() {
        return all;
    }
}
