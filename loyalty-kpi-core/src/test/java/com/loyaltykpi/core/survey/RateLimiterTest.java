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

    @Test
    void staysWithinItsBoundInOneWindowTooOldestKeysFirst() {
        RateLimiter limiter = new RateLimiter(1, 60000, 1000);
        assertThat(limiter.allow("victim", 0)).isTrue();
        for (int i = 0; i < 100_000; i++) {
            limiter.allow("flood" + i, 1); // one window, a hundred thousand keys
        }
        assertThat(limiter.size()).isLessThanOrEqualTo(1000);
        assertThat(limiter.allow("flood99999", 2)).as("the newest keys are still counted").isFalse();
    }

    @Test
    void countsEveryAttemptOnceUnderContention() throws Exception {
        RateLimiter limiter = new RateLimiter(1000, 60000);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.atomic.AtomicInteger allowed = new java.util.concurrent.atomic.AtomicInteger();
        java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
        for (int t = 0; t < 8; t++) {
            done.add(pool.submit(() -> {
                for (int i = 0; i < 500; i++) {
                    if (limiter.allow("shared", 5)) {
                        allowed.incrementAndGet();
                    }
                }
            }));
        }
        for (java.util.concurrent.Future<?> each : done) {
            each.get();
        }
        pool.shutdown();
        assertThat(allowed.get()).as("4,000 attempts, a limit of 1,000").isEqualTo(1000);
    }

    @Test
    void ipv6ClientsCountPerSlash64AndIpv4PerAddress() {
        assertThat(ClientKeys.of("2001:db8:1:2:aaaa::1")).isEqualTo(ClientKeys.of("2001:db8:1:2:bbbb:cccc:dddd:eeee"))
                .isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientKeys.of("2001:db8:1:3::1")).isNotEqualTo(ClientKeys.of("2001:db8:1:2::1"));
        assertThat(ClientKeys.of("192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(ClientKeys.of("192.0.2.8")).isNotEqualTo(ClientKeys.of("192.0.2.7"));
        assertThat(ClientKeys.of("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(ClientKeys.of(null)).isEqualTo("unknown");
    }
}
