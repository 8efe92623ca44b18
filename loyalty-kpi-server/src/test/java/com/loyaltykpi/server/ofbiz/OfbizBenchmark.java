package com.loyaltykpi.server.ofbiz;

import com.loyaltykpi.core.rollup.Aggregator;
import com.loyaltykpi.it.TestDatabase;
import com.loyaltykpi.server.LoyaltyServer;
import com.loyaltykpi.server.it.ServerDatabases;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The OFBiz connector's first sync of a large OFBiz database on PostgreSQL (issue 17: at least 5,000 orders per
 * second for 1M orders), an incremental run after one new order, and the aggregation that makes it visible; the
 * reference in the same run is reading the same orders from OFBiz without writing them:
 * {@code mvn -Pbenchmark-ofbiz -pl loyalty-kpi-server -DskipTests verify [-Dloyalty.bench.orders=1000000]}.
 */
public final class OfbizBenchmark {

    private OfbizBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int orders = Integer.getInteger("loyalty.bench.orders", 1_000_000);
        TestDatabase pg = TestDatabase.POSTGRESQL;
        String serverUrl = ServerDatabases.create(pg);
        String ofbizUrl = ServerDatabases.create(pg);
        JdbcTemplate ofbiz = new JdbcTemplate(new DriverManagerDataSource(ofbizUrl, pg.user(), pg.password()));
        OfbizSchema.create(ofbiz, OfbizSchema.Dialect.POSTGRESQL);
        long t = System.nanoTime();
        fill(ofbiz, orders);
        System.out.printf("OFBiz database filled: %,d sales orders, %,d items in %.1f s%n", orders, 2L * orders,
                seconds(t));

        t = System.nanoTime();
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(ofbizUrl);
        pool.setUsername(pg.user());
        OfbizOrders reader = new OfbizOrders(new NamedParameterJdbcTemplate(pool));
        long read = 0;
        OfbizOrders.Cursor position = OfbizOrders.Cursor.START;
        for (List<OfbizOrders.Cursor> page = reader.headersAfter(position, 1000); !page.isEmpty();
             page = reader.headersAfter(position, 1000)) {
            read += reader.load(page.stream().map(OfbizOrders.Cursor::orderId).toList()).size();
            position = page.get(page.size() - 1);
        }
        double readOnly = seconds(t);
        pool.close();

        try (ConfigurableApplicationContext server = new SpringApplicationBuilder(LoyaltyServer.class)
                .web(WebApplicationType.NONE).run("--spring.datasource.url=" + serverUrl,
                        "--spring.datasource.username=" + pg.user(), "--loyalty.ofbiz.url=" + ofbizUrl,
                        "--loyalty.ofbiz.username=" + pg.user(), "--loyalty.scheduling=false",
                        "--loyalty.data-dir=target/bench-data", "--logging.level.root=WARN")) {
            OfbizSync sync = server.getBean(OfbizSync.class);
            t = System.nanoTime();
            OfbizSync.Report first = sync.run();
            double firstSync = seconds(t);
            Aggregator aggregator = server.getBean(Aggregator.class);
            t = System.nanoTime();
            aggregator.aggregate();
            double firstAggregation = seconds(t);

            new OfbizShop(ofbiz, Instant.now()).order("NEW1", "SALES_ORDER", "ORDER_CREATED", "EUR", Instant.now())
                    .item("NEW1", "00001", "1", "0", "42.00", "20.00", "ITEM_CREATED")
                    .role("NEW1", "C1", "BILL_TO_CUSTOMER");
            t = System.nanoTime();
            OfbizSync.Report next = sync.run();
            double incremental = seconds(t);
            t = System.nanoTime();
            aggregator.aggregate();
            double aggregation = seconds(t);

            System.out.println();
            System.out.printf("| run | orders | seconds | orders/s |%n|---|---:|---:|---:|%n");
            System.out.printf("| reference: reading them from OFBiz only | %,d | %.1f | %,.0f |%n", read, readOnly,
                    read / readOnly);
            System.out.printf("| first sync (read and written) | %,d | %.1f | %,.0f |%n", first.read(), firstSync,
                    first.read() / firstSync);
            System.out.printf("| aggregation after the first sync | %,d | %.1f | |%n", first.inserted(), firstAggregation);
            System.out.printf("| next run, one new order (re-reading the overlap) | %,d | %.2f | |%n", next.read(),
                    incremental);
            System.out.printf("| aggregation of the new order | 1 | %.2f | |%n", aggregation);
            System.out.println(first);
            System.out.println(next);
        }
    }

    /** Sales orders of 2025 and 2026, two items each (one without cost), nine in ten with a bill-to customer of
     * 100,000, one in five with an order promotion. */
    static void fill(JdbcTemplate ofbiz, int orders) {
        // stored over the last year, one every 30 seconds, the last one an hour ago
        Timestamp stamp = Timestamp.from(Instant.now().minusSeconds(3600 + 30L * orders));
        ofbiz.update("INSERT INTO ORDER_HEADER (ORDER_ID, ORDER_TYPE_ID, STATUS_ID, CURRENCY_UOM, ORDER_DATE, "
                + "LAST_UPDATED_STAMP, LAST_UPDATED_TX_STAMP, CREATED_STAMP, CREATED_TX_STAMP) SELECT 'WS' || n, "
                + "'SALES_ORDER', CASE WHEN n % 50 = 0 THEN 'ORDER_CANCELLED' ELSE 'ORDER_COMPLETED' END, 'EUR', "
                + "TIMESTAMPTZ '2025-01-01 00:00:00+00' + (n % 60000) * INTERVAL '17 minutes', ?, CAST(? AS TIMESTAMPTZ) + n * INTERVAL "
                + "'30 seconds', ?, ? FROM generate_series(1, ?) n", stamp, stamp, stamp, stamp, orders);
        ofbiz.update("INSERT INTO ORDER_ITEM (ORDER_ID, ORDER_ITEM_SEQ_ID, ORDER_ITEM_TYPE_ID, PRODUCT_ID, QUANTITY, "
                + "CANCEL_QUANTITY, UNIT_PRICE, UNIT_AVERAGE_COST, STATUS_ID, LAST_UPDATED_TX_STAMP) "
                + "SELECT 'WS' || n, '0000' || s, 'PRODUCT_ORDER_ITEM', 'P' || (n % 300), 1 + n % 3, 0, 5 + (n * s) % 40, "
                + "CASE WHEN s = 1 THEN 2 + n % 10 END, 'ITEM_COMPLETED', CAST(? AS TIMESTAMPTZ) + n * INTERVAL '30 seconds' "
                + "FROM generate_series(1, ?) n, generate_series(1, 2) s", stamp, orders);
        ofbiz.update("INSERT INTO ORDER_ROLE (ORDER_ID, PARTY_ID, ROLE_TYPE_ID, LAST_UPDATED_TX_STAMP) "
                + "SELECT 'WS' || n, 'C' || (n % 100000), 'BILL_TO_CUSTOMER', CAST(? AS TIMESTAMPTZ) + n * INTERVAL '30 seconds' "
                + "FROM generate_series(1, ?) n "
                + "WHERE n % 10 <> 0", stamp, orders);
        ofbiz.update("INSERT INTO ORDER_ADJUSTMENT (ORDER_ADJUSTMENT_ID, ORDER_ID, ORDER_ITEM_SEQ_ID, "
                + "ORDER_ADJUSTMENT_TYPE_ID, AMOUNT, LAST_UPDATED_TX_STAMP) SELECT 'A' || n, 'WS' || n, '_NA_', "
                + "'PROMOTION_ADJUSTMENT', -1.5, CAST(? AS TIMESTAMPTZ) + n * INTERVAL '30 seconds' "
                + "FROM generate_series(1, ?) n WHERE n % 5 = 0", stamp, orders);
        ofbiz.execute("ANALYZE");
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
