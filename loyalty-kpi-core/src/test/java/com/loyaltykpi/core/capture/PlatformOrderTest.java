package com.loyaltykpi.core.capture;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlatformOrderTest {

    private static final Instant AT = Instant.parse("2026-05-04T12:00:07Z");

    @Test
    void membershipIsJudgedAtTheSubmitTimeWhenThePlatformKeepsMilliseconds() {
        assertThat(PlatformOrder.builder("1").submittedAt(AT).build().latestSubmission()).isEqualTo(AT);
    }

    @Test
    void membershipIsJudgedAtTheEndOfTheSecondWhenThePlatformKeepsWholeSeconds() {
        PlatformOrder order = PlatformOrder.builder("1").submittedAt(AT).submitPrecision(Duration.ofSeconds(1)).build();

        assertThat(order.latestSubmission()).isEqualTo(Instant.parse("2026-05-04T12:00:07.999Z"));
    }

    @Test
    void anOrderNeedsAnId() {
        assertThatThrownBy(() -> PlatformOrder.builder("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labelsNameTheOrderNumberWhenThereIsOne() {
        assertThat(PlatformOrder.builder("12").number("2026-12").build().label()).isEqualTo("2026-12 (id 12)");
        assertThat(PlatformOrder.builder("12").build().label()).isEqualTo("id 12");
    }
}
