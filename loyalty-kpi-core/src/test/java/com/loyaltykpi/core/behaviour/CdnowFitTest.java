package com.loyaltykpi.core.behaviour;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The fits against the published figures, on the CDNOW sample the BG/NBD paper used (2,357 customers): Fader, Hardie
 * and Lee (2005) report r = 0.243, alpha = 4.414, a = 0.793, b = 2.426 (log-likelihood -9,582.4), and Fader and
 * Hardie's Gamma-Gamma note p = 6.25, q = 3.74, gamma = 15.44 on its 946 repeat customers.
 */
class CdnowFitTest {

    private static final List<PurchaseHistory> CDNOW = new ArrayList<PurchaseHistory>();

    @BeforeAll
    static void read() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                CdnowFitTest.class.getResourceAsStream("/behaviour/cdnow_customers_summary_with_transactions.csv"),
                StandardCharsets.UTF_8))) {
            in.readLine(); // ID,x,t_x,T,zbar
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",");
                int x = Integer.parseInt(f[1]);
                CDNOW.add(new PurchaseHistory(x, Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                        x == 0 ? 0 : Double.parseDouble(f[4])));
            }
        }
    }

    @Test
    void theSampleIsThePapers() {
        assertThat(CDNOW).hasSize(2357);
        assertThat(CDNOW.stream().filter(h -> h.x() > 0).count()).isEqualTo(946);
    }

    @Test
    void bgNbdRecoversThePublishedEstimates() {
        Fit<BgNbd> fit = ModelFitting.bgNbd(CDNOW);
        assertThat(fit.fitted()).as(fit.refusal()).isTrue();
        BgNbd model = fit.model();
        // to two significant digits, as the issue asks; the fit in fact agrees to three or four
        assertThat(model.r()).isCloseTo(0.243, within(0.0005));
        assertThat(model.alpha()).isCloseTo(4.414, within(0.005));
        assertThat(model.a()).isCloseTo(0.793, within(0.0005));
        assertThat(model.b()).isCloseTo(2.426, within(0.005));
        assertThat(fit.logLikelihood()).isCloseTo(-9582.4, within(0.05));
    }

    @Test
    void gammaGammaRecoversThePublishedEstimates() {
        Fit<GammaGamma> fit = ModelFitting.gammaGamma(CDNOW);
        assertThat(fit.fitted()).as(fit.refusal()).isTrue();
        assertThat(fit.model().p()).isCloseTo(6.25, within(0.005));
        assertThat(fit.model().q()).isCloseTo(3.74, within(0.005));
        assertThat(fit.model().gamma()).isCloseTo(15.44, within(0.01));
    }

    @Test
    void thePapersConditionalExpectationAtThePublishedEstimates() {
        BgNbd model = new BgNbd(0.242594150135163, 4.41358964023953, 0.792919156875463, 2.42589640957206);
        // Fader, Hardie and Lee's note on computing the conditional expectation: 1.226 purchases in the next 39
        // weeks for a customer with 2 repeat purchases, the last at week 30.43, observed for 38.86 weeks
        assertThat(model.expectedPurchases(new PurchaseHistory(2, 30.43, 38.86, 20), 39)).isCloseTo(1.226,
                within(0.0005));
        assertThat(model.probabilityActive(new PurchaseHistory(0, 0, 38.86, 0))).isEqualTo(1.0);
        assertThat(model.probabilityActive(new PurchaseHistory(2, 30.43, 38.86, 20))).isBetween(0.0, 1.0);
    }

    @Test
    void theExpectationsAgreeWithTheProcessSimulated() {
        BgNbd model = new BgNbd(0.243, 4.414, 0.793, 2.426);
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(20261201L);
        int customers = 200_000;
        double weeks = 78;
        long purchases = 0;
        for (int i = 0; i < customers; i++) {
            purchases += simulatedPurchases(model, random, weeks);
        }
        // the standard error of the simulated mean is about 0.007
        assertThat((double) purchases / customers).isCloseTo(model.expectedPurchasesOfNew(weeks), within(0.03));
    }

    /** Purchases after the first within the weeks: Poisson while active, a drop-out chance after each purchase. */
    private static int simulatedPurchases(BgNbd model, UniformRandomProvider random, double weeks) {
        double rate = AhrensDieterMarsagliaTsangGammaSampler.of(random, model.r(), 1 / model.alpha()).sample();
        double gammaA = AhrensDieterMarsagliaTsangGammaSampler.of(random, model.a(), 1).sample();
        double gammaB = AhrensDieterMarsagliaTsangGammaSampler.of(random, model.b(), 1).sample();
        double dropOut = gammaA / (gammaA + gammaB);
        int count = 0;
        double t = 0;
        while (true) {
            t += -Math.log(1 - random.nextDouble()) / rate;
            if (t > weeks) {
                return count;
            }
            count++;
            if (random.nextDouble() < dropOut) {
                return count;
            }
        }
    }

    @Test
    void theShopsLikelihoodIsTheSumOfItsCustomers() {
        BgNbd model = new BgNbd(0.3, 5, 0.7, 2);
        double sum = 0;
        for (PurchaseHistory h : CDNOW) {
            sum += model.logLikelihood(h);
        }
        double[] logs = {Math.log(0.3), Math.log(5), Math.log(0.7), Math.log(2)};
        assertThat(new BgNbdLikelihood(CDNOW).value(logs)).isCloseTo(sum, within(1e-6));

        GammaGamma spend = new GammaGamma(5, 3, 12);
        List<PurchaseHistory> repeat = new ArrayList<PurchaseHistory>();
        double spendSum = 0;
        for (PurchaseHistory h : CDNOW) {
            if (h.x() > 0) {
                repeat.add(h);
                spendSum += spend.logLikelihood(h);
            }
        }
        assertThat(new GammaGammaLikelihood(repeat).value(new double[] {Math.log(5), Math.log(3), Math.log(12)}))
                .isCloseTo(spendSum, within(1e-6));
    }

    @Test
    void tooFewCustomersAreRefusedWithTheReason() {
        Fit<BgNbd> fit = ModelFitting.bgNbd(CDNOW.subList(0, 99));
        assertThat(fit.fitted()).isFalse();
        assertThat(fit.refusal()).contains("99 customers", "at least 100");
        Fit<GammaGamma> spend = ModelFitting.gammaGamma(CDNOW.subList(0, 40));
        assertThat(spend.fitted()).isFalse();
        assertThat(spend.refusal()).contains("too few customers bought again");
    }
}
