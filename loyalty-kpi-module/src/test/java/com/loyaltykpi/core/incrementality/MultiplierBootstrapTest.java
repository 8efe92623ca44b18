package com.loyaltykpi.core.incrementality;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The grouped multiplier bootstrap against the plain one: each resample's sum of sign times influence, with the
 * same signs (bit i of a group's random byte is the sign of its i-th customer), and the spread it should have.
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
            bootstrap.add(influence[c]);
        }

        double[][] grouped = bootstrap.deviations();

        UniformRandomProvider signs = RandomSource.XO_RO_SHI_RO_128_PP.create(11L);
        double[][] plain = new double[resamples][dims];
        byte[] bytes = new byte[resamples];
        for (int group = 0; group * 8 < customers; group++) {
            signs.nextBytes(bytes);
            for (int b = 0; b < resamples; b++) {
                for (int i = 0; i < 8 && group * 8 + i < customers; i++) {
                    double sign = (bytes[b] >> i & 1) == 1 ? 1 : -1;
                    for (int k = 0; k < dims; k++) {
                        plain[b][k] += sign * influence[group * 8 + i][k];
                    }
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
    void spreadIsTheRootOfTheSumOfSquaredInfluences() {
        MultiplierBootstrap bootstrap = new MultiplierBootstrap(1, 4000, 3L);
        double squares = 0;
        for (int c = 0; c < 1000; c++) {
            double value = c % 10 - 4.5;
            squares += value * value;
            bootstrap.add(new double[] {value});
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
