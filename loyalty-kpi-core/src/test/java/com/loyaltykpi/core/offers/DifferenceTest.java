package com.loyaltykpi.core.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Collections;

import org.junit.jupiter.api.Test;

/** Welch's difference of means against hand-computed figures. */
class DifferenceTest {

    @Test
    void meansDifferenceAndWelchsInterval() {
        // targeted 10, 0, 20, 30: mean 15, variance 500 / 3; held out 0, 10: mean 5, variance 50
        // se = sqrt(166.67 / 4 + 50 / 2) = 8.165; df = 66.67^2 / (41.67^2 / 3 + 25^2 / 1) = 3.692, t(0.975) = 2.87 (between 3.182 at 3 and 2.776 at 4 degrees of freedom)
        Difference d = Difference.of(Arrays.asList(10.0, 0.0, 20.0, 30.0), Arrays.asList(0.0, 10.0));
        assertThat(d.targetedMean()).isEqualTo(15.0);
        assertThat(d.heldOutMean()).isEqualTo(5.0);
        assertThat(d.difference()).isEqualTo(10.0);
        assertThat(d.lower()).isCloseTo(10 - 2.87 * 8.165, within(0.05));
        assertThat(d.upper()).isCloseTo(10 + 2.87 * 8.165, within(0.05));
        assertThat(d.significant()).isFalse();
    }

    @Test
    void tooFewOnOneSideHasNoInterval() {
        Difference d = Difference.of(Arrays.asList(10.0, 20.0), Collections.singletonList(5.0));
        assertThat(d.difference()).isEqualTo(10.0);
        assertThat(d.known()).isFalse();
        assertThat(d.significant()).isFalse();
    }
}
