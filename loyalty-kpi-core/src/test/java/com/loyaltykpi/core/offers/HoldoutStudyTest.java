package com.loyaltykpi.core.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The holdout comparison proven by simulation: offer groups of seeded shops whose customers buy with a known chance
 * and spend (zero-inflated, long-tailed, as revenue per customer in a month is), a tenth held out at random as the
 * module draws them, and a campaign whose effect is known. Over many datasets: with no effect, the 95% interval
 * excludes zero in about 5% of them; with an effect, it holds the truth in about 95%, without bias.
 */
class HoldoutStudyTest {

    private static final int DATASETS = 1000;
    private static final int CUSTOMERS = 3000;
    private static final double HELD_OUT = 0.10;
    private static final double BUY = 0.30;
    /** Mean spend of a buying customer: lognormal with sigma 0.8 and this median. */
    private static final double MEDIAN_SPEND = 45;
    private static final double SIGMA = 0.8;

    @Test
    void withoutAnEffectTheIntervalExcludesZeroInAboutFivePercent() {
        Study study = study(0.0, 1);
        System.out.println(study.line("no effect"));
        assertThat(study.excludingZero()).isBetween(0.035, 0.065);
        assertThat(study.covering()).isBetween(0.935, 0.965);
    }

    @Test
    void aCampaignThatAddsBuyersIsRecoveredWithinItsInterval() {
        // the offer raises the chance of buying from 30% to 36%: +0.06 x mean spend per targeted customer
        Study study = study(0.06, 2);
        System.out.println(study.line("+6 points of buyers"));
        assertThat(study.covering()).isBetween(0.935, 0.965);
        assertThat(Math.abs(study.relativeBias())).isLessThan(0.03);
        assertThat(study.excludingZero()).as("power, well above the 5% of no effect").isGreaterThan(0.2);
    }

    private static Study study(double lift, long seed) {
        double meanSpend = MEDIAN_SPEND * Math.exp(SIGMA * SIGMA / 2);
        double truth = lift * meanSpend;
        Random random = new Random(seed);
        Study study = new Study(truth);
        for (int d = 0; d < DATASETS; d++) {
            List<Double> targeted = new ArrayList<Double>();
            List<Double> heldOut = new ArrayList<Double>();
            for (int c = 0; c < CUSTOMERS; c++) {
                boolean held = random.nextDouble() < HELD_OUT;
                double chance = BUY + (held ? 0 : lift);
                double value = random.nextDouble() < chance
                        ? MEDIAN_SPEND * Math.exp(SIGMA * random.nextGaussian()) : 0;
                (held ? heldOut : targeted).add(value);
            }
            study.add(Difference.of(targeted, heldOut));
        }
        return study;
    }

    /** The study's tallies over its datasets. */
    private static final class Study {
        private final double truth;
        private int n;
        private int covered;
        private int excluding;
        private double sum;

        Study(double truth) {
            this.truth = truth;
        }

        void add(Difference d) {
            n++;
            covered += d.lower() <= truth && truth <= d.upper() ? 1 : 0;
            excluding += d.significant() ? 1 : 0;
            sum += d.difference();
        }

        double covering() {
            return (double) covered / n;
        }

        double excludingZero() {
            return (double) excluding / n;
        }

        double relativeBias() {
            return (sum / n - truth) / truth;
        }

        String line(String label) {
            return String.format(java.util.Locale.ROOT, "[holdout study] %s | %d datasets of %d customers, %.0f%% held "
                    + "out | truth %.2f | mean estimate %.2f | coverage %.3f | interval excludes zero %.3f", label, n,
                    CUSTOMERS, HELD_OUT * 100, truth, sum / n, covering(), excludingZero());
        }
    }
}
