package com.loyaltykpi.core.report;

import java.time.Instant;
import java.util.Arrays;

import com.loyaltykpi.core.membership.MembershipStore;

/**
 * Members at a period boundary and enrolments between two boundaries, from the enrolments and leavings counted
 * per 15-minute slot ({@link MembershipStore#enrolmentSlots()}). Boundaries are business-day starts of the shop's
 * time zone: whole slots, so the counts are exact.
 */
final class MembershipCounts {

    private final Cumulative enrolled;
    private final Cumulative left;

    MembershipCounts(long[][] enrolmentSlots, long[][] leavingSlots) {
        this.enrolled = new Cumulative(enrolmentSlots);
        this.left = new Cumulative(leavingSlots);
    }

    /** Members just before this boundary: enrolled before it, not left before it. */
    long membersBefore(Instant boundary) {
        long slot = slot(boundary);
        return enrolled.before(slot) - left.before(slot);
    }

    /** Enrolments in [from, to). */
    long enrolledBetween(Instant from, Instant to) {
        return enrolled.before(slot(to)) - enrolled.before(slot(from));
    }

    private static long slot(Instant boundary) {
        long millis = boundary.toEpochMilli();
        if (Math.floorMod(millis, MembershipStore.SLOT_MILLIS) != 0) {
            throw new IllegalArgumentException(boundary + " is not a period boundary (a whole quarter of an hour)");
        }
        return Math.floorDiv(millis, MembershipStore.SLOT_MILLIS);
    }

    /** Running totals over sorted slots. */
    private static final class Cumulative {
        private final long[] slots;
        private final long[] totals;

        Cumulative(long[][] counted) {
            this.slots = counted[0];
            this.totals = new long[slots.length];
            long sum = 0;
            for (int i = 0; i < slots.length; i++) {
                sum += counted[1][i];
                totals[i] = sum;
            }
        }

        /** The count of the slots before this one. */
        long before(long slot) {
            int i = Arrays.binarySearch(slots, slot);
            int firstNotBefore = i < 0 ? -i - 1 : i;
            return firstNotBefore == 0 ? 0 : totals[firstNotBefore - 1];
        }
    }
}
