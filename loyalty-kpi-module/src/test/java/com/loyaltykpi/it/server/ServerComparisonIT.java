package com.loyaltykpi.it.server;

import com.loyaltykpi.core.imports.MembershipsImport;
import com.loyaltykpi.core.imports.OrdersImport;
import com.loyaltykpi.core.incrementality.SimulatedShopFiles;
import com.loyaltykpi.core.kpi.KpiCsv;
import com.loyaltykpi.core.kpi.KpiQuery;
import com.loyaltykpi.core.kpi.KpiService;
import com.loyaltykpi.core.period.Granularity;
import com.loyaltykpi.core.rollup.Aggregator;
import com.loyaltykpi.core.settings.ShopTimeZone;
import com.loyaltykpi.it.BroadleafShop;
import com.loyaltykpi.it.TestDatabase;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One dataset fed to both hosts of the engine, and every KPI compared: the Broadleaf module in a real Broadleaf 3.1
 * context (Spring 3.2; history loaded with the admin's CSV import) and the KPI server (Spring Boot 3, Spring 6; the
 * same orders and memberships sent over its ingestion API as JSON). A simulated shop of two years, members joining
 * and leaving, guests, cancelled orders, unknown costs, two currencies. Runs in a JVM and a database of its own
 * (failsafe execution it-server), so nothing else is in the shop.
 */
class ServerComparisonIT {

    @TempDir
    Path dir;

    @Test
    void theServerComputesEveryKpiAsThePluginDoes() throws Exception {
        SimulatedShopFiles files = new SimulatedShopFiles(17, 600, 1.2, 1.1, "EUR", "USD");
        byte[] orders = files.ordersCsv("cmp-");
        byte[] memberships = files.membershipsCsv("cmp-");

        BroadleafShop shop = BroadleafShop.on(TestDatabase.HSQLDB);
        assertThat(shop.bean("lkMembershipsImport", MembershipsImport.class)
                .importMemberships(new ByteArrayInputStream(memberships), false).applied()).isTrue();
        assertThat(shop.bean("lkOrdersImport", OrdersImport.class)
                .importOrders(new ByteArrayInputStream(orders), false).applied()).isTrue();
        shop.bean("lkAggregator", Aggregator.class).aggregate();
        KpiService plugin = shop.bean("lkKpiService", KpiService.class);
        String zone = shop.bean("lkShopTimeZone", ShopTimeZone.class).current().getId();

        try (ServerProcess server = new ServerProcess(dir, "--loyalty.time-zone=" + zone,
                "--loyalty.aggregation-interval=1s").start()) {
            for (String batch : membershipEvents(memberships)) {
                server.post("/api/v1/memberships", batch);
            }
            for (String batch : orderBatches(orders)) {
                server.post("/api/v1/orders", batch);
            }
            int compared = 0;
            for (String currency : new String[] {"EUR", "USD"}) {
                for (Granularity granularity : new Granularity[] {Granularity.DAY, Granularity.WEEK, Granularity.MONTH,
                        Granularity.QUARTER, Granularity.YEAR}) {
                    KpiQuery query = new KpiQuery(SimulatedShopFiles.rangeFrom(), SimulatedShopFiles.rangeTo(),
                            granularity, currency);
                    StringBuilder expected = new StringBuilder();
                    KpiCsv.write(plugin.query(query), expected);
                    String actual = aggregated(server, query, expected.toString());
                    assertThat(actual).as("%s by %s", currency, granularity).isEqualTo(expected.toString());
                    compared += expected.toString().split("\n").length - 1;
                }
            }
            System.out.println("[loyalty-kpi] plugin and server agree on " + compared + " KPI rows of "
                    + KpiCsv.header().size() + " columns");
            assertThat(compared).as("rows compared").isGreaterThan(1000);
        }
    }

    /** The server's table once its aggregation has taken every order in (it aggregates every second). */
    private static String aggregated(ServerProcess server, KpiQuery query, String expected) throws InterruptedException {
        String path = "/api/v1/kpis?from=" + query.from() + "&to=" + query.to() + "&granularity="
                + query.granularity() + "&currency=" + query.currency();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String actual = server.get(path);
        while (!actual.equals(expected) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            actual = server.get(path);
        }
        return actual;
    }

    /** The memberships file as API events: each period's enrolment, then its end. */
    private static List<String> membershipEvents(byte[] csv) throws IOException {
        List<String> events = new ArrayList<>();
        for (CSVRecord row : rows(csv)) {
            events.add(event(row.get("customer_id"), "ENROLLED", row.get("enrolled_at")));
            if (!row.get("left_at").isEmpty()) {
                events.add(event(row.get("customer_id"), "LEFT", row.get("left_at")));
            }
        }
        return batches("events", events);
    }

    private static String event(String customer, String type, String at) {
        return "{\"customerId\":\"" + customer + "\",\"type\":\"" + type + "\",\"at\":\"" + at + "\"}";
    }

    /** The orders file as API orders of one item each (the file's revenue and cost). */
    private static List<String> orderBatches(byte[] csv) throws IOException {
        List<String> orders = new ArrayList<>();
        for (CSVRecord row : rows(csv)) {
            String customer = row.get("customer_id");
            String cost = row.get("cost");
            orders.add("{\"orderId\":\"" + row.get("order_id") + "\","
                    + (customer.isEmpty() ? "" : "\"customerId\":\"" + customer + "\",")
                    + "\"submittedAt\":\"" + row.get("submitted_at") + "\",\"currency\":\"" + row.get("currency")
                    + "\",\"status\":\"" + row.get("status") + "\",\"items\":[{\"revenue\":" + row.get("revenue")
                    + (cost.isEmpty() ? "" : ",\"cost\":" + cost) + "}]}");
        }
        return batches("orders", orders);
    }

    private static List<String> batches(String field, List<String> items) {
        List<String> batches = new ArrayList<>();
        for (int i = 0; i < items.size(); i += 1000) {
            batches.add("{\"" + field + "\":[" + String.join(",", items.subList(i, Math.min(items.size(), i + 1000)))
                    + "]}");
        }
        return batches;
    }

    private static Iterable<CSVRecord> rows(byte[] csv) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8)));
    }

}
