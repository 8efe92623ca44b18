package com.loyaltykpi.core.mix;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulation study of the weighted satisfaction index (docs/SURVEYS.md, "Answers that stand for the
 * customers"). Each seeded dataset is one period of a shop: its orders fall into the two segments (35% members)
 * and the four order-value bands (25/35/25/15%); each order's customer has a satisfaction score (a rounded normal
 * around 3.3, +0.7 for members, -0.3 per band up), and answers with a chance that depends on the scenario. The
 * truth is the mean score of all the period's orders, answered or not. Reported per scenario and estimator: the
 * bias and the root mean square error on the index's scale (0 to 100), the share of 95% intervals that hold the
 * truth, and the mean margin.
 */
class PostStratificationStudyTest {

    private static final int DATASETS = 2000;
    private static final double MEMBER_SHARE = 0.35;
    private static final double[] BAND_SHARES = {0.25, 0.35, 0.25, 0.15};

    @Test
    void theWeightedIndexIsUnbiasedAndCoversWhereTheRawOneDoesNot() {
        String[] names = {"everyone answers alike (8%)", "members and big orders answer more",
            "the same, a small shop's month", "the same, a small shop's day"};
        int[] orders = {5000, 5000, 600, 150};
        Result[] raw = new Result[names.length];
        Result[] weighted = new Result[names.length];
        System.out.println("| scenario | orders | mean answers | estimator | bias | RMSE | coverage | mean margin | no index |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (int s = 0; s < names.length; s++) {
            raw[s] = new Result();
            weighted[s] = new Result();
            run(orders[s], s > 0, s + 1, raw[s], weighted[s]);
            raw[s].print(names[s], orders[s], "raw");
            weighted[s].print(names[s], orders[s], "weighted");
        }
        Result equalRaw = raw[0];
        Result equalWeighted = weighted[0];
        Result skewRaw = raw[1];
        Result skewWeighted = weighted[1];
        Result smallRaw = raw[2];
        Result smallWeighted = weighted[2];

        // without a skew weighting costs nothing: both unbiased, both cover
        assertThat(Math.abs(equalWeighted.bias())).isLessThan(0.3);
        assertThat(equalWeighted.coverage()).isBetween(0.93, 0.97);
        assertThat(equalRaw.coverage()).isBetween(0.93, 0.97);
        // with one, the raw index misses the truth and the weighted one does not
        assertThat(skewRaw.bias()).isGreaterThan(1.5);
        assertThat(skewRaw.coverage()).isLessThan(0.8);
        assertThat(Math.abs(skewWeighted.bias())).isLessThan(0.3);
        assertThat(skewWeighted.coverage()).isBetween(0.93, 0.97);
        // with about 60 answers, merged cells: much of the bias is gone and the interval still covers
        assertThat(Math.abs(smallWeighted.bias())).isLessThan(Math.abs(smallRaw.bias()) / 2);
        assertThat(smallWeighted.coverage()).isGreaterThan(0.92);
    }

    private static void run(int orders, boolean skewed, long scenario, Result raw, Result weighted) {
        for (int seed = 0; seed < DATASETS; seed++) {
            Random random = new Random(20261201L * 31 + scenario * 100_000 + seed);
            List<Stratum> nonMembers = emptyBands();
            List<Stratum> members = emptyBands();
            double truthSum = 0;
            long n = 0;
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < orders; i++) {
                boolean member = random.nextDouble() < MEMBER_SHARE;
                int band = band(random.nextDouble());
                int score = (int) Math.max(1, Math.min(5, Math.round(3.3 + (member ? 0.7 : 0) - 0.3 * band
                        + 1.1 * random.nextGaussian())));
                truthSum += score;
                Stratum cell = (member ? members : nonMembers).get(band);
                cell.addOrders(1);
                double chance = skewed ? 0.04 * (member ? 3 : 1) * (1 + 0.5 * band) : 0.08;
                if (random.nextDouble() < chance) {
                    cell.addAnswers(1, score, (long) score * score);
                    n++;
                    sum += score;
                    squares += score * score;
                }
            }
            double truth = (truthSum / orders - 1) * 25;
            if (n >= 2) {
                double mean = sum / n;
                double variance = Math.max(0, (squares - sum * sum / n) / (n - 1));
                raw.add(truth, (mean - 1) * 25, 1.96 * Math.sqrt(variance / n) * 25, n);
            } else {
                raw.none();
            }
            WeightedMean estimate = PostStratification.ofSegments(nonMembers, members);
            if (estimate == null) {
                weighted.none();
            } else {
                weighted.add(truth, estimate.csi(), estimate.csiMargin(), n);
            }
        }
    }

    private static int band(double u) {
        double cumulative = 0;
        for (int band = 0; band < BAND_SHARES.length; band++) {
            cumulative += BAND_SHARES[band];
            if (u < cumulative) {
                return band;
            }
        }
        return BAND_SHARES.length - 1;
    }

    private static List<Stratum> emptyBands() {
        List<Stratum> bands = new ArrayList<Stratum>();
        for (int band = 0; band < OrderValueBands.COUNT; band++) {
            bands.add(new Stratum());
        }
        return bands;
    }

    /** One estimator's record over the datasets of a scenario. */
    private static final class Result {
        private int estimates;
        private int missing;
        private double errorSum;
        private double squaredErrorSum;
        private int covered;
        private double marginSum;
        private long answers;

        void add(double truth, double estimate, double margin, long n) {
            estimates++;
            errorSum += estimate - truth;
            squaredErrorSum += (estimate - truth) * (estimate - truth);
            covered += Math.abs(estimate - truth) <= margin ? 1 : 0;
            marginSum += margin;
            answers += n;
        }

        void none() {
            missing++;
        }

        double bias() {
            return errorSum / estimates;
        }

        double coverage() {
            return covered / (double) estimates;
        }

        void print(String scenario, int orders, String estimator) {
            System.out.println(String.format(Locale.ROOT, "| %s | %,d | %.0f | %s | %+.2f | %.2f | %.1f%% | %.2f | %d of %d |",
                    scenario, orders, answers / (double) estimates, estimator, bias(),
                    Math.sqrt(squaredErrorSum / estimates), 100 * coverage(), marginSum / estimates, missing, DATASETS));
        }
    }
}
