package com.loyaltykpi.core.incrementality;

import com.loyaltykpi.core.money.Money;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.descriptive.Quantile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The matched difference-in-differences of KPIS.md. For each member who enrolled in the window on day e (with W
 * days of history before and a complete W-day window after): lift = (post - pre of the member) - (post - pre of
 * the closest non-member), both measured over [e - W, e) and [e, e + W). Closest: among non-members not enrolled
 * before e + W who were already buying W days before e, with as many orders over the year before e and in the W
 * days before e, and nearest in revenue over that year, in the W days before e, and in how long they had been
 * buying (up to a year); drawn from a seeded random sample of such customers for each enrolment day. Incremental revenue is the sum of lifts; its 95% interval comes from a bootstrap over the pairs.
 * Amounts are in minor units (long) until the end: nothing is lost to floating point.
 */
public final class IncrementalRevenueEstimator {

    static final String NO_HISTORY = "less than the window's days of purchases before enrolling";
    static final String WINDOW_OPEN = "the window after enrolling is not over yet";
    static final String NO_CONTROL = "no comparable non-member";

    private static final int NEIGHBOURS = 30;
    private static final int SAMPLING_ATTEMPTS = 20;

    private IncrementalRevenueEstimator() {
    }

    static Estimate estimate(EstimationData data, EstimateRequest request) {
        int w = request.windowDays();
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(request.seed());
        Map<String, Integer> leftOut = new LinkedHashMap<String, Integer>();
        Map<Integer, List<String>> membersByDay = new TreeMap<Integer, List<String>>();
        for (EstimationData.Enrolment enrolment : data.enrolments) {
            Purchases purchases = data.of(enrolment.customerId);
            if (purchases == null || purchases.firstDay() > enrolment.day - w) {
                count(leftOut, NO_HISTORY);
            } else if (enrolment.day + w - 1 > data.lastDay) {
                count(leftOut, WINDOW_OPEN);
            } else {
                List<String> members = membersByDay.get(enrolment.day);
                if (members == null) {
                    members = new ArrayList<String>();
                    membersByDay.put(enrolment.day, members);
                }
                members.add(enrolment.customerId);
            }
        }
        List<long[]> pairs = new ArrayList<long[]>();
        for (Map.Entry<Integer, List<String>> day : membersByDay.entrySet()) {
            int e = day.getKey();
            List<Features> candidates = candidates(data, e, w, random);
            for (String member : day.getValue()) {
                Features m = new Features(data.of(member), e, w);
                Features c = nearest(candidates, m);
                if (c == null) {
                    count(leftOut, NO_CONTROL);
                } else {
                    pairs.add(new long[] {m.post - m.pre, c.post - c.pre, m.post});
                }
            }
        }
        return result(request, data.enrolments.size(), pairs, leftOut, random);
    }

    /** Pre/post figures and matching features of one customer around one day. */
    private static final class Features {
        final long pre;
        final long post;
        final int yearOrders;
        final int windowOrders;
        final double revenueKey;
        final double yearRevenueKey;
        final double tenureKey;

        Features(Purchases purchases, int e, int w) {
            int lookback = EstimateRequest.TENURE_LOOKBACK_DAYS;
            this.pre = purchases.revenue(e - w, e);
            this.post = purchases.revenue(e, e + w);
            this.revenueKey = Math.log1p(pre / 100.0);
            this.yearRevenueKey = Math.log1p(purchases.revenue(e - lookback, e) / 100.0);
            this.yearOrders = bucket(purchases.orders(e - lookback, e));
            this.windowOrders = bucket(purchases.orders(e - w, e));
            this.tenureKey = Math.min(e - purchases.firstDay(), lookback) / (double) lookback;
        }

        /**
         * Orders over the year before and in the W days before must match (exactly up to 10, then in classes),
         * then revenue over that year, in the W days before, and tenure should be close. A year shows how much a customer buys; the W days before alone would match a
         * heavy buyer to a light one who happened to buy a lot just then (and would then fall back, making the
         * program look better than it is). Exact orders also keep seasons fair: a heavier buyer gains more from
         * the year-end peak than a lighter one.
         */
        double distance(Features o) {
            if (yearOrders != o.yearOrders || windowOrders != o.windowOrders) {
                return Double.MAX_VALUE;
            }
            double year = yearRevenueKey - o.yearRevenueKey;
            double window = revenueKey - o.revenueKey;
            double tenure = tenureKey - o.tenureKey;
            return year * year + window * window + tenure * tenure;
        }

        int compareTo(Features o) {
            int byYear = Integer.compare(yearOrders, o.yearOrders);
            if (byYear != 0) {
                return byYear;
            }
            int byWindow = Integer.compare(windowOrders, o.windowOrders);
            return byWindow != 0 ? byWindow : Double.compare(yearRevenueKey, o.yearRevenueKey);
        }

        /** Order counts up to 10 exactly, then in coarser classes (11-14, 15-19, 20-29, 30 and more). */
        private static int bucket(int orders) {
            if (orders <= 10) {
                return orders;
            }
            return orders < 15 ? 11 : orders < 20 ? 15 : orders < 30 ? 20 : 30;
        }
    }

    /** A seeded sample of non-members eligible as controls for enrolment day e, sorted by a year's orders and revenue. */
    private static List<Features> candidates(EstimationData data, int e, int w, UniformRandomProvider random) {
        List<Features> candidates = new ArrayList<Features>();
        int size = data.customers.size();
        for (int attempt = 0; attempt < EstimateRequest.CANDIDATES_PER_DAY * SAMPLING_ATTEMPTS
                && candidates.size() < EstimateRequest.CANDIDATES_PER_DAY && size > 0; attempt++) {
            String customer = data.customers.get(random.nextInt(size));
            Purchases purchases = data.of(customer);
            if (data.firstEnrolment(customer) >= e + w && purchases.firstDay() <= e - w) {
                candidates.add(new Features(purchases, e, w));
            }
        }
        Collections.sort(candidates, new Comparator<Features>() {
            @Override
            public int compare(Features a, Features b) {
                return a.compareTo(b);
            }
        });
        return candidates;
    }

    /** The nearest candidate with the member's orders over the year, or null when the sample has none. */
    private static Features nearest(List<Features> candidates, Features member) {
        if (candidates.isEmpty()) {
            return null;
        }
        int low = 0;
        int high = candidates.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (candidates.get(mid).compareTo(member) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        Features best = null;
        double bestDistance = Double.MAX_VALUE;
        for (int i = Math.max(0, low - NEIGHBOURS); i < Math.min(candidates.size(), low + NEIGHBOURS); i++) {
            double d = candidates.get(i).distance(member);
            if (d < bestDistance && d != Double.MAX_VALUE) {
                bestDistance = d;
                best = candidates.get(i);
            }
        }
        return best;
    }

    private static Estimate result(EstimateRequest request, int analysed, List<long[]> pairs, Map<String, Integer> leftOut,
                                   UniformRandomProvider random) {
        Currency currency = Currency.getInstance(request.currency());
        long[] lifts = new long[pairs.size()];
        long memberChange = 0;
        long controlChange = 0;
        long memberPost = 0;
        for (int i = 0; i < lifts.length; i++) {
            long[] pair = pairs.get(i);
            lifts[i] = pair[0] - pair[1];
            memberChange += pair[0];
            controlChange += pair[1];
            memberPost += pair[2];
        }
        BigDecimal incremental = null;
        BigDecimal low = null;
        BigDecimal high = null;
        if (lifts.length > 0) {
            long sum = 0;
            for (long lift : lifts) {
                sum += lift;
            }
            double[] bounds = Quantile.withDefaults().evaluate(bootstrap(lifts, request.resamples(), random), 0.025, 0.975);
            incremental = major(sum, currency);
            low = major(Math.round(bounds[0]), currency);
            high = major(Math.round(bounds[1]), currency);
        }
        return new Estimate(request, analysed, lifts.length, leftOut, incremental, low, high, major(memberChange, currency),
                major(controlChange, currency), major(memberPost, currency), assumptions(request));
    }

    /** Sums of the lifts of {@code resamples} resamples of the pairs, drawn with replacement. */
    private static double[] bootstrap(long[] lifts, int resamples, UniformRandomProvider random) {
        double[] sums = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            long sum = 0;
            for (int i = 0; i < lifts.length; i++) {
                sum += lifts[random.nextInt(lifts.length)];
            }
            sums[b] = sum;
        }
        Arrays.sort(sums);
        return sums;
    }

    private static BigDecimal major(long minor, Currency currency) {
        return Money.of(BigDecimal.valueOf(minor, Money.scaleOf(currency)), currency).amount();
    }

    private static void count(Map<String, Integer> counts, String reason) {
        Integer n = counts.get(reason);
        counts.put(reason, n == null ? 1 : n + 1);
    }

    static List<String> assumptions(EstimateRequest request) {
        int w = request.windowDays();
        return Arrays.asList(
                "Members and their matched non-members would have changed their spending alike, had the members not "
                        + "joined (parallel trends). Seasons and trends common to both cancel out, because both are "
                        + "measured over the same dates.",
                "Matching sees only what the data shows before enrolling: orders and revenue in the year and in the "
                        + w + " days before, and how long the customer has been buying (up to a "
                        + "year). Whatever else made someone join (a hidden taste for the shop, a life event) is not "
                        + "accounted for, and then the estimate is too high.",
                "Each member is compared with the closest non-member of a random sample; one non-member may serve "
                        + "several members. Members count as members for the " + w + " days after enrolling even if they "
                        + "left meanwhile.",
                "Members with less than " + w + " days of purchases before enrolling, or whose " + w
                        + " days after enrolling are not over, are left out and counted.",
                "The interval comes from " + request.resamples() + " resamples of the matched pairs (bootstrap): it "
                        + "shows the noise of sampling, not doubts about these assumptions.");
    }
}
