package com.loyaltykpi.core.behaviour;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CustomerPurchasesTest {

    private static final LocalDate END = LocalDate.of(2026, 6, 30);

    @Test
    void ordersOfADayAreOnePurchaseAndTheFirstDayIsNotARepeat() {
        CustomerPurchases purchases = new CustomerPurchases();
        purchases.add(LocalDate.of(2026, 1, 6), 40);   // first day: two orders, 40 + 20
        purchases.add(LocalDate.of(2026, 1, 6), 20);
        purchases.add(LocalDate.of(2026, 2, 3), 30);   // 28 days later
        purchases.add(LocalDate.of(2026, 4, 28), 50);  // 112 days after the first
        purchases.add(LocalDate.of(2026, 4, 28), 10);
        PurchaseHistory history = purchases.history(END);
        assertThat(history.x()).isEqualTo(2);
        assertThat(history.tx()).isCloseTo(16.0, within(1e-12));          // 112 / 7
        assertThat(history.age()).isCloseTo(175 / 7.0, within(1e-12));    // 6 January to 30 June: 175 days
        assertThat(history.meanValue()).isCloseTo(45.0, within(1e-12));   // (30 + 60) / 2
        assertThat(purchases.frequency()).isEqualTo(3);
        assertThat(purchases.meanValue()).isCloseTo(50.0, within(1e-12)); // 150 / 3
        assertThat(purchases.recencyDays(END)).isEqualTo(63);
    }

    @Test
    void aOneTimeBuyerHasNoRepeatAndNoRepeatValue() {
        CustomerPurchases purchases = new CustomerPurchases();
        purchases.add(LocalDate.of(2026, 6, 1), 25);
        PurchaseHistory history = purchases.history(END);
        assertThat(history.x()).isZero();
        assertThat(history.tx()).isZero();
        assertThat(history.meanValue()).isZero();
        assertThat(history.age()).isCloseTo(29 / 7.0, within(1e-12));
        assertThatThrownBy(() -> purchases.add(LocalDate.of(2026, 5, 1), 1)).hasMessageContaining("time order");
    }
}
