package com.loyaltykpi.core.behaviour;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A simulation study of the fits: shops drawn from known BG/NBD and Gamma-Gamma parameters (seeded), each fitted, the
 * estimates' mean relative bias and spread reported, and the predicted purchases of the next half year checked against
 * what the simulated customers then bought. The table is printed and recorded in docs/CUSTOMERS.md.
 */
class RecoveryStudyTest {

    private static final double[] TRUE_BG = {0.25, 4.0, 0.8, 2.5};
    private static final double[] TRUE_GG = {6.0, 4.0, 15.0};
    private static final int SHOPS = 12;
    private static final int CUSTOMERS = 3000;
    private static final double HOLDOUT_WEEKS = 26;

    @Test
    void theFitsRecoverKnownParametersAndPredictTheNextHalfYear() {
        double[][] bg = new double[SHOPS][];
        double[][] gg = new double[SHOPS][];
        double predicted = 0;
        double actual = 0;
        for (int shop = 0; shop < SHOPS; shop++) {
            List<PurchaseHistory> histories = new ArrayList<PurchaseHistory>();
            List<Integer> later = new ArrayList<Integer>();
            SimulatedCustomers.draw(20261201L + shop, CUSTOMERS, TRUE_BG, TRUE_GG, HOLDOUT_WEEKS, histories, later);
            BgNbd fitted = ModelFitting.bgNbd(histories).model();
            GammaGamma spend = ModelFitting.gammaGamma(histories).model();
            bg[shop] = new double[] {fitted.r(), fitted.alpha(), fitted.a(), fitted.b()};
            gg[shop] = new double[] {spend.p(), spend.q(), spend.gamma()};
            for (int i = 0; i < histories.size(); i++) {
                predicted += fitted.expectedPurchases(histories.get(i), HOLDOUT_WEEKS);
                actual += later.get(i);
            }
        }
        String[] names = {"r", "alpha", "a", "b", "p", "q", "gamma"};
        System.out.println("[behaviour study] " + SHOPS + " shops of " + CUSTOMERS + " customers, ages 26-78 weeks");
        System.out.println("[behaviour study] parameter | true | mean estimate | relative bias | spread (sd/true)");
        for (int k = 0; k < 7; k++) {
            double truth = k < 4 ? TRUE_BG[k] : TRUE_GG[k - 4];
            double sum = 0;
            double squares = 0;
            for (int shop = 0; shop < SHOPS; shop++) {
                double estimate = k < 4 ? bg[shop][k] : gg[shop][k - 4];
                sum += estimate;
                squares += estimate * estimate;
            }
            double mean = sum / SHOPS;
            double sd = Math.sqrt(Math.max(0, squares / SHOPS - mean * mean));
            double bias = (mean - truth) / truth;
            System.out.println(String.format(Locale.ROOT, "[behaviour study] %s | %.3f | %.3f | %+.1f%% | %.1f%%",
                    names[k], truth, mean, 100 * bias, 100 * sd / truth));
            assertThat(Math.abs(bias)).as(names[k] + " bias").isLessThan(0.10);
        }
        double error = (predicted - actual) / actual;
        System.out.println(String.format(Locale.ROOT, "[behaviour study] purchases in the next %.0f weeks: predicted "
                + "%.0f, bought %.0f (%+.1f%%)", HOLDOUT_WEEKS, predicted, actual, 100 * error));
        assertThat(Math.abs(error)).isLessThan(0.05);
    }
}
