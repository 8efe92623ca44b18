package com.loyaltykpi.core.behaviour;

import java.time.LocalDate;

/**
 * What a customer of one currency is scored and predicted with: the quintiles of the shop's customers for recency,
 * frequency and monetary value, and the BG/NBD and Gamma-Gamma fits (null where refused). The daily computation makes
 * them and stores them; a customer whose orders changed since is scored alone with the stored ones.
 */
final class Scores {

    private final Quintiles recency;
    private final Quintiles frequency;
    private final Quintiles monetary;
    private final BgNbd purchases;
    private final GammaGamma spend;

    Scores(Quintiles recency, Quintiles frequency, Quintiles monetary, BgNbd purchases, GammaGamma spend) {
        this.recency = recency;
        this.frequency = frequency;
        this.monetary = monetary;
        this.purchases = purchases;
        this.spend = spend;
    }

    /** The model of a customer with these purchases (and their history at the end of {@code today}). */
    CustomerModel model(String customerId, CustomerPurchases p, PurchaseHistory h, LocalDate today,
                        double horizonWeeks) {
        long days = p.recencyDays(today);
        Double active = purchases == null ? null : purchases.probabilityActive(h);
        Double expected = purchases == null ? null : purchases.expectedPurchases(h, horizonWeeks);
        Double value = spend == null ? null : h.x() > 0 ? spend.expectedSpend(h) : spend.expectedSpendOfNew();
        return new CustomerModel(customerId, recency.score(-days), frequency.score(p.frequency()),
                monetary.score(p.meanValue()), p.frequency(), days, active, expected, value);
    }

    Quintiles recency() {
        return recency;
    }

    Quintiles frequency() {
        return frequency;
    }

    Quintiles monetary() {
        return monetary;
    }

    BgNbd purchases() {
        return purchases;
    }

    GammaGamma spend() {
        return spend;
    }
}
