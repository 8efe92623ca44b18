package com.loyaltykpi.core.kpi;

import java.time.Instant;
import java.util.Arrays;

/**
 * Members just before each period boundary of a query and enrolments between boundaries, from the counts of
 * periods that began and ended before each boundary ({@link com.loyaltykpi.core.membership.MembershipStore}).
 */
final class MembershipCounts {

    private final long[] boundaries;
    private final long[] enrolledBefore;
    private final long[] leftBefore;

    /** @param boundaries epoch milliseconds, ascending, without repeats; the counts are per boundary */
    MembershipCounts(long[] boundaries, long[] enrolledBefore, long[] leftBefore) {
        this.boundaries = boundaries;
        this.enrolledBefore = enrolledBefore;
        this.leftBefore = leftBefore;
    }

    /** Members just before this boundary: enrolled before it, not left before it. */
    long membersBefore(Instant boundary) {
        int i = index(boundary);
        return enrolledBefore[i] - leftBefore[i];
    }

    /** Enrolments in [from, to). */
    long enrolledBetween(Instant from, Instant to) {
        return enrolledBefore[index(to)] - enrolledBefore[index(from)];
    }

    private int index(Instant boundary) {
        int i = Arrays.binarySearch(boundaries, boundary.toEpochMilli());
        if (i < 0) {
            throw new IllegalArgumentException(boundary + " is not one of the boundaries counted");
        }
        return i;
    }
}
