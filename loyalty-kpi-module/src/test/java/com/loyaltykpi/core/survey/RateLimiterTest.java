package com.loyaltykpi.core.survey;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {

    @Test
    void allowsTheLimitPerKeyAndWindow() {
        RateLimiter limiter = new RateLimiter(3, 60000);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.allow("a", 1000)).isTrue();
        }
        assertThat(limiter.allow("a", 59999)).isFalse();
        assertThat(limiter.allow("b", 59999)).isTrue();
        assertThat(limiter.allow("a", 60000)).isTrue(); // a new window
    }

    @Test
    void staysBoundedUnderManyKeys() {
        RateLimiter limiter = new RateLimiter(1, 1000);
        for (int i = 0; i < 50000; i++) {
            limiter.allow("key" + i, i / 10); // each window of a second sees 10,000 keys
        }
        assertThat(limiter.allow("late", 5000)).isTrue();
        assertThat(limiter.size()).isLessThan(20002);
    }
}
