package com.loyaltykpi.core.incrementality;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The simulation study of the estimator: many simulated shops with a known effect, the estimator run on each, and
 * how often its interval excludes zero where there is no effect, how often it covers the truth where there is
 * one, and its mean error. {@code main} runs the large study: {@code mvn -Pstudy -pl loyalty-kpi-module verify}.
 */
final class SimulationStudy {

    /** One scenario's figures over its shops. */
    static final class Result {
        final String scenario;
        int shops;
        int excludesZero;
        int covers;
        double truth;
        double estimate;
        int preTrendFlagged;
        int placeboExcludesZero;
        long analysed;
        long estimated;
        int fallbackShops;
        int fallbackExcludesZero;
        double fallbackEstimate;

        Result(String scenario) {
            this.scenario = scenario;
        }

        double excludesZeroRate() {
            return excludesZero / (double) shops;
        }

        double coverage() {
            return covers / (double) shops;
        }

        double meanError() {
            return (estimate - truth) / shops;
        }

        /** Mean error over mean truth. */
        double relativeError() {
            return (estimate - truth) / truth;
        }

        /** The never-member comparison's figures: only meaningful without effect, where the truth is zero for anyone. */
        String fallbackRow() {
            return String.format(Locale.ROOT, "| %s | %d | %.1f%% | %,.0f |", scenario, fallbackShops,
                    100.0 * fallbackExcludesZero / fallbackShops, fallbackEstimate / fallbackShops);
        }

        String row() {
            return String.format(Locale.ROOT, "| %s | %d | %.1f%% | %.1f%% | %,.0f | %,.0f | %,.0f (%s) | %.1f%% | %.1f%% | %.0f of %.0f |",
                    scenario, shops, 100 * excludesZeroRate(), 100 * coverage(), truth / shops, estimate / shops, meanError(),
                    truth == 0 ? "-" : String.format(Locale.ROOT, "%+.1f%%", 100 * relativeError()),
                    100.0 * preTrendFlagged / shops, 100.0 * placeboExcludesZero / shops, estimated / (double) shops,
                    analysed / (double) shops);
        }
    }

    static final String HEADER = "| scenario | shops | interval excludes 0 | interval covers truth | mean truth | mean estimate "
            + "| mean error | pre-trend flagged | placebo excludes 0 | members estimated of joined |\n"
            + "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |";

    /** The first shop's seed; the CI test runs the first shops of the study. */
    static final long FIRST_SEED = 1000;

    private SimulationStudy() {
    }

    /** Runs the estimator on shops seeded firstSeed, firstSeed + 1, ... with this effect. */
    static Result run(String scenario, long firstSeed, int shops, int customers, double frequencyLift, double basketLift,
                      EstimateSettings settings) {
        return run(scenario, firstSeed, shops, customers, frequencyLift, basketLift, settings, SimulatedShop.Joining.WHEN_REACHED, 0);
    }

    static Result run(String scenario, long firstSeed, int shops, int customers, double frequencyLift, double basketLift,
                      EstimateSettings settings, SimulatedShop.Joining joining, double meanLifetimeDays) {
        Result result = new Result(scenario);
        for (int s = 0; s < shops; s++) {
            SimulatedShop shop = new SimulatedShop(firstSeed + s, customers, frequencyLift, basketLift, joining, meanLifetimeDays);
            EstimationData data = shop.data(SimulatedShop.EUR, settings.neverMemberFallback());
            Estimate estimate = IncrementalRevenueEstimator.estimate(data, new EstimateRequest(SimulatedShop.RANGE_FROM,
                    SimulatedShop.RANGE_TO, "EUR", settings, 1000, 42L + s));
            BigDecimal truth = BigDecimal.valueOf(shop.truth(estimate, data, SimulatedShop.EUR), 2);
            Estimated found = estimate.incremental();
            result.shops++;
            result.analysed += estimate.analysed();
            result.estimated += estimate.matched();
            if (!found.defined()) {
                continue;
            }
            result.truth += truth.doubleValue();
            result.estimate += found.value().doubleValue();
            result.excludesZero += found.excludesZero() ? 1 : 0;
            result.covers += found.low().compareTo(truth) <= 0 && truth.compareTo(found.high()) <= 0 ? 1 : 0;
            result.preTrendFlagged += estimate.eventStudy().preTrendHolds() ? 0 : 1;
            result.placeboExcludesZero += estimate.placebo().incrementalRevenue().excludesZero() ? 1 : 0;
            Variant never = estimate.neverMembers();
            if (never != null && never.incrementalRevenue().defined()) {
                result.fallbackShops++;
                result.fallbackExcludesZero += never.incrementalRevenue().excludesZero() ? 1 : 0;
                result.fallbackEstimate += never.incrementalRevenue().value().doubleValue();
            }
            if (Boolean.getBoolean("loyalty.study.verbose")) {
                System.out.println(scenario + " shop " + s + ": truth " + truth + "; " + estimate);
            }
        }
        return result;
    }

    public static void main(String[] args) {
        int shops = Integer.getInteger("loyalty.study.shops", 500);
        StringBuilder table = new StringBuilder(HEADER).append('\n');
        table.append(run("no effect", FIRST_SEED, shops, 4000, 0, 0, EstimateSettings.defaults()).row()).append('\n');
        System.out.println(table);
        table.append(run("effect: +20% orders, +10% basket", FIRST_SEED, shops, 4000, 0.2, 0.1, EstimateSettings.defaults()).row()).append('\n');
        System.out.println(table);
        table.append(run("no effect, joining at a big order", FIRST_SEED, shops, 4000, 0, 0,
                EstimateSettings.defaults(), SimulatedShop.Joining.AT_BIG_ORDER, 0).row()).append('\n');
        table.append(run("effect, joining at a big order", FIRST_SEED, shops, 4000, 0.2, 0.1,
                EstimateSettings.defaults(), SimulatedShop.Joining.AT_BIG_ORDER, 0).row()).append('\n');
        table.append(run("no effect, customers stop buying after 2 years on average", FIRST_SEED, shops, 4000, 0, 0,
                EstimateSettings.defaults(), SimulatedShop.Joining.WHEN_REACHED, 730).row()).append('\n');
        table.append(run("effect, customers stop buying after 2 years on average", FIRST_SEED, shops, 4000, 0.2, 0.1,
                EstimateSettings.defaults(), SimulatedShop.Joining.WHEN_REACHED, 730).row()).append('\n');
        System.out.println(table);
        EstimateSettings fallback = new EstimateSettings(90, 7, 1, true);
        System.out.println("Never-member comparison (fallback):\n| scenario | shops | interval excludes 0 | mean estimate |\n"
                + "| --- | --- | --- | --- |\n" + run("no effect", FIRST_SEED, shops, 4000, 0, 0, fallback).fallbackRow() + "\n"
                + run("no effect, joining at a big order", FIRST_SEED, shops, 4000, 0, 0, fallback,
                        SimulatedShop.Joining.AT_BIG_ORDER, 0).fallbackRow() + "\n"
                + run("no effect, customers stop buying after 2 years on average", FIRST_SEED, shops, 4000, 0, 0, fallback,
                        SimulatedShop.Joining.WHEN_REACHED, 730).fallbackRow());
    }
}
