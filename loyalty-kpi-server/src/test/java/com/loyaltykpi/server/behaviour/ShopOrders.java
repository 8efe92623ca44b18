package com.loyaltykpi.server.behaviour;

import com.loyaltykpi.server.it.ServerClient;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Orders of a test shop, sent over the API in batches of 1,000: dated in days before today (noon UTC). */
final class ShopOrders {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private final List<String> orders = new ArrayList<String>();

    /** An order of this many days ago, at noon UTC (status SUBMITTED unless given). */
    void order(String id, String customer, int daysAgo, String revenue, String currency, String status) {
        orders.add("{\"orderId\":\"" + id + "\"," + (customer == null ? "" : "\"customerId\":\"" + customer + "\",")
                + "\"submittedAt\":\"" + TODAY.minusDays(daysAgo) + "T12:00:00Z\",\"currency\":\"" + currency + "\","
                + (status == null ? "" : "\"status\":\"" + status + "\",") + "\"items\":[{\"revenue\":" + revenue + "}]}");
    }

    /**
     * A simulated shop of customers named {@code prefix + number} in euros: each first buys 100 to 600 days ago, then at
     * a rate of their own (up to one purchase in 20 days), values 10 to 99. Returns how many customers first bought
     * before the last 26 weeks.
     */
    int simulate(String prefix, int customers, Random random) {
        int checked = 0;
        for (int c = 0; c < customers; c++) {
            int first = 100 + random.nextInt(500);
            checked += first >= 182 ? 1 : 0;
            double rate = random.nextDouble() * 0.05;
            int n = 0;
            for (int day = first; day >= 0; day--) {
                if (day == first || random.nextDouble() < rate) {
                    order(prefix.toUpperCase() + c + "-" + n++, prefix + c, day, String.valueOf(10 + random.nextInt(90)),
                            "EUR", null);
                }
            }
        }
        return checked;
    }

    void send(ServerClient shop) {
        for (int from = 0; from < orders.size(); from += 1000) {
            String batch = "{\"orders\":[" + String.join(",", orders.subList(from, Math.min(orders.size(), from + 1000)))
                    + "]}";
            assertThat(shop.post("/api/v1/orders", batch).status()).isEqualTo(200);
        }
        orders.clear();
    }
}
