package com.loyaltykpi.core.incrementality;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The fast difference in differences against a plain re-computation from its definition with a weight per
 * customer: the same figures at equal weights, and each customer's influence equal to the figures' derivative
 * with respect to that customer's weight (what the multiplier bootstrap resamples). Checked on a simulated shop,
 * for the estimate with its event study, for the placebo and for the never-member comparison.
 */
class DiffInDiffTest {

    private static final EstimateSettings SETTINGS = new EstimateSettings(60, 7, 1, true);
    private static final double STEP = 1e-4;

    private final SimulatedShop shop = new SimulatedShop(77L, 1500, 0.2, 0.1);
    private final EstimationData data = shop.data(SimulatedShop.EUR, true);
    private final List<Cohort> cohorts = Cohorts.of(data, (int) SimulatedShop.RANGE_FROM.toEpochDay(),
            (int) SimulatedShop.RANGE_TO.toEpochDay(), SETTINGS.cohortDays());

    @Test
    void estimateWithEventStudy() {
        check(new Windows(SETTINGS, true), 0, DiffInDiff.Comparison.NOT_YET_ENROLLED);
    }

    @Test
    void placebo() {
        check(new Windows(SETTINGS, false), SETTINGS.windowDays() + SETTINGS.excludedDays(), DiffInDiff.Comparison.NOT_YET_ENROLLED);
    }

    @Test
    void neverMembers() {
        check(new Windows(SETTINGS, false), 0, DiffInDiff.Comparison.NEVER_MEMBERS);
    }

    private void check(Windows windows, int shift, DiffInDiff.Comparison comparison) {
        List<Cohort> eligible = Cohorts.eligible(cohorts, data, windows, shift, null);
        DiffInDiff fast = new DiffInDiff(data, windows, shift, comparison, eligible);
        Reference reference = new Reference(fast, windows, shift, comparison);
        assertThat(fast.members()).isGreaterThan(50);

        double[] equal = weights(-1, 0);
        double[] figures = reference.figures(equal);
        for (int o = 0; o < windows.outcomes(); o++) {
            assertThat(fast.estimate(o)).as("figure %d", o).isCloseTo(figures[o], within(1e-6 * (1 + Math.abs(figures[o]))));
        }
        int members = 0;
        int comparisons = 0;
        for (int c = 0; c < data.customers(); c += 3) {
            double[] influence = new double[windows.outcomes()];
            fast.influence(c, influence, 0);
            double[] up = reference.figures(weights(c, STEP));
            double[] down = reference.figures(weights(c, -STEP));
            for (int o = 0; o < windows.outcomes(); o++) {
                double derivative = (up[o] - down[o]) / (2 * STEP);
                assertThat(influence[o]).as("customer %d, figure %d", c, o)
                        .isCloseTo(derivative, within(1e-5 * (1 + Math.abs(derivative))));
            }
            members += fast.estimated(c) ? 1 : 0;
            comparisons += !fast.estimated(c) && influence[0] != 0 ? 1 : 0;
        }
        assertThat(members).as("members checked").isGreaterThan(5);
        assertThat(comparisons).as("comparison customers checked").isGreaterThan(5);
    }

    private double[] weights(int customer, double change) {
        double[] w = new double[data.customers()];
        Arrays.fill(w, 1);
        if (customer >= 0) {
            w[customer] += change;
        }
        return w;
    }

    /** The analysis's figures computed from the definitions, with a weight per customer, loop by loop. */
    private final class Reference {
        private final DiffInDiff fast;
        private final Windows windows;
        private final int shift;
        private final DiffInDiff.Comparison comparison;

        Reference(DiffInDiff fast, Windows windows, int shift, DiffInDiff.Comparison comparison) {
            this.fast = fast;
            this.windows = windows;
            this.shift = shift;
            this.comparison = comparison;
        }

        double[] figures(double[] w) {
            int outcomes = windows.outcomes();
            double[] figures = new double[outcomes];
            List<Integer> estimated = new ArrayList<Integer>();
            int total = 0;
            for (int g = 0; g < fast.cohorts().size(); g++) {
                if (fast.excluded(g) == null) {
                    estimated.add(g);
                    total += fast.cohorts().get(g).size();
                }
            }
            for (int g : estimated) {
                Cohort cohort = fast.cohorts().get(g);
                List<Integer> controls = controls(cohort);
                double[] lift = new double[outcomes];
                double weight = 0;
                for (int i = 0; i < cohort.size(); i++) {
                    int c = cohort.customers[i];
                    int d = cohort.days[i] - shift;
                    double q = 0;
                    for (int j : controls) {
                        q += w[j] * data.purchases[j].revenue(windows.baseStart(d), windows.baseEnd(d));
                    }
                    long base = data.purchases[c].revenue(windows.baseStart(d), windows.baseEnd(d));
                    for (int o = 0; o < outcomes; o++) {
                        double p = 0;
                        for (int j : controls) {
                            p += w[j] * data.purchases[j].revenue(windows.start(o, d), windows.end(o, d));
                        }
                        lift[o] += w[c] * (data.purchases[c].revenue(windows.start(o, d), windows.end(o, d)) - base * p / q);
                    }
                    weight += w[c];
                }
                for (int o = 0; o < outcomes; o++) {
                    double att = lift[o] / weight;
                    figures[o] += (o == Windows.POST ? cohort.size() : cohort.size() / (double) total) * att;
                }
            }
            return figures;
        }

        private List<Integer> controls(Cohort cohort) {
            int cutoff = cohort.start - shift - windows.daysBefore();
            int after = Math.max(cohort.end - 1 - shift + windows.daysAfter() - 1, cohort.end - 1);
            List<Integer> controls = new ArrayList<Integer>();
            for (int j = 0; j < data.customers(); j++) {
                int enrolled = data.firstEnrolmentDay[j];
                boolean chosen = comparison == DiffInDiff.Comparison.NEVER_MEMBERS ? enrolled == EstimationData.NEVER
                        : enrolled != EstimationData.NEVER && enrolled > after;
                if (chosen && data.firstOrderDay[j] <= cutoff) {
                    controls.add(j);
                }
            }
            return controls;
        }
    }
}
