package com.loyaltykpi.core.behaviour;

import java.time.LocalDate;

/**
 * One customer's purchases in one currency, read once for two uses: all of them (the model), and those before the
 * last six months with the purchases of those months (the honest check).
 */
final class CustomerRecord {

    private final LocalDate cutoff;
    private final CustomerPurchases all = new CustomerPurchases();
    private final CustomerPurchases beforeCutoff = new CustomerPurchases();
    private LocalDate lastAfterCutoff;
    private int afterCutoff;

    /** @param cutoff the last day of the calibration (the held-out months begin the day after) */
    CustomerRecord(LocalDate cutoff) {
        this.cutoff = cutoff;
    }

    /** Adds an order (in time order). */
    void add(LocalDate day, double value) {
        all.add(day, value);
        if (!day.isAfter(cutoff)) {
            beforeCutoff.add(day, value);
        } else if (beforeCutoff.frequency() > 0 && !day.equals(lastAfterCutoff)) {
            afterCutoff++; // a purchase day of a customer who was already one at the cutoff
            lastAfterCutoff = day;
        }
    }

    CustomerPurchases all() {
        return all;
    }

    /** Whether the customer had bought by the cutoff (only those are in the check). */
    boolean inCheck() {
        return beforeCutoff.frequency() > 0;
    }

    /** The history at the cutoff. */
    PurchaseHistory calibration() {
        return beforeCutoff.history(cutoff);
    }

    /** Purchase days after the cutoff. */
    int heldOut() {
        return afterCutoff;
    }
}
