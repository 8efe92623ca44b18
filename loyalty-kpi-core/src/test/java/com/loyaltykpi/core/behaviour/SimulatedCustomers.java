package com.loyaltykpi.core.behaviour;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.simple.RandomSource;

import java.util.List;

/** Customers drawn from known BG/NBD and Gamma-Gamma parameters, for the simulation studies (seeded). */
final class SimulatedCustomers {

    private SimulatedCustomers() {
    }

    /**
     * Draws customers whose first purchase was 26 to 78 weeks before the end of the data: their histories, and the
     * purchases each makes in the {@code laterWeeks} after.
     *
     * @param bg r, alpha, a, b
     * @param gg p, q, gamma
     */
    static void draw(long seed, int customers, double[] bg, double[] gg, double laterWeeks,
                     List<PurchaseHistory> histories, List<Integer> later) {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        for (int i = 0; i < customers; i++) {
            simulate(random, 26 + 52 * random.nextDouble(), bg, gg, laterWeeks, histories, later);
        }
    }

    /**
     * One customer: purchases after the first at a gamma-distributed Poisson rate, a beta-distributed drop-out chance
     * after each; their history to {@code age} weeks and the purchases of the half year after; spend per purchase
     * gamma around a customer's own gamma-distributed mean.
     */
    private static void simulate(UniformRandomProvider random, double age, double[] bg, double[] gg,
                                 double laterWeeks, List<PurchaseHistory> histories, List<Integer> later) {
        double rate = gamma(random, bg[0], 1 / bg[1]);
        double gammaA = gamma(random, bg[2], 1);
        double dropOut = gammaA / (gammaA + gamma(random, bg[3], 1));
        double nu = gamma(random, gg[1], 1 / gg[2]);
        int x = 0;
        int after = 0;
        double last = 0;
        double spent = 0;
        double t = 0;
        while (true) {
            t += -Math.log(1 - random.nextDouble()) / rate;
            if (t > age + laterWeeks) {
                break;
            }
            if (t <= age) {
                x++;
                last = t;
                spent += gamma(random, gg[0], 1 / nu);
            } else {
                after++;
            }
            if (random.nextDouble() < dropOut) {
                break;
            }
        }
        histories.add(new PurchaseHistory(x, last, age, x == 0 ? 0 : spent / x));
        later.add(after);
    }

    private static double gamma(UniformRandomProvider random, double shape, double scale) {
        return AhrensDieterMarsagliaTsangGammaSampler.of(random, shape, scale).sample();
    }
}
