package com.loyaltykpi.core.repurchase;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The mean and interval of "what customers buy next" against numbers computed by hand. */
class RepurchaseSumsTest {

    @Test
    void meanAndIntervalFromTheSums() {
        // 40 answers: 10 customers bought 2 orders, 10 bought 1, 20 none: sum 30, squares 50, cubes 90
        // mean 0.75; variance (50 - 900 / 40) / 39 = 0.705128, standard error sqrt(0.705128 / 40) = 0.132771;
        // third central moment (90 - 3 x 0.75 x 50 + 3 x 0.5625 x 30 - 40 x 0.421875) / 40 = 0.28125,
        // skewness 0.28125 / 0.705128^1.5 = 0.474996; Hall's g inverted at 1.96 and -1.96:
        // t = 3 sqrt(40) / 0.474996 x (cbrt(1 + 0.474996 / sqrt(40) x (+-1.96 - 0.474996 / (6 sqrt(40)))) - 1)
        // = 1.859570 and -2.078828: the interval (0.75 - 1.859570 x 0.132771, 0.75 + 2.078828 x 0.132771)
        MeanInterval orders = new MeanInterval(40, 30, 50, 90);
        assertThat(orders.mean()).isEqualTo(0.75);
        assertThat(orders.hasInterval()).isTrue();
        assertThat(orders.low()).isCloseTo(0.503103, within(1e-6));
        assertThat(orders.high()).isCloseTo(1.026009, within(1e-6));
        // skewed to the right: the interval reaches further above the mean than below it
        assertThat(orders.high() - orders.mean()).isGreaterThan(orders.mean() - orders.low());
    }

    @Test
    void underThirtyAnswersTheMeanHasNoInterval() {
        MeanInterval few = new MeanInterval(29, 10, 20, 40);
        assertThat(few.mean()).isCloseTo(10 / 29.0, within(1e-12));
        assertThat(few.hasInterval()).isFalse();
        assertThat(Double.isNaN(new MeanInterval(0, 0, 0, 0).mean())).isTrue();
    }
}
