package com.loyaltykpi.core.incrementality;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * A shop whose program effect is known, generated from a seed: the simulation study's ground truth.
 *
 * <p>Two years of orders (2024-2025). Each registered customer buys at a hidden rate of their own (a few heavy
 * buyers, many light ones) with a hidden basket, more in November and December and less in July and August; some
 * customers were already buying when the data starts, the others arrive over the two years. The program opens on
 * {@link #LAUNCH}: heavier buyers are likelier to join and join sooner (selection on what the data shows only
 * roughly), and whoever joins does so on the day of an unusually large order (that order is selection, not effect).
 * Customers who arrive after the launch and are due to join do so at their first order, without a history
 * before. Some members leave again. While a member, a customer buys {@code frequencyLift} more often and spends
 * {@code basketLift} more per order: the revenue these add is the effect, recorded per order. Guests buy too (15%
 * of orders), a fifth of the customers pay in US dollars, 3% of orders are cancelled, a fifth have no known cost.
 */
final class SimulatedShop {

    static final LocalDate START = LocalDate.of(2024, 1, 1);
    static final LocalDate LAUNCH = LocalDate.of(2025, 1, 6);
    static final LocalDate END = LocalDate.of(2025, 12, 31);
    /** The enrolments a study estimates: the program's first six months. */
    static final LocalDate RANGE_FROM = LAUNCH;
    static final LocalDate RANGE_TO = LocalDate.of(2025, 6, 29);

    /** How customers due to join come to join. */
    enum Joining {
        /**
         * When the program reaches them, at a time of their own (sooner for heavier buyers), with an unusually large
         * order that day (one they would not have placed otherwise).
         */
        WHEN_REACHED,
        /**
         * At one of the unusually large orders every customer places now and then (one order in eight), with a
         * chance of one in two each: the order would have been placed anyway, and before joining a member placed
         * fewer of them than usual (none that turned into a join).
         */
        AT_BIG_ORDER
    }

    static final int EUR = 0;
    static final int USD = 1;
    private static final double MEDIAN_DAYS_BETWEEN_ORDERS = 30;
    private static final double GUEST_SHARE = 0.15;
    private static final double BIG_ORDER_SHARE = 1.0 / 8;

    /** One order: who (-1 for a guest), when (epoch day), what, and how much of its revenue the program added. */
    static final class Order {
        final int customer;
        final int day;
        final int currency;
        final long revenueMinor;
        final long costMinor;
        final boolean cancelled;
        final long effectMinor;

        Order(int customer, int day, int currency, long revenueMinor, long costMinor, boolean cancelled, long effectMinor) {
            this.customer = customer;
            this.day = day;
            this.currency = currency;
            this.revenueMinor = revenueMinor;
            this.costMinor = costMinor;
            this.cancelled = cancelled;
            this.effectMinor = effectMinor;
        }

        boolean costKnown() {
            return costMinor >= 0;
        }
    }

    final int customers;
    final double frequencyLift;
    final double basketLift;
    final List<Order> orders = new ArrayList<Order>();
    /** Per customer: first enrolment day, or Integer.MAX_VALUE when never. */
    final int[] enrolledOn;
    /** Per customer: the day a member left, or Integer.MAX_VALUE. */
    final int[] leftOn;
    final int[] currencyOf;

    SimulatedShop(long seed, int customers, double frequencyLift, double basketLift) {
        this(seed, customers, frequencyLift, basketLift, Joining.WHEN_REACHED, 0);
    }

    /**
     * @param meanLifetimeDays 0: customers never stop buying; otherwise each stops for good after a random time of
     *                         this mean (a customer who has stopped never joins)
     */
    SimulatedShop(long seed, int customers, double frequencyLift, double basketLift, Joining joining, double meanLifetimeDays) {
        this.customers = customers;
        this.frequencyLift = frequencyLift;
        this.basketLift = basketLift;
        this.enrolledOn = new int[customers];
        this.leftOn = new int[customers];
        this.currencyOf = new int[customers];
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        int start = (int) START.toEpochDay();
        int end = (int) END.toEpochDay();
        int launch = (int) LAUNCH.toEpochDay();
        boolean[] willing = new boolean[customers];
        double[] rate = new double[customers];
        double[] basket = new double[customers];
        int[] arrival = new int[customers];
        int[] stops = new int[customers];
        double rateSum = 0;
        for (int c = 0; c < customers; c++) {
            rate[c] = Math.exp(gaussian(random) * 0.9) / MEDIAN_DAYS_BETWEEN_ORDERS;
            basket[c] = 5000 * Math.exp(gaussian(random) * 0.4);
            arrival[c] = random.nextDouble() < 0.5 ? start : start + random.nextInt(end - 60 - start);
            currencyOf[c] = random.nextDouble() < 0.2 ? USD : EUR;
            stops[c] = meanLifetimeDays == 0 ? Integer.MAX_VALUE
                    : arrival[c] + (int) Math.min(100000, -Math.log(1 - random.nextDouble()) * meanLifetimeDays);
            double relative = rate[c] * MEDIAN_DAYS_BETWEEN_ORDERS;
            enrolledOn[c] = Integer.MAX_VALUE;
            leftOn[c] = Integer.MAX_VALUE;
            willing[c] = random.nextDouble() < Math.min(0.85, 0.25 * Math.pow(relative, 0.7));
            int reached = launch + (int) (-Math.log(1 - random.nextDouble()) * 120 / Math.sqrt(relative));
            if (willing[c] && joining == Joining.WHEN_REACHED && Math.max(reached, arrival[c]) <= Math.min(end, stops[c])) {
                join(random, c, Math.max(reached, arrival[c]));
            }
            rateSum += rate[c];
        }
        double guestRate = rateSum * GUEST_SHARE / (1 - GUEST_SHARE);
        for (int day = start; day <= end; day++) {
            double season = season(LocalDate.ofEpochDay(day));
            for (int c = 0; c < customers; c++) {
                if (day < arrival[c] || day >= stops[c]) {
                    continue;
                }
                boolean member = day >= enrolledOn[c] && day < leftOn[c];
                if (day == enrolledOn[c]) {
                    add(random, c, day, big(random, basket[c]), false, member, true);
                }
                for (int k = poisson(random, rate[c] * season * BIG_ORDER_SHARE); k > 0; k--) {
                    boolean joins = joining == Joining.AT_BIG_ORDER && willing[c] && day >= launch
                            && enrolledOn[c] == Integer.MAX_VALUE && random.nextDouble() < 0.5;
                    if (joins) {
                        join(random, c, day);
                    }
                    add(random, c, day, big(random, basket[c]), false, member, joins);
                }
                for (int k = poisson(random, rate[c] * season * (1 - BIG_ORDER_SHARE)); k > 0; k--) {
                    add(random, c, day, basket[c] * (0.7 + 0.6 * random.nextDouble()), false, member, false);
                }
                if (member) {
                    for (int k = poisson(random, rate[c] * season * frequencyLift); k > 0; k--) {
                        add(random, c, day, basket[c] * (0.7 + 0.6 * random.nextDouble()), true, true, false);
                    }
                }
            }
            for (int k = poisson(random, guestRate * season); k > 0; k--) {
                long revenue = Math.round(5000 * Math.exp(gaussian(random) * 0.4));
                orders.add(new Order(-1, day, random.nextDouble() < 0.2 ? USD : EUR, revenue, cost(random, revenue),
                        random.nextDouble() < 0.03, 0));
            }
        }
    }

    private void join(UniformRandomProvider random, int c, int day) {
        enrolledOn[c] = day;
        if (random.nextDouble() < 0.15) {
            leftOn[c] = day + 20 + random.nextInt(340);
        }
    }

    private static double big(UniformRandomProvider random, double basket) {
        return basket * (2.5 + random.nextDouble());
    }

    /**
     * One order of customer c. The basket is what the customer would have spent without the program; a member
     * spends {@code basketLift} more. An extra order (bought because of the program) is all effect; the order on
     * the enrolment day is selection, never effect.
     */
    private void add(UniformRandomProvider random, int c, int day, double base, boolean extra, boolean member, boolean joining) {
        long without = Math.round(base);
        long revenue = member && !joining ? Math.round(base * (1 + basketLift)) : without;
        long effect = extra ? revenue : joining ? 0 : revenue - without;
        orders.add(new Order(c, day, currencyOf[c], revenue, cost(random, revenue), random.nextDouble() < 0.03, effect));
    }

    private static long cost(UniformRandomProvider random, long revenue) {
        return random.nextDouble() < 0.2 ? -1 : Math.round(revenue * 0.6);
    }

    /** A year-end peak and a summer dip. */
    static double season(LocalDate day) {
        Month month = day.getMonth();
        if (month == Month.DECEMBER) {
            return 2.0;
        }
        if (month == Month.NOVEMBER) {
            return 1.4;
        }
        if (month == Month.JULY || month == Month.AUGUST) {
            return 0.6;
        }
        return day.getDayOfWeek() == DayOfWeek.SATURDAY ? 1.3 : 1.0;
    }

    private static int poisson(UniformRandomProvider random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int k = 0;
        while (product > limit) {
            k++;
            product *= random.nextDouble();
        }
        return k;
    }

    private static double gaussian(UniformRandomProvider random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    static String id(int customer) {
        return "sim" + customer;
    }

    /** The revenue the program added to customer c's submitted orders in this currency, on days in [from, to). */
    long effect(int customer, int currency, int from, int to) {
        long sum = 0;
        for (Order order : ordersOf(customer)) {
            if (!order.cancelled && order.currency == currency && order.day >= from && order.day < to) {
                sum += order.effectMinor;
            }
        }
        return sum;
    }

    private List<List<Order>> byCustomer;

    List<Order> ordersOf(int customer) {
        if (byCustomer == null) {
            byCustomer = new ArrayList<List<Order>>();
            for (int c = 0; c < customers; c++) {
                byCustomer.add(new ArrayList<Order>());
            }
            for (Order order : orders) {
                if (order.customer >= 0) {
                    byCustomer.get(order.customer).add(order);
                }
            }
        }
        return byCustomer.get(customer);
    }

    /**
     * What the estimator reads of this shop, as the module's loader reads it from the tables: submitted orders of
     * registered customers in one currency (of customers who ever enrolled, or of everyone), membership periods.
     */
    EstimationData data(int currency, boolean everyone) {
        return data(currency, everyone, "");
    }

    /** The same with every customer id prefixed, as in the files {@link SimulatedShopFiles} writes. */
    EstimationData data(int currency, boolean everyone, String idPrefix) {
        int end = (int) END.toEpochDay();
        EstimationData.Builder builder = new EstimationData.Builder((int) START.toEpochDay(), end);
        for (Order order : orders) {
            if (order.customer >= 0 && !order.cancelled && order.currency == currency
                    && (everyone || enrolledOn[order.customer] != Integer.MAX_VALUE)) {
                builder.order(idPrefix + id(order.customer), order.day, order.revenueMinor,
                        order.costKnown() ? order.revenueMinor : 0, Math.max(0, order.costMinor));
            }
        }
        for (int c = 0; c < customers; c++) {
            if (enrolledOn[c] != Integer.MAX_VALUE) {
                builder.membership(idPrefix + id(c), enrolledOn[c], leftOn[c]);
            }
        }
        return builder.build();
    }

    /** The revenue the program truly added for the members the estimate covers, in their windows after joining. */
    long truth(Estimate estimate, EstimationData data, int currency) {
        Windows windows = new Windows(estimate.request().settings(), false);
        long truth = 0;
        for (int c = estimate.estimatedCustomers().nextSetBit(0); c >= 0; c = estimate.estimatedCustomers().nextSetBit(c + 1)) {
            int e = data.firstEnrolmentDay[c];
            truth += effect(Integer.parseInt(data.ids[c].substring(3)), currency, windows.start(Windows.POST, e),
                    windows.end(Windows.POST, e));
        }
        return truth;
    }
}
