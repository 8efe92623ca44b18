package com.loyaltykpi.core.incrementality;

import com.loyaltykpi.core.money.Money;

import org.apache.commons.statistics.descriptive.Quantile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The estimate of docs/KPIS.md on the data of one currency: members grouped in cohorts by enrolment week, compared with
 * customers who enrol only later ({@link DiffInDiff}); the same week by week around enrolment (event study); a
 * placebo with every enrolment moved a window earlier; optionally against never-members; one multiplier
 * bootstrap over customers for every interval. Amounts are minor units until the end.
 */
public final class IncrementalRevenueEstimator {

    /** The normal distribution's interquartile range: a spread from quartiles, as R's did package takes it. */
    private static final double NORMAL_IQR = 1.3489795003921634;
    /** Blocks of customers resampled apart (in parallel), a fixed number so that results do not depend on the machine. */
    private static final int BOOTSTRAP_BLOCKS = 16;

    private IncrementalRevenueEstimator() {
    }

    static Estimate estimate(EstimationData data, EstimateRequest request) {
        EstimateSettings settings = request.settings();
        int from = (int) request.from().toEpochDay();
        int to = (int) request.to().toEpochDay();
        List<Cohort> cohorts = Cohorts.of(data, from, to, settings.cohortDays());
        int analysed = 0;
        for (Cohort cohort : cohorts) {
            analysed += cohort.size();
        }
        Map<LeftOut, Integer> leftOut = new EnumMap<LeftOut, Integer>(LeftOut.class);
        Windows withWeeks = new Windows(settings, true);
        Windows single = new Windows(settings, false);
        DiffInDiff main = new DiffInDiff(data, withWeeks, 0, DiffInDiff.Comparison.NOT_YET_ENROLLED,
                Cohorts.eligible(cohorts, data, withWeeks, 0, leftOut));
        for (int g = 0; g < main.cohorts().size(); g++) {
            if (main.excluded(g) != null) {
                Cohorts.count(leftOut, main.excluded(g), main.cohorts().get(g).size());
            }
        }
        int shift = settings.windowDays() + settings.excludedDays();
        DiffInDiff placebo = new DiffInDiff(data, single, shift, DiffInDiff.Comparison.NOT_YET_ENROLLED,
                Cohorts.eligible(estimatedMembers(main), data, single, shift, null));
        DiffInDiff never = settings.neverMemberFallback() ? new DiffInDiff(data, single, 0,
                DiffInDiff.Comparison.NEVER_MEMBERS, Cohorts.eligible(cohorts, data, single, 0, null)) : null;
        double[][] deviations = bootstrap(data, request, never == null ? Arrays.asList(main, placebo) : Arrays.asList(main, placebo, never));

        Currency currency = Currency.getInstance(request.currency());
        Bounds bounds = new Bounds(deviations, currency);
        Estimated incremental = main.members() == 0 ? Estimated.UNDEFINED : bounds.of(main.estimate(Windows.POST), 0);
        EventStudy eventStudy = main.members() == 0 ? EventStudy.NONE : eventStudy(main, bounds);
        Variant placeboResult = new Variant(placebo.members() == 0 ? Estimated.UNDEFINED
                : bounds.of(placebo.estimate(Windows.POST), main.outcomes()), placebo.members(), placebo.comparisonCustomers());
        Variant neverResult = never == null ? null : new Variant(never.members() == 0 ? Estimated.UNDEFINED
                : bounds.of(never.estimate(Windows.POST), main.outcomes() + 1), never.members(), never.comparisonCustomers());
        MembersOrders orders = new MembersOrders(data, main, currency);
        List<Note> problems = Problems.of(data, request, analysed, main, leftOut, eventStudy, placeboResult);
        int scale = Money.scaleOf(currency);
        long memberChange = 0;
        double controlChange = 0;
        for (int g = 0; g < main.cohorts().size(); g++) {
            if (main.excluded(g) == null) {
                memberChange += main.memberChange(g);
                controlChange += main.controlChange(g);
            }
        }
        return new Estimate(request, analysed, main.members(), main.comparisonCustomers(), leftOut, incremental,
                BigDecimal.valueOf(memberChange, scale), BigDecimal.valueOf(Math.round(controlChange), scale),
                cohortResults(main, currency), eventStudy, placeboResult, neverResult, orders, problems, assumptions(request),
                estimated(data, main));
    }

    private static BitSet estimated(EstimationData data, DiffInDiff main) {
        BitSet estimated = new BitSet(data.customers());
        for (int c = 0; c < data.customers(); c++) {
            estimated.set(c, main.estimated(c));
        }
        return estimated;
    }

    /** The members the estimate used, by cohort: the placebo looks at the same members a window earlier. */
    private static List<Cohort> estimatedMembers(DiffInDiff main) {
        List<Cohort> kept = new ArrayList<Cohort>();
        for (int g = 0; g < main.cohorts().size(); g++) {
            if (main.excluded(g) == null) {
                kept.add(main.cohorts().get(g));
            }
        }
        return kept;
    }

    /**
     * Every customer's influence on every figure of every analysis, through one bootstrap: [resample][figure].
     * Customers are taken in fixed blocks (by their key), on all cores; the blocks' sums are added in block order, so
     * the result depends neither on the machine nor on the customers without influence that the data holds.
     */
    private static double[][] bootstrap(EstimationData data, EstimateRequest request, List<DiffInDiff> analyses) {
        int dims = 0;
        for (DiffInDiff analysis : analyses) {
            dims += analysis.outcomes();
        }
        int width = dims;
        long[] keys = new long[data.customers()];
        for (int c = 0; c < keys.length; c++) {
            keys[c] = data.key(c);
        }
        List<MultiplierBootstrap> blocks = IntStream.range(0, BOOTSTRAP_BLOCKS).parallel().mapToObj(block -> {
            MultiplierBootstrap bootstrap = new MultiplierBootstrap(width, request.resamples(), request.seed());
            double[] influence = new double[width];
            for (int c = 0; c < keys.length; c++) {
                if (Math.floorMod(keys[c], BOOTSTRAP_BLOCKS) != block) {
                    continue;
                }
                Arrays.fill(influence, 0);
                int offset = 0;
                for (DiffInDiff analysis : analyses) {
                    analysis.influence(c, influence, offset);
                    offset += analysis.outcomes();
                }
                for (double value : influence) {
                    if (value != 0) {
                        bootstrap.add(influence, keys[c]);
                        break;
                    }
                }
            }
            return bootstrap;
        }).collect(Collectors.toList());
        double[][] deviations = new double[request.resamples()][dims];
        for (MultiplierBootstrap block : blocks) {
            block.addTo(deviations);
        }
        return deviations;
    }

    /** Intervals and spreads of the figures from the bootstrap's deviations, in the currency's major units. */
    private static final class Bounds {
        private final double[][] deviations;
        private final int scale;

        Bounds(double[][] deviations, Currency currency) {
            this.deviations = deviations;
            this.scale = Money.scaleOf(currency);
        }

        double[] column(int figure) {
            double[] column = new double[deviations.length];
            for (int b = 0; b < column.length; b++) {
                column[b] = deviations[b][figure];
            }
            return column;
        }

        Estimated of(double minor, int figure) {
            double[] q = Quantile.withDefaults().evaluate(column(figure), 0.025, 0.975);
            return new Estimated(major(minor), major(minor + q[0]), major(minor + q[1]));
        }

        double spread(int figure) {
            double[] q = Quantile.withDefaults().evaluate(column(figure), 0.25, 0.75);
            return (q[1] - q[0]) / NORMAL_IQR;
        }

        BigDecimal major(double minor) {
            return BigDecimal.valueOf(Math.round(minor), scale);
        }
    }

    /**
     * Weeks -12..12 with pointwise intervals; a week before joining is outside the band when its lift exceeds the
     * uniform 95% band over the 12 weeks before (the 95% quantile over resamples of the largest standardised
     * deviation among them).
     */
    private static EventStudy eventStudy(DiffInDiff main, Bounds bounds) {
        int weeks = Windows.EVENT_WEEKS;
        double[] spread = new double[weeks + 1];
        double[] largest = new double[bounds.deviations.length];
        for (int o = 1; o <= weeks; o++) {
            spread[o] = bounds.spread(o);
            for (int b = 0; b < largest.length; b++) {
                if (spread[o] > 0) {
                    largest[b] = Math.max(largest[b], Math.abs(bounds.deviations[b][o]) / spread[o]);
                }
            }
        }
        double critical = Quantile.withDefaults().evaluate(largest, 0.95);
        List<EventStudy.Week> result = new ArrayList<EventStudy.Week>();
        for (int o = 1; o < main.outcomes(); o++) {
            double lift = main.estimate(o);
            boolean outside = o <= weeks && spread[o] > 0 && Math.abs(lift) > critical * spread[o];
            result.add(new EventStudy.Week(Windows.week(o), bounds.of(lift, o), outside));
        }
        return new EventStudy(result, main.members());
    }

    private static List<CohortResult> cohortResults(DiffInDiff main, Currency currency) {
        int scale = Money.scaleOf(currency);
        List<CohortResult> results = new ArrayList<CohortResult>();
        for (int g = 0; g < main.cohorts().size(); g++) {
            Cohort cohort = main.cohorts().get(g);
            LeftOut why = main.excluded(g);
            results.add(new CohortResult(LocalDate.ofEpochDay(cohort.start), LocalDate.ofEpochDay(cohort.end - 1), cohort.size(),
                    main.comparisons(g), why, why != null ? null : BigDecimal.valueOf(Math.round(main.incremental(g)), scale),
                    why != null ? null : BigDecimal.valueOf(main.memberChange(g), scale),
                    why != null ? null : BigDecimal.valueOf(Math.round(main.controlChange(g)), scale)));
        }
        return results;
    }

    static List<Note> assumptions(EstimateRequest request) {
        EstimateSettings settings = request.settings();
        Windows windows = new Windows(settings, true);
        List<Note> notes = new ArrayList<Note>();
        notes.add(new Note("assumption.parallelGrowth"));
        notes.add(new Note("assumption.comparison", settings.windowDays()));
        if (settings.neverMemberFallback()) {
            notes.add(new Note("assumption.neverMembers"));
        }
        notes.add(new Note("assumption.enrolmentDay", settings.excludedDays()));
        notes.add(new Note("assumption.noAnticipation"));
        notes.add(new Note("assumption.intentionToTreat", settings.windowDays()));
        notes.add(new Note("assumption.history", windows.daysBefore(), settings.cohortDays()));
        notes.add(new Note("assumption.interval", request.resamples()));
        return notes;
    }
}
