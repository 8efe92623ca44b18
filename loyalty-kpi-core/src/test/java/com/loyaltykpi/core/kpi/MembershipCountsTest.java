package com.loyaltykpi.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Members at period boundaries and enrolments between them, against hand-counted memberships. */
class MembershipCountsTest {

    private static final Instant MARCH_1 = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant MARCH_2 = Instant.parse("2026-03-02T00:00:00Z");
    private static final Instant MARCH_3 = Instant.parse("2026-03-03T00:00:00Z");

    /** Two joined before March 1st, three more on March 1st; one left on March 1st, one on March 2nd. */
    private final MembershipCounts counts = new MembershipCounts(
            new long[] {MARCH_1.toEpochMilli(), MARCH_2.toEpochMilli(), MARCH_3.toEpochMilli()},
            new long[] {2, 5, 5}, new long[] {0, 1, 2});

    @Test
    void membersBeforeABoundaryAreWhoJoinedAndHadNotLeftBeforeIt() {
        assertThat(counts.membersBefore(MARCH_1)).isEqualTo(2);
        assertThat(counts.membersBefore(MARCH_2)).isEqualTo(4);
        assertThat(counts.membersBefore(MARCH_3)).isEqualTo(3);
    }

    @Test
    void enrolmentsBetweenTwoBoundaries() {
        assertThat(counts.enrolledBetween(MARCH_1, MARCH_2)).isEqualTo(3);
        assertThat(counts.enrolledBetween(MARCH_2, MARCH_3)).isZero();
        assertThat(counts.enrolledBetween(MARCH_1, MARCH_3)).isEqualTo(3);
    }

    @Test
    void anInstantThatWasNotCountedIsRefused() {
        assertThatThrownBy(() -> counts.membersBefore(Instant.parse("2026-03-01T12:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not one of the boundaries");
    }
}
