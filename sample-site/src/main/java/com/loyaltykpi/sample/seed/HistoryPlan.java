package com.loyaltykpi.sample.seed;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Two years of a coffee roaster's history, drawn from a seeded random generator, so every first start plans the
 * same shop relative to its day: customers who buy at their own pace (a few heavy buyers, many occasional ones),
 * a loyalty program launched halfway, members joining over time (heavier buyers more likely, as in real life)
 * and a few leaving, orders with seasonality (a December peak, a quiet August), cancellations, guest orders, two
 * currencies, and the satisfaction answers of part of the orders. Members buy a little more often and a little
 * more once they join: the effect the dashboard's incremental revenue estimate should find.
 */
public final class HistoryPlan {

    static final int DAYS = 730;
    static final int CUSTOMERS = 360;
    /** The customer the sample's win-back offer is for: a frequent buyer who has not bought for over a year. */
    public static final String AT_RISK_EMAIL = "rita.rischio@example.com";

    private static final String[] FIRST = {"Anna", "Luca", "Marie", "Jonas", "Giulia", "Paul", "Sofia", "Max",
            "Elena", "Tom", "Chiara", "Lena", "Marco", "Emma", "Felix", "Sara", "David", "Laura", "Noah", "Alice"};
    private static final String[] LAST = {"Rossi", "Müller", "Smith", "Bianchi", "Schmidt", "Johnson", "Romano",
            "Weber", "Brown", "Colombo", "Fischer", "Taylor", "Ricci", "Wagner", "Miller", "Greco", "Becker", "Moore"};
    /** What satisfied customers write (4 or 5), and what the others do: eight each, in the three languages. */
    private static final String[] PRAISE = {"Fast delivery, great beans.", "Consegna veloce, caffè ottimo.",
            "Sehr freundlicher Service!", "Love the loyalty discounts.", "Great beans and fast delivery as always.",
            "Caffè ottimo e consegna veloce, grazie.", "Super Kaffee und schnelle Lieferung.",
            "The beans are always fresh and the coffee is great."};
    private static final String[] COMPLAINTS = {"The grinder arrived scratched.", "Packaging could be better.",
            "Il tè era un po' vecchio.", "Lieferung hat zu lange gedauert.", "The delivery was late and the box was damaged.",
            "Consegna in ritardo e pacco rovinato.", "Die Lieferung war leider zu spät.",
            "Late delivery again and the box was damaged."};

    /** A registered customer and, for members, when they joined the program and maybe left it. */
    public static final class Customer {
        final int index;
        final String firstName;
        final String lastName;
        final String email;
        final String currency;
        final double ordersPerYear;
        final Instant arrival;
        Instant joinedAt;
        boolean joinedAtRegistration;
        Instant leftAt;

        Customer(int index, String firstName, String lastName, String currency, double ordersPerYear, Instant arrival) {
            this(index, firstName, lastName, (firstName + "." + lastName + index + "@example.com")
                    .toLowerCase(java.util.Locale.ROOT).replace("ü", "ue"), currency, ordersPerYear, arrival);
        }

        Customer(int index, String firstName, String lastName, String email, String currency, double ordersPerYear,
                 Instant arrival) {
            this.index = index;
            this.firstName = firstName;
            this.lastName = lastName;
            this.email = email;
            this.currency = currency;
            this.ordersPerYear = ordersPerYear;
            this.arrival = arrival;
        }

        boolean memberAt(Instant at) {
            return joinedAt != null && !at.isBefore(joinedAt) && (leftAt == null || at.isBefore(leftAt));
        }
    }

    /** An order: of a customer (index), or of a guest (-1). */
    public static final class Order {
        final String id;
        final int customer;
        final Instant at;
        final String currency;
        final BigDecimal revenue;
        final BigDecimal cost;
        final boolean cancelled;
        /** The shopper's answer to the survey, or null when they did not answer. */
        Answer answer;

        Order(String id, int customer, Instant at, String currency, BigDecimal revenue, BigDecimal cost, boolean cancelled) {
            this.id = id;
            this.customer = customer;
            this.at = at;
            this.currency = currency;
            this.revenue = revenue;
            this.cost = cost;
            this.cancelled = cancelled;
        }
    }

    /** A survey answer, given some hours after the order. */
    public static final class Answer {
        final Duration after;
        final int satisfaction;
        final int recommend;
        final String comment;

        Answer(Duration after, int satisfaction, int recommend, String comment) {
            this.after = after;
            this.satisfaction = satisfaction;
            this.recommend = recommend;
            this.comment = comment;
        }
    }

    final Instant start;
    final Instant launch;
    final Instant end;
    final List<Customer> customers = new ArrayList<Customer>();
    final List<Order> orders = new ArrayList<Order>();

    private final Random random;

    private HistoryPlan(Instant end, long seed) {
        this.end = end;
        this.start = end.minus(Duration.ofDays(DAYS));
        this.launch = end.minus(Duration.ofDays(DAYS / 2));
        this.random = new Random(seed);
    }

    /** The history of the two years up to this instant (exclusive), from this seed. */
    public static HistoryPlan until(Instant end, long seed) {
        HistoryPlan plan = new HistoryPlan(end, seed);
        plan.planCustomers();
        plan.planOrders();
        plan.planAnswers();
        plan.planAtRiskCustomer();
        return plan;
    }

    private void planCustomers() {
        for (int i = 0; i < CUSTOMERS; i++) {
            // 60% are customers from the start, the others arrive over the two years
            Instant arrival = random.nextDouble() < 0.6 ? start
                    : start.plus(Duration.ofHours((long) (random.nextDouble() * DAYS * 24)));
            double ordersPerYear = Math.min(40, Math.exp(Math.log(2.5) + 0.8 * random.nextGaussian()));
            Customer customer = new Customer(i, FIRST[random.nextInt(FIRST.length)], LAST[random.nextInt(LAST.length)],
                    random.nextDouble() < 0.3 ? "EUR" : "USD", ordersPerYear, arrival);
            double joinChance = Math.min(0.85, 0.12 + 0.07 * ordersPerYear);
            if (random.nextDouble() < joinChance) {
                Instant earliest = arrival.isAfter(launch) ? arrival : launch;
                Instant joined = earliest.plus(Duration.ofHours((long) (-Math.log(1 - random.nextDouble()) * 100 * 24)));
                if (joined.isBefore(end)) {
                    customer.joinedAt = joined;
                    customer.joinedAtRegistration = arrival.isAfter(launch) && random.nextDouble() < 0.5;
                    if (customer.joinedAtRegistration) {
                        customer.joinedAt = arrival;
                    }
                    Instant left = customer.joinedAt.plus(Duration.ofDays(30 + random.nextInt(270)));
                    if (random.nextDouble() < 0.08 && left.isBefore(end)) {
                        customer.leftAt = left;
                    }
                }
            }
            customers.add(customer);
        }
    }

    private void planOrders() {
        int sequence = 0;
        for (Instant day = start; day.isBefore(end); day = day.plus(Duration.ofDays(1))) {
            double season = season(day);
            for (Customer customer : customers) {
                if (day.isBefore(customer.arrival.truncatedTo(ChronoUnit.DAYS))) {
                    continue;
                }
                Instant at = timeOfDay(day);
                if (at.isBefore(customer.arrival) || !at.isBefore(end)) {
                    continue;
                }
                boolean member = customer.memberAt(at);
                double chance = customer.ordersPerYear / 365 * season * (member ? 1.3 : 1.0);
                if (random.nextDouble() < chance) {
                    orders.add(order("S" + (++sequence), customer.index, at, customer.currency, member));
                }
            }
            int guests = poisson(3.2 * season);
            for (int g = 0; g < guests; g++) {
                Instant at = timeOfDay(day);
                if (at.isBefore(end)) {
                    orders.add(order("S" + (++sequence), -1, at, random.nextDouble() < 0.3 ? "EUR" : "USD", false));
                }
            }
        }
        sortByTime();
    }

    /**
     * Rita Rischio bought eight times in her first ten months, every five weeks, and not since (over a year): among the
     * most frequent customers, and among the least recent, the behaviour model's "at risk" (or "cannot lose"), whom
     * the sample's win-back offer targets. Planned last and without the random generator: the rest of the history
     * is the same as without her. Each order: two Espresso Roma, no answer.
     */
    private void planAtRiskCustomer() {
        Customer rita = new Customer(customers.size(), "Rita", "Rischio", AT_RISK_EMAIL, "USD", 0, start);
        customers.add(rita);
        SampleCatalog.Item espresso = SampleCatalog.ITEMS.get(0);
        BigDecimal two = BigDecimal.valueOf(2);
        for (int k = 0; k < 8; k++) {
            Instant at = start.plus(Duration.ofDays(10 + 35L * k)).plus(Duration.ofHours(11));
            orders.add(new Order("R" + (k + 1), rita.index, at, "USD", espresso.price.multiply(two),
                    espresso.cost.multiply(two), false));
        }
        sortByTime();
    }

    private void sortByTime() {
        Collections.sort(orders, new Comparator<Order>() {
            @Override
            public int compare(Order a, Order b) {
                return a.at.compareTo(b.at);
            }
        });
    }

    private Order order(String id, int customer, Instant at, String currency, boolean member) {
        int lines = 1 + random.nextInt(3) + (member && random.nextDouble() < 0.2 ? 1 : 0);
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        for (int l = 0; l < lines; l++) {
            // coffee sells most, equipment least
            int pick = random.nextDouble() < 0.55 ? random.nextInt(4) : 4 + random.nextInt(SampleCatalog.ITEMS.size() - 4);
            SampleCatalog.Item item = SampleCatalog.ITEMS.get(pick);
            BigDecimal quantity = BigDecimal.valueOf(1 + (random.nextDouble() < 0.25 ? 1 : 0));
            revenue = revenue.add(item.price.multiply(quantity));
            cost = cost.add(item.cost.multiply(quantity));
        }
        return new Order(id, customer, at, currency, revenue, cost, random.nextDouble() < 0.03);
    }

    private void planAnswers() {
        for (Order order : orders) {
            if (order.cancelled || random.nextDouble() >= 0.35) {
                continue;
            }
            boolean member = order.customer >= 0 && customers.get(order.customer).memberAt(order.at);
            double progress = Duration.between(start, order.at).toDays() / (double) DAYS;
            double mean = (member ? 4.1 : 3.7) + 0.25 * progress;
            int satisfaction = clamp((int) Math.round(mean + 0.9 * random.nextGaussian()), 1, 5);
            int recommend = clamp((int) Math.round(2 * satisfaction + 0.5 + 1.3 * random.nextGaussian()), 0, 10);
            String comment = random.nextDouble() < 0.12
                    ? (satisfaction >= 4 ? PRAISE : COMPLAINTS)[random.nextInt(PRAISE.length)] : null;
            Duration after = Duration.ofMinutes(30 + random.nextInt(3 * 24 * 60));
            if (order.at.plus(after).isBefore(end)) {
                order.answer = new Answer(after, satisfaction, recommend, comment);
            }
        }
    }

    /** December sells most, August least. */
    private static double season(Instant day) {
        int month = ZonedDateTime.ofInstant(day, ZoneOffset.UTC).getMonthValue();
        double[] byMonth = {0.9, 0.85, 0.95, 1.0, 1.0, 0.9, 0.8, 0.7, 1.0, 1.1, 1.35, 1.7};
        return byMonth[month - 1];
    }

    private Instant timeOfDay(Instant day) {
        return day.plus(Duration.ofMinutes(7 * 60 + random.nextInt(15 * 60)));
    }

    private int poisson(double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
