package com.loyaltykpi.core.incrementality;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

import java.util.Arrays;

/**
 * The multiplier bootstrap over customers that R's {@code did} package uses (Callaway and Sant'Anna 2021): each
 * resample gives every customer one random sign (a Rademacher weight), the same in every role the customer plays
 * (member of a cohort, comparison for other cohorts), and adds up the customers' signed influence on every
 * figure. The spread of these sums is the spread of the figures over resamples of customers.
 *
 * <p>A customer's signs come from a random stream of its own, seeded by the seed and the customer's key: the same
 * customer gets the same signs whatever other customers the data holds. Fast enough for hundreds of thousands of
 * customers: they come in groups of eight, whose 256 signed sums are tabled once and then looked up by one byte per
 * resample (bit i the sign of the group's i-th customer).
 */
final class MultiplierBootstrap {

    private static final int GROUP = 8;

    private final int dims;
    private final int resamples;
    private final long seed;
    private final double[] sums;
    private final double[] group;
    private final long[][] signs;
    private final double[] table;
    private int inGroup;

    MultiplierBootstrap(int dims, int resamples, long seed) {
        this.dims = dims;
        this.resamples = resamples;
        this.seed = seed;
        this.sums = new double[resamples * dims];
        this.group = new double[GROUP * dims];
        this.signs = new long[GROUP][(resamples + 63) / 64];
        this.table = new double[(1 << GROUP) * dims];
    }

    /** The signs of one customer: bit b (of word b / 64) is its sign in resample b, 1 for plus. */
    static long[] signs(long seed, long customerKey, int resamples) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed * 0x9E3779B97F4A7C15L ^ customerKey);
        long[] bits = new long[(resamples + 63) / 64];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = random.nextLong();
        }
        return bits;
    }

    /** One customer's influence on every figure, with the customer's key. */
    void add(double[] influence, long customerKey) {
        System.arraycopy(influence, 0, group, inGroup * dims, dims);
        signs[inGroup] = signs(seed, customerKey, resamples);
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
            Arrays.fill(group, inGroup * dims, group.length, 0);
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
        for (int b = 0; b < resamples; b++) {
            int word = b >>> 6;
            int row = 0;
            for (int i = 0; i < inGroup; i++) {
                row |= (int) (signs[i][word] >>> b & 1) << i;
            }
            row *= dims;
            int at = b * dims;
            for (int k = 0; k < dims; k++) {
                sums[at + k] += table[row + k];
            }
        }
        inGroup = 0;
    }
}
