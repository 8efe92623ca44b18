package com.loyaltykpi.core.repurchase;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulation study of the intervals of "what customers buy next" (docs/SURVEYS.md, "Satisfaction and what
 * customers buy next"). Each seeded dataset is n answers of one group; each answering customer buys in the 90 days
 * after at a rate drawn from a gamma distribution (shape 0.5, mean 0.6 orders: most buy nothing, a few buy often),
 * a Poisson number of orders, each of a log-normal value (median 54.60, sigma 0.9: mean 81.87). Known truth: 0.6
 * orders and 49.12 of revenue per answer. Reported per n: the share of 95% intervals holding the truth, for orders
 * and for revenue, and their mean half-width. (The plain interval, mean +- 1.96 standard errors, held it 86.0% of
 * the time for revenue at 30 answers, 91.5% at 100, 92.9% at 300.)
 */
class MeanIntervalStudyTest {

    private static final int DATASETS = 2000;
    private static final double RATE_SHAPE = 0.5;
    private static final double RATE_SCALE = 1.2;
    private static final double MU = 4;
    private static final double SIGMA = 0.9;

    @Test
    void theIntervalsHoldTheTruthNearlyNineteenTimesInTwenty() {
        double trueOrders = RATE_SHAPE * RATE_SCALE;
        double trueRevenue = trueOrders * Math.exp(MU + SIGMA * SIGMA / 2);
        int[] sizes = {30, 100, 300, 1000};
        double[][] coverage = new double[sizes.length][2];
        System.out.println("| answers per group | orders: coverage | orders: mean half-width | revenue: coverage | revenue: mean half-width |");
        System.out.println("| --- | --- | --- | --- | --- |");
        for (int k = 0; k < sizes.length; k++) {
            UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20261201L + k);
            ContinuousSampler rates = AhrensDieterMarsagliaTsangGammaSampler.of(rng, RATE_SHAPE, RATE_SCALE);
            ContinuousSampler values = LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), MU, SIGMA);
            int coveredOrders = 0;
            int coveredRevenue = 0;
            double widthOrders = 0;
            double widthRevenue = 0;
            for (int d = 0; d < DATASETS; d++) {
                double[] orders = new double[3];
                double[] revenue = new double[3];
                for (int i = 0; i < sizes[k]; i++) {
                    int n = PoissonSampler.of(rng, rates.sample()).sample();
                    double spent = 0;
                    for (int o = 0; o < n; o++) {
                        spent += values.sample();
                    }
                    orders[0] += n;
                    orders[1] += (double) n * n;
                    orders[2] += (double) n * n * n;
                    revenue[0] += spent;
                    revenue[1] += spent * spent;
                    revenue[2] += spent * spent * spent;
                }
                MeanInterval o = new MeanInterval(sizes[k], orders[0], orders[1], orders[2]);
                MeanInterval r = new MeanInterval(sizes[k], revenue[0], revenue[1], revenue[2]);
                coveredOrders += o.low() <= trueOrders && trueOrders <= o.high() ? 1 : 0;
                coveredRevenue += r.low() <= trueRevenue && trueRevenue <= r.high() ? 1 : 0;
                widthOrders += (o.high() - o.low()) / 2;
                widthRevenue += (r.high() - r.low()) / 2;
            }
            coverage[k][0] = coveredOrders / (double) DATASETS;
            coverage[k][1] = coveredRevenue / (double) DATASETS;
            System.out.println(String.format(Locale.ROOT, "| %d | %.1f%% | %.3f | %.1f%% | %.2f |", sizes[k],
                    100 * coverage[k][0], widthOrders / DATASETS, 100 * coverage[k][1], widthRevenue / DATASETS));
        }
        for (int k = 0; k < sizes.length; k++) {
            // from the smallest group shown on, near 95% despite the skew
            assertThat(coverage[k][0]).as("orders, n = " + sizes[k]).isBetween(0.92, 0.97);
            assertThat(coverage[k][1]).as("revenue, n = " + sizes[k]).isBetween(0.92, 0.97);
        }
    }
}
