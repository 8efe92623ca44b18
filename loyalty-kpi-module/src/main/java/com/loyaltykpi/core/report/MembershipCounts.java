package com.loyaltykpi.core.report;

import java.time.Instant;
import java.util.Arrays;

/** Members at an instant and enrolments in an interval, from the sorted enrolment and leaving instants. */
final class MembershipCounts {

    private final long[] enrolled;
    private final long[] left;

    MembershipCounts(long[][] bounds) {
        this.enrolled = bounds[0];
        this.left = bounds[1];
    }

    /** Members at this instant: enrolled at or before it, not left at or before it. */
    long membersAt(Instant instant) {
        return atOrBefore(enrolled, instant.toEpochMilli()) - atOrBefore(left, instant.toEpochMilli());
    }

    /** Enrolments in [from, to). */
    long enrolledBetween(Instant from, Instant to) {
        return atOrBefore(enrolled, to.toEpochMilli() - 1) - atOrBefore(enrolled, from.toEpochMilli() - 1);
    }

    private static long atOrBefore(long[] sorted, long value) {
        int i = Arrays.binarySearch(sorted, value);
        if (i < 0) {
            return -i - 1;
        }
        while (i + 1 < sorted.length && sorted[i + 1] == value) {
            i++;
        }
        return i + 1;
    }
}
