package com.loyaltykpi.core.incrementality;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A shop with a known program effect, generated from a fixed seed. Customers buy at their own rates (a few heavy
 * buyers, many light ones) with a year-end peak and a summer dip. The program opens on 1 October 2024; each customer
 * considers joining once (on launch day, or on a day of the three months after), heavy buyers far more likely to
 * (selection bias). Members' windows before joining hold the summer dip and after joining the year-end peak,
 * which a plain before/after comparison mistakes for the program. Members then buy {@code effect} more often; the revenue of those extra orders is the true effect,
 * recorded apart.
 */
final class SyntheticShop {

    /** When customers join. */
    enum Timing {
        /** All who join do so on launch day (a launch campaign), deciding on what they bought before. */
        AT_LAUNCH,
        /** Each customer decides on a day of the three months after launch, on what they bought until then. */
        SPREAD
    }

    /** What makes a customer join. */
    enum Selection {
        /** How much they bought over the last year: the data shows it (matching can see it). */
        PAST_YEAR_ORDERS,
        /** Their hidden buying rate: the data shows it only roughly. */
        HIDDEN_RATE
    }

    static final LocalDate START = LocalDate.of(2023, 1, 1);
    static final LocalDate LAUNCH = LocalDate.of(2024, 10, 1);
    static final LocalDate LAST_ENROLMENT = LocalDate.of(2024, 12, 31);
    static final LocalDate END = LocalDate.of(2025, 6, 30);

    final Map<String, List<int[]>> orders = new HashMap<String, List<int[]>>();
    final Map<String, Integer> enrolmentDay = new HashMap<String, Integer>();
    final Map<String, List<int[]>> extraOrders = new HashMap<String, List<int[]>>();

    SyntheticShop(long seed, int customers, double effect, Selection selection, Timing timing) {
        Random random = new Random(seed);
        int start = (int) START.toEpochDay();
        int end = (int) END.toEpochDay();
        int launch = (int) LAUNCH.toEpochDay();
        int lastEnrolment = (int) LAST_ENROLMENT.toEpochDay();
        double[] rate = new double[customers];
        int[] basket = new int[customers];
        int[] firstDay = new int[customers];
        int[] joined = new int[customers];
        int[] decides = new int[customers];
        List<List<int[]>> bought = new ArrayList<List<int[]>>();
        List<List<int[]>> extra = new ArrayList<List<int[]>>();
        for (int c = 0; c < customers; c++) {
            rate[c] = Math.exp(random.nextGaussian() * 0.9) / 60.0; // orders per day: median one in 60 days
            basket[c] = 3000 + random.nextInt(5000);                 // 30.00 .. 80.00
            firstDay[c] = start + random.nextInt(500);
            joined[c] = Integer.MAX_VALUE;
            decides[c] = timing == Timing.AT_LAUNCH ? launch : launch + random.nextInt(lastEnrolment - launch + 1);
            bought.add(new ArrayList<int[]>());
            extra.add(new ArrayList<int[]>());
        }
        for (int day = start; day <= end; day++) {
            double season = season(LocalDate.ofEpochDay(day));
            for (int c = 0; c < customers; c++) {
                if (day < firstDay[c]) {
                    continue;
                }
                if (day == decides[c] && random.nextDouble() < joinChance(selection, rate[c], bought.get(c), day)) {
                    joined[c] = day;
                }
                double expected = rate[c] * season;
                for (int k = poisson(expected, random); k > 0; k--) {
                    bought.get(c).add(new int[] {day, basket[c] + random.nextInt(1000)});
                }
                if (day >= joined[c]) {
                    for (int k = poisson(expected * effect, random); k > 0; k--) {
                        extra.get(c).add(new int[] {day, basket[c] + random.nextInt(1000)});
                    }
                }
            }
        }
        for (int c = 0; c < customers; c++) {
            String id = "s" + c;
            List<int[]> all = new ArrayList<int[]>(bought.get(c));
            all.addAll(extra.get(c));
            all.sort((a, b) -> Integer.compare(a[0], b[0]));
            orders.put(id, all);
            extraOrders.put(id, extra.get(c));
            if (joined[c] != Integer.MAX_VALUE) {
                enrolmentDay.put(id, joined[c]);
            }
        }
    }

    /** The chance that a customer joins when deciding: about a third of customers join, heavy buyers far more often. */
    private static double joinChance(Selection selection, double rate, List<int[]> bought, int day) {
        if (selection == Selection.HIDDEN_RATE) {
            return Math.min(0.9, rate * 18);
        }
        int pastYear = 0;
        for (int i = bought.size() - 1; i >= 0 && bought.get(i)[0] > day - 365; i--) {
            pastYear++;
        }
        return Math.min(0.9, pastYear * 0.07);
    }

    /** A year-end peak and a summer dip. */
    static double season(LocalDate day) {
        Month month = day.getMonth();
        if (month == Month.DECEMBER) {
            return 2.2;
        }
        if (month == Month.NOVEMBER) {
            return 1.5;
        }
        if (month == Month.JULY || month == Month.AUGUST) {
            return 0.5;
        }
        return 1.0;
    }

    private static int poisson(double mean, Random random) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int k = 0;
        while (product > limit) {
            k++;
            product *= random.nextDouble();
        }
        return k;
    }

    /** What the estimator reads: purchases, first enrolments, the enrolments of the program's first months. */
    EstimationData data() {
        Map<String, Purchases> purchases = new HashMap<String, Purchases>();
        for (Map.Entry<String, List<int[]>> customer : orders.entrySet()) {
            List<int[]> list = customer.getValue();
            int[] days = new int[list.size()];
            long[] revenue = new long[list.size()];
            for (int i = 0; i < days.length; i++) {
                days[i] = list.get(i)[0];
                revenue[i] = list.get(i)[1];
            }
            purchases.put(customer.getKey(), new Purchases(days, revenue));
        }
        List<EstimationData.Enrolment> enrolments = new ArrayList<EstimationData.Enrolment>();
        for (Map.Entry<String, Integer> e : enrolmentDay.entrySet()) {
            enrolments.add(new EstimationData.Enrolment(e.getKey(), e.getValue()));
        }
        return new EstimationData(purchases, enrolmentDay, enrolments, (int) END.toEpochDay());
    }

    /** The true effect, in minor units: revenue of the extra orders in each analysable member's window after joining. */
    long trueIncrementalMinor(EstimationData data, int w) {
        long truth = 0;
        for (EstimationData.Enrolment e : data.enrolments) {
            Purchases purchases = data.of(e.customerId);
            if (purchases.firstDay() > e.day - w || e.day + w - 1 > data.lastDay) {
                continue;
            }
            for (int[] order : extraOrders.get(e.customerId)) {
                if (order[0] >= e.day && order[0] < e.day + w) {
                    truth += order[1];
                }
            }
        }
        return truth;
    }
}
