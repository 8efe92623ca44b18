package com.loyaltykpi.core.membership;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MembershipHistoryTest {

    private static final Instant JOINED = Instant.parse("2025-01-10T09:00:00Z");
    private static final Instant LEFT = Instant.parse("2025-04-01T00:00:00Z");
    private static final Instant REJOINED = Instant.parse("2025-09-15T18:30:00Z");

    private final MembershipHistory history = new MembershipHistory(Arrays.asList(
            new MembershipPeriod("c1", JOINED, LEFT, MembershipSource.REGISTRATION, MembershipSource.ACCOUNT_PAGE),
            new MembershipPeriod("c1", REJOINED, null, MembershipSource.ADMIN, null)));

    @Test
    void memberFromTheEnrolmentInstantUntilJustBeforeLeaving() {
        assertThat(history.memberAt(JOINED.minusMillis(1))).isFalse();
        assertThat(history.memberAt(JOINED)).isTrue();
        assertThat(history.memberAt(LEFT.minusMillis(1))).isTrue();
        assertThat(history.memberAt(LEFT)).isFalse();
    }

    @Test
    void aSecondPeriodCountsAgainAndStaysOpen() {
        assertThat(history.memberAt(REJOINED.minusSeconds(1))).isFalse();
        assertThat(history.memberAt(REJOINED)).isTrue();
        assertThat(history.memberAt(Instant.parse("2099-01-01T00:00:00Z"))).isTrue();
        assertThat(history.openPeriod().source()).isEqualTo(MembershipSource.ADMIN);
    }

    @Test
    void noHistoryMeansNeverAMember() {
        assertThat(MembershipHistory.none().memberAt(JOINED)).isFalse();
        assertThat(MembershipHistory.none().openPeriod()).isNull();
    }

    @Test
    void aPeriodCannotEndBeforeItBegins() {
        assertThatThrownBy(() -> new MembershipPeriod("c1", LEFT, JOINED, MembershipSource.API, MembershipSource.API))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot end");
    }
}
