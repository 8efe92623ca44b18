package com.loyaltykpi.core.behaviour;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HoldoutCheckTest {

    private static final double[] BG = {0.25, 4.0, 0.8, 2.5};
    private static final double[] GG = {6.0, 4.0, 15.0};

    @Test
    void aShopThatBehavesAsTheModelAssumesIsTrusted() {
        List<PurchaseHistory> histories = new ArrayList<PurchaseHistory>();
        List<Integer> later = new ArrayList<Integer>();
        SimulatedCustomers.draw(7, 5000, BG, GG, HoldoutCheck.WEEKS, histories, later);
        HoldoutCheck check = HoldoutCheck.of(histories, later);
        assertThat(check.trusted()).as(check.reason()).isTrue();
        assertThat(check.classes()).hasSize(HoldoutCheck.CLASSES);
        assertThat(check.classes().get(0).customers()).isGreaterThan(1000);
        assertThat(check.meanAbsoluteError()).isBetween(0.1, 2.0);
    }

    @Test
    void aShopWhoseCustomersStoppedBuyingIsNot() {
        List<PurchaseHistory> histories = new ArrayList<PurchaseHistory>();
        List<Integer> later = new ArrayList<Integer>();
        SimulatedCustomers.draw(8, 5000, BG, GG, HoldoutCheck.WEEKS, histories, later);
        // a season that ended: nobody bought in the last six months
        HoldoutCheck check = HoldoutCheck.of(histories, Collections.nCopies(later.size(), 0));
        assertThat(check.trusted()).isFalse();
        assertThat(check.reason()).contains("bought 0 times in the last six months", "predicted");
    }

    @Test
    void aShopTooSmallToFitCannotBeChecked() {
        List<PurchaseHistory> histories = new ArrayList<PurchaseHistory>();
        List<Integer> later = new ArrayList<Integer>();
        SimulatedCustomers.draw(9, 50, BG, GG, HoldoutCheck.WEEKS, histories, later);
        HoldoutCheck check = HoldoutCheck.of(histories, later);
        assertThat(check.trusted()).isFalse();
        assertThat(check.reason()).contains("cannot be checked", "at least 100");
        assertThat(check.meanAbsoluteError()).isNaN();
    }
}
