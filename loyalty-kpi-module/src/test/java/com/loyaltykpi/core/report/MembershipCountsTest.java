package com.loyaltykpi.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.loyaltykpi.core.membership.MembershipStore;

/** Members at boundaries from 15-minute slot counts, against hand-counted memberships. */
class MembershipCountsTest {

    // slots of 15 minutes since the epoch
    private static final long MARCH_1 = Instant.parse("2026-03-01T00:00:00Z").toEpochMilli() / MembershipStore.SLOT_MILLIS;

    /** Three enrolled in the slot before March 1st (two of them), in the first slot of March 1st (one), on March 2nd (two). */
    private final long[][] enrolments = {{MARCH_1 - 1, MARCH_1, MARCH_1 + 96}, {2, 1, 2}};
    /** One left in the first slot of March 1st, one on March 3rd. */
    private final long[][] leavings = {{MARCH_1, MARCH_1 + 192}, {1, 1}};

    @Test
    void membersBeforeABoundaryCountWhoJoinedAndHadNotLeftBeforeIt() {
        MembershipCounts counts = new MembershipCounts(enrolments, leavings);
        assertThat(counts.membersBefore(Instant.parse("2026-03-01T00:00:00Z"))).isEqualTo(2);
        assertThat(counts.membersBefore(Instant.parse("2026-03-01T00:15:00Z"))).isEqualTo(2); // +1 joined, -1 left
        assertThat(counts.membersBefore(Instant.parse("2026-03-03T00:00:00Z"))).isEqualTo(4);
        assertThat(counts.membersBefore(Instant.parse("2026-03-04T00:00:00Z"))).isEqualTo(3);
        assertThat(counts.membersBefore(Instant.parse("2020-01-01T00:00:00Z"))).isZero();
    }

    @Test
    void enrolmentsBetweenBoundariesInTheShopsZone() {
        MembershipCounts counts = new MembershipCounts(enrolments, leavings);
        // March 1st in Rome: from 2026-02-28T23:00Z to 2026-03-01T23:00Z
        assertThat(counts.enrolledBetween(Instant.parse("2026-02-28T23:00:00Z"), Instant.parse("2026-03-01T23:00:00Z"))).isEqualTo(3);
        assertThat(counts.enrolledBetween(Instant.parse("2026-03-01T23:00:00Z"), Instant.parse("2026-03-02T23:00:00Z"))).isEqualTo(2);
        assertThat(new MembershipCounts(new long[2][0], new long[2][0]).membersBefore(Instant.parse("2026-03-01T00:00:00Z"))).isZero();
    }

    @Test
    void anInstantInsideASlotIsNotABoundary() {
        MembershipCounts counts = new MembershipCounts(enrolments, leavings);
        assertThatThrownBy(() -> counts.membersBefore(Instant.parse("2026-03-01T00:07:00Z")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a period boundary");
    }
}
