package com.loyaltykpi.server.ofbiz;

import com.loyaltykpi.it.TestDatabase;
import com.loyaltykpi.server.it.ServerDatabases;
import com.loyaltykpi.server.it.ServerJvm;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OFBiz on PostgreSQL (its production database), the server on PostgreSQL too; and a connector run killed with
 * SIGKILL halfway (a process of its own, as a server is), then run again.
 */
class OfbizPostgresqlIT extends OfbizScenarios {

    static JdbcTemplate ofbiz;
    static String serverUrl;
    static String ofbizUrl;

    @DynamicPropertySource
    static void databases(DynamicPropertyRegistry registry) {
        serverUrl = ServerDatabases.use(TestDatabase.POSTGRESQL, registry);
        String url = ServerDatabases.create(TestDatabase.POSTGRESQL);
        ofbizUrl = url;
        ofbiz = new JdbcTemplate(new DriverManagerDataSource(url, TestDatabase.POSTGRESQL.user(),
                TestDatabase.POSTGRESQL.password()));
        OfbizSchema.create(ofbiz, OfbizSchema.Dialect.POSTGRESQL);
        registry.add("loyalty.ofbiz.url", () -> url);
        registry.add("loyalty.ofbiz.username", TestDatabase.POSTGRESQL::user);
        registry.add("loyalty.ofbiz.password", TestDatabase.POSTGRESQL::password);
    }

    @Override
    JdbcTemplate ofbiz() {
        return ofbiz;
    }

    @Test
    void aRunKilledHalfwayLosesNothingAndDoublesNothingWhenRunAgain() throws Exception {
        int orders = 40_000;
        // OFBiz's orders, one item each (every tenth without a customer), stored over the last hours
        ofbiz.update("INSERT INTO ORDER_HEADER (ORDER_ID, ORDER_TYPE_ID, STATUS_ID, CURRENCY_UOM, ORDER_DATE, "
                + "LAST_UPDATED_TX_STAMP) SELECT 'K' || n, 'SALES_ORDER', 'ORDER_COMPLETED', 'EUR', "
                + "TIMESTAMPTZ '2026-06-01 00:00:00+00' + n * INTERVAL '1 minute', "
                + "TIMESTAMPTZ '2026-11-30 00:00:00+00' + n * INTERVAL '100 milliseconds' FROM generate_series(1, ?) n",
                orders);
        ofbiz.update("INSERT INTO ORDER_ITEM (ORDER_ID, ORDER_ITEM_SEQ_ID, QUANTITY, UNIT_PRICE, UNIT_AVERAGE_COST, "
                + "STATUS_ID, LAST_UPDATED_TX_STAMP) SELECT 'K' || n, '00001', 1, 10 + n % 7, 4, 'ITEM_COMPLETED', "
                + "TIMESTAMPTZ '2026-11-30 00:00:00+00' FROM generate_series(1, ?) n", orders);
        ofbiz.update("INSERT INTO ORDER_ROLE (ORDER_ID, PARTY_ID, ROLE_TYPE_ID) SELECT 'K' || n, 'P' || (n % 500), "
                + "'BILL_TO_CUSTOMER' FROM generate_series(1, ?) n WHERE n % 10 <> 0", orders);
        ofbiz.execute("ANALYZE");

        Path log = Files.createTempFile("ofbiz-sync", ".log");
        ServerJvm syncing = ServerJvm.start(log, "ofbiz-sync", "--spring.datasource.url=" + serverUrl,
                "--spring.datasource.username=" + TestDatabase.POSTGRESQL.user(), "--loyalty.ofbiz.url=" + ofbizUrl,
                "--loyalty.ofbiz.username=" + TestDatabase.POSTGRESQL.user(), "--loyalty.ofbiz.page-size=500",
                "--loyalty.data-dir=target/loyalty-data");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (syncing.alive() && Instant.now().isBefore(deadline) && facts() < 5000) {
            Thread.sleep(20);
        }
        assertThat(syncing.alive()).as("still reading OFBiz when killed: %s", Files.readString(log)).isTrue();
        syncing.kill();
        long partial = facts();
        assertThat(partial).as("killed halfway").isBetween(5000L, (long) orders - 1);

        String cursor = server.queryForObject("SELECT SETTING_VALUE FROM LK_SETTING WHERE NAME = ?", String.class,
                OfbizSync.CURSOR);
        assertThat(server.queryForObject("SELECT COUNT(*) FROM LK_ORDER_FACT WHERE ORDER_ID = ?", Long.class,
                cursor.substring(cursor.indexOf('|') + 1))).as("the saved cursor names a written order").isEqualTo(1);

        sync.run();
        assertThat(facts()).isEqualTo(orders);
        assertThat(server.queryForObject("SELECT SUM(REVENUE) FROM LK_ORDER_FACT", BigDecimal.class))
                .isEqualByComparingTo(BigDecimal.valueOf(revenue(orders)));
        assertThat(server.queryForObject("SELECT COUNT(*) FROM LK_FACT_CHANGE", Long.class))
                .as("one change row per order: none counted twice").isEqualTo(orders);
    }

    private long facts() {
        return server.queryForObject("SELECT COUNT(*) FROM LK_ORDER_FACT", Long.class);
    }

    private static long revenue(int orders) {
        long total = 0;
        for (int n = 1; n <= orders; n++) {
            total += 10 + n % 7;
        }
        return total;
    }
}
