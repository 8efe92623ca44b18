package com.loyaltykpi.core.mix;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The order-value bands of the order mix, per currency, relative to the currency's average order value over all
 * the shop's orders: below half of it, from half to once, from once to twice, twice or more. Relative limits put
 * orders of every currency into the same four bands. A {@link ValueSteps step} belongs to the band its middle is
 * in, so each limit is met to within half a step (13%).
 */
public final class OrderValueBands {

    public static final int COUNT = 4;
    private static final double[] FACTORS = {0.5, 1, 2};

    private final Map<String, double[]> limits = new HashMap<String, double[]>();

    /** @param averageOrderValues each currency's average order value */
    public OrderValueBands(Map<String, BigDecimal> averageOrderValues) {
        for (Map.Entry<String, BigDecimal> entry : averageOrderValues.entrySet()) {
            double[] currencyLimits = new double[FACTORS.length];
            for (int i = 0; i < FACTORS.length; i++) {
                currencyLimits[i] = entry.getValue().doubleValue() * FACTORS[i];
            }
            limits.put(entry.getKey(), currencyLimits);
        }
    }

    /** The band (0 to 3) of a step of this currency; -1 for a currency without an average yet. */
    int band(String currency, int step) {
        double[] currencyLimits = limits.get(currency);
        if (currencyLimits == null) {
            return -1;
        }
        if (step == ValueSteps.NOT_POSITIVE) {
            return 0;
        }
        double middle = ValueSteps.middle(step);
        int band = 0;
        while (band < currencyLimits.length && middle >= currencyLimits[band]) {
            band++;
        }
        return band;
    }
}
