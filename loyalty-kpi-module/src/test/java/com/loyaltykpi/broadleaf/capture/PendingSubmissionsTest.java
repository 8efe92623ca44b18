package com.loyaltykpi.broadleaf.capture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PendingSubmissionsTest {

    private final PendingSubmissions pending = new PendingSubmissions();

    @Test
    void aHeldOrderIsReleasedOnce() {
        pending.hold("42");

        assertThat(pending.release("42")).isTrue();
        assertThat(pending.release("42")).as("a second save of the submitted order").isFalse();
    }

    @Test
    void aDroppedOrderIsNeverReleased() {
        pending.hold("43");

        pending.drop("43");

        assertThat(pending.release("43")).isFalse();
    }

    @Test
    void ordersNotHeldAreIgnored() {
        assertThat(pending.release("cart-saved-by-someone-else")).isFalse();
    }
}
