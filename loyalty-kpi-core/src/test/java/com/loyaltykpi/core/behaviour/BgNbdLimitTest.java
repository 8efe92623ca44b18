package com.loyaltykpi.core.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The expectation near the model's limit without dropout: a shop whose customers all keep buying at one rate is fitted
 * with r, alpha and b in the billions and beyond (the KPI server's demo shop was), where the closed form multiplies a
 * huge factor by a difference of nearly equal numbers.
 */
class BgNbdLimitTest {

    @Test
    void aShopWithoutDropoutExpectsItsPoissonRate() {
        // the demo shop's calibration fit: rate r / alpha = 0.1287 purchases a week, dropout a / (a + b) = 8e-22
        BgNbd model = new BgNbd(1.5487159310647413E10, 1.203711326887649E11, 563.2194982893941, 7.285726637559175E23);
        PurchaseHistory h = new PurchaseHistory(9, 75.71428571428571, 78.0, 1);
        assertThat(model.probabilityActive(h)).isCloseTo(1.0, within(1e-12));
        double rate = (model.r() + 9) / (model.alpha() + 78.0);
        assertThat(model.expectedPurchases(h, 26)).isCloseTo(rate * 26, within(1e-6));
        assertThat(model.expectedPurchasesOfNew(52)).isCloseTo(model.r() / model.alpha() * 52, within(1e-6));
    }

    @Test
    void theTwoFormsAgreeWhereTheyMeet() {
        // a = 2: the closed form's factor is b + x + 1, so b crosses the switch at about a million
        PurchaseHistory h = new PurchaseHistory(3, 40, 60, 1);
        double closed = new BgNbd(0.8, 5, 2, 999_990).expectedPurchases(h, 52);
        double series = new BgNbd(0.8, 5, 2, 1_000_010).expectedPurchases(h, 52);
        assertThat(series).isCloseTo(closed, within(closed * 1e-6));
        assertThat(closed).isCloseTo((0.8 + 3) / (5 + 60) * 52, within(0.01)); // almost no dropout: the Poisson rate
    }
}
