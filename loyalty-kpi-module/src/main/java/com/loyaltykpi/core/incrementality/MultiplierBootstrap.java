package com.loyaltykpi.core.incrementality;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The multiplier bootstrap over customers that R's {@code did} package uses (Callaway and Sant'Anna 2021): each
 * resample gives every customer one random sign (a Rademacher weight), the same in every role the customer plays
 * (member of a cohort, comparison for other cohorts), and adds up the customers' signed influence on every
 * figure. The spread of these sums is the spread of the figures over resamples of customers.
 *
 * <p>Fast enough for hundreds of thousands of customers: customers come in groups of eight, whose 256 signed sums
 * are tabled once and then looked up by one random byte per resample.
 */
final class MultiplierBootstrap {

    private static final int GROUP = 8;

    private final int dims;
    private final int resamples;
    private final UniformRandomProvider random;
    private final double[] sums;
    private final double[] group;
    private final double[] table;
    private final byte[] signs;
    private int inGroup;

    MultiplierBootstrap(int dims, int resamples, long seed) {
        this.dims = dims;
        this.resamples = resamples;
        this.random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        this.sums = new double[resamples * dims];
        this.group = new double[GROUP * dims];
        this.table = new double[(1 << GROUP) * dims];
        this.signs = new byte[resamples];
    }

    /** One customer's influence on every figure (customers must come in the same order for the same result). */
    void add(double[] influence) {
        System.arraycopy(influence, 0, group, inGroup * dims, dims);
        if (++inGroup == GROUP) {
            flush();
        }
    }

    /** The resampled deviations, [resample][figure], once every customer was added. */
    double[][] deviations() {
        double[][] result = new double[resamples][dims];
        addTo(result);
        return result;
    }

    /** Adds the resampled deviations of the customers added here to these (of other customers). */
    void addTo(double[][] deviations) {
        if (inGroup > 0) {
            java.util.Arrays.fill(group, inGroup * dims, group.length, 0);
            flush();
        }
        for (int b = 0; b < resamples; b++) {
            for (int k = 0; k < dims; k++) {
                deviations[b][k] += sums[b * dims + k];
            }
        }
    }

    /** Tables the group's 256 signed sums, then adds the one each resample's signs pick. */
    private void flush() {
        for (int k = 0; k < dims; k++) {
            double all = 0;
            for (int i = 0; i < GROUP; i++) {
                all += group[i * dims + k];
            }
            table[k] = -all;
        }
        for (int mask = 1; mask < 1 << GROUP; mask++) {
            int lowest = Integer.numberOfTrailingZeros(mask);
            int from = (mask & (mask - 1)) * dims;
            int to = mask * dims;
            int customer = lowest * dims;
            for (int k = 0; k < dims; k++) {
                table[to + k] = table[from + k] + 2 * group[customer + k];
            }
        }
        random.nextBytes(signs);
        for (int b = 0; b < resamples; b++) {
            int row = (signs[b] & 0xff) * dims;
            int at = b * dims;
            for (int k = 0; k < dims; k++) {
                sums[at + k] += table[row + k];
            }
        }
        inGroup = 0;
    }
}
