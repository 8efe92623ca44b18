package com.loyaltykpi.server.demo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * Two years of a made-up shop for a first look at the server: customers who arrive along the way, each buying at a
 * rate of their own until they stop, who join the loyalty program along the way (and some who leave), members buying
 * a little more often and a little more, guests, unknown costs, cancellations.
 * Seeded: every demo start makes the same shop. Written as the CSV files of the import, so it goes in the way a
 * shop's own history would.
 */
final class DemoShop {

    static final int CUSTOMERS = 3000;
    private static final int DAYS = 730;

    private final StringBuilder orders = new StringBuilder("order_id,customer_id,submitted_at,currency,revenue,cost,status\n");
    private final StringBuilder memberships = new StringBuilder("customer_id,enrolled_at,left_at,source\n");

    DemoShop(LocalDate lastDay) {
        SplittableRandom random = new SplittableRandom(2026);
        LocalDate first = lastDay.minusDays(DAYS - 1L);
        int orderNumber = 1;
        for (int c = 0; c < CUSTOMERS; c++) {
            String customer = c < CUSTOMERS / 7 ? null : "demo-" + c; // one in seven a guest
            int enrolledDay = customer != null && random.nextDouble() < 0.4 ? random.nextInt(DAYS) : -1;
            int leftDay = enrolledDay >= 0 && random.nextDouble() < 0.15 ? enrolledDay + random.nextInt(DAYS - enrolledDay) + 1 : -1;
            if (enrolledDay >= 0) {
                memberships.append(customer).append(',').append(midnight(first, enrolledDay)).append(',')
                        .append(leftDay >= 0 && leftDay < DAYS ? midnight(first, leftDay) : "").append(",LOYALTY_CARD\n");
            }
            double basket = 25 + random.nextDouble() * 60;
            // a registered customer buys at a rate of their own (every 15 to 135 days on average) from a day in the
            // two years, and after each purchase may stop for good; a guest comes back rarely
            double meanGap = 15 + 120 * Math.pow(random.nextDouble(), 2);
            double dropout = customer == null ? 0 : 0.02 + 0.2 * random.nextDouble();
            int day = customer == null ? random.nextInt(40) : random.nextInt(DAYS - 60);
            while (day < DAYS) {
                boolean member = enrolledDay >= 0 && day >= enrolledDay && (leftDay < 0 || day < leftDay);
                if (member && random.nextDouble() < 0.25) { // members come back a little more often
                    orders.append(order(orderNumber++, customer, first, Math.min(DAYS - 1, day + 3), basket * 1.12,
                            random));
                }
                orders.append(order(orderNumber++, customer, first, day, basket * (member ? 1.12 : 1.0), random));
                if (random.nextDouble() < dropout) {
                    break;
                }
                day += customer == null ? 10 + random.nextInt(400)
                        : 1 + (int) (-meanGap * Math.log(1 - random.nextDouble()));
            }
        }
    }

    private static String order(int number, String customer, LocalDate first, int day, double basket,
                                SplittableRandom random) {
        double revenue = Math.max(3, basket * (0.6 + random.nextDouble() * 0.8));
        boolean costKnown = random.nextDouble() < 0.8;
        Instant at = first.plusDays(day).atTime(9 + random.nextInt(12), random.nextInt(60)).toInstant(ZoneOffset.UTC);
        return "D" + number + "," + (customer == null ? "" : customer) + "," + at + ",EUR,"
                + String.format(java.util.Locale.ROOT, "%.2f", revenue) + ","
                + (costKnown ? String.format(java.util.Locale.ROOT, "%.2f", revenue * (0.45 + random.nextDouble() * 0.2)) : "")
                + "," + (random.nextDouble() < 0.02 ? "CANCELLED" : "SUBMITTED") + "\n";
    }

    private static String midnight(LocalDate first, int day) {
        return first.plusDays(day).atStartOfDay().toInstant(ZoneOffset.UTC).toString();
    }

    byte[] ordersCsv() {
        return orders.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] membershipsCsv() {
        return memberships.toString().getBytes(StandardCharsets.UTF_8);
    }
}
