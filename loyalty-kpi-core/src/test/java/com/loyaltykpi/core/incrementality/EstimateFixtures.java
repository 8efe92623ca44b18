package com.loyaltykpi.core.incrementality;

import java.time.LocalDate;

/** Shops small enough to compute an estimate by hand, for the estimator's tests and the payoff's. */
public final class EstimateFixtures {

    /** Wednesday 8 June 2022: the member joins; the cohort is the week from Monday 6 June. */
    static final int E = (int) LocalDate.of(2022, 6, 8).toEpochDay();
    static final int LAST_DAY = (int) LocalDate.of(2022, 12, 31).toEpochDay();
    static final int LATER = (int) LocalDate.of(2022, 12, 1).toEpochDay();
    static final EstimateSettings W30 = new EstimateSettings(30, 7, 1, false);

    private EstimateFixtures() {
    }

    static Estimate estimate(EstimationData data, EstimateSettings settings) {
        return IncrementalRevenueEstimator.estimate(data, new EstimateRequest(LocalDate.ofEpochDay(E - 2),
                LocalDate.ofEpochDay(E + 4), "EUR", settings, 1000, 7L));
    }

    /**
     * One member against ten comparison customers, with 30-day windows: incremental revenue 57.50 (interval 57.50
     * to 57.50), margin 40% of the orders after joining; the member's window runs from 9 June to 8 July 2022 (22 days
     * in June, of 23 member-days in June; 8 days in July, of 31).
     */
    public static Estimate oneMemberAgainstTen() {
        return estimate(oneMemberTenComparisons().build(), W30);
    }

    /**
     * The member: bought long before (history), 50.00 fifteen days before the window before (placebo base), 50.00
     * ten days before joining (window before), 300.00 on the joining day (excluded), 80.00 and 40.00 after. Each of
     * ten comparison customers, who join in December: 60.00 forty days before, 60.00 five days before, 75.00 ten days
     * after (cost known for the member's orders after: 60% of 80.00, the 40.00 unknown).
     */
    static EstimationData.Builder oneMemberTenComparisons() {
        EstimationData.Builder shop = new EstimationData.Builder(E - 400, LAST_DAY);
        shop.membership("m", E, EstimationData.NEVER)
                .order("m", E - 200, 3000, 0, 0)
                .order("m", E - 45, 5000, 0, 0)
                .order("m", E - 10, 5000, 0, 0)
                .order("m", E, 30000, 0, 0)
                .order("m", E + 5, 8000, 8000, 4800)
                .order("m", E + 20, 4000, 0, 0);
        for (int i = 0; i < 10; i++) {
            String c = "c" + i;
            shop.membership(c, LATER, EstimationData.NEVER)
                    .order(c, E - 150, 2000, 0, 0)
                    .order(c, E - 40, 6000, 0, 0)
                    .order(c, E - 5, 6000, 0, 0)
                    .order(c, E + 10, 7500, 0, 0);
        }
        return shop;
    }

}
