package com.loyaltykpi.core.incrementality;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The grouped multiplier bootstrap against the plain one: each resample's sum of sign times influence, with each
 * customer's own signs, and the spread it should have.
 */
class MultiplierBootstrapTest {

    @Test
    void sameSumsAsSigningEveryCustomerOneByOne() {
        int customers = 203;
        int dims = 3;
        int resamples = 150;
        double[][] influence = new double[customers][dims];
        UniformRandomProvider values = RandomSource.XO_RO_SHI_RO_128_PP.create(5L);
        MultiplierBootstrap bootstrap = new MultiplierBootstrap(dims, resamples, 11L);
        for (int c = 0; c < customers; c++) {
            for (int k = 0; k < dims; k++) {
                influence[c][k] = values.nextDouble() * 100 - 30;
            }
            bootstrap.add(influence[c], 1000L + c);
        }

        double[][] grouped = bootstrap.deviations();

        double[][] plain = new double[resamples][dims];
        for (int c = 0; c < customers; c++) {
            long[] signs = MultiplierBootstrap.signs(11L, 1000L + c, resamples);
            for (int b = 0; b < resamples; b++) {
                double sign = (signs[b / 64] >>> (b % 64) & 1) == 1 ? 1 : -1;
                for (int k = 0; k < dims; k++) {
                    plain[b][k] += sign * influence[c][k];
                }
            }
        }
        for (int b = 0; b < resamples; b++) {
            for (int k = 0; k < dims; k++) {
                assertThat(grouped[b][k]).isCloseTo(plain[b][k], within(1e-9));
            }
        }
    }

    @Test
    void aCustomersSignsDependOnlyOnTheSeedAndItsKey() {
        assertThat(MultiplierBootstrap.signs(11L, 7L, 1000)).isEqualTo(MultiplierBootstrap.signs(11L, 7L, 1000))
                .isNotEqualTo(MultiplierBootstrap.signs(11L, 8L, 1000)).isNotEqualTo(MultiplierBootstrap.signs(12L, 7L, 1000));
    }

    @Test
    void spreadIsTheRootOfTheSumOfSquaredInfluences() {
        MultiplierBootstrap bootstrap = new MultiplierBootstrap(1, 4000, 3L);
        double squares = 0;
        for (int c = 0; c < 1000; c++) {
            double value = c % 10 - 4.5;
            squares += value * value;
            bootstrap.add(new double[] {value}, c);
        }

        double[][] deviations = bootstrap.deviations();

        double sum = 0;
        double sumOfSquares = 0;
        for (double[] d : deviations) {
            sum += d[0];
            sumOfSquares += d[0] * d[0];
        }
        double mean = sum / deviations.length;
        double variance = sumOfSquares / deviations.length - mean * mean;
        assertThat(Math.sqrt(variance)).isCloseTo(Math.sqrt(squares), within(0.05 * Math.sqrt(squares)));
        assertThat(Math.abs(mean)).isLessThan(0.1 * Math.sqrt(squares));
    }
}
