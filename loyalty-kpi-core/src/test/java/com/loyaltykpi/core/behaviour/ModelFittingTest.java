package com.loyaltykpi.core.behaviour;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ModelFittingTest {

    @Test
    void aLargeShopIsFittedOnTheSameSeededSampleEveryTime() {
        List<PurchaseHistory> histories = new ArrayList<PurchaseHistory>();
        for (int i = 0; i <= ModelFitting.MAX_FIT_CUSTOMERS; i++) {
            histories.add(new PurchaseHistory(i % 5, i % 5, 10 + i % 7, i % 5 == 0 ? 0 : 20));
        }
        List<PurchaseHistory> sample = ModelFitting.sample(histories);
        assertThat(sample).hasSize(ModelFitting.MAX_FIT_CUSTOMERS).isEqualTo(ModelFitting.sample(histories));
        assertThat(ModelFitting.sample(histories.subList(0, 500))).hasSize(500);
    }
}
