package com.loyaltykpi.server.demo;

import com.loyaltykpi.core.imports.ImportReport;
import com.loyaltykpi.core.imports.MembershipsImport;
import com.loyaltykpi.core.imports.OrdersImport;
import com.loyaltykpi.core.rollup.Aggregator;
import com.loyaltykpi.core.settings.SettingsStore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * {@code --loyalty.demo=true}: fills an empty database with the demo shop's two years at startup, so that the first
 * start shows KPIs. A database with orders of its own is left alone; a demo load cut short (the server stopped
 * meanwhile) is finished at the next start, the imports being idempotent.
 */
@Component
@ConditionalOnProperty(name = "loyalty.demo", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final JdbcTemplate jdbc;
    private final MembershipsImport memberships;
    private final OrdersImport orders;
    private final Aggregator aggregator;
    private final Clock clock;
    private final SettingsStore settings;

    DemoData(JdbcTemplate jdbc, MembershipsImport memberships, OrdersImport orders, Aggregator aggregator, Clock clock,
             SettingsStore settings) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.memberships = memberships;
        this.orders = orders;
        this.aggregator = aggregator;
        this.clock = clock;
    }

    static final String LOADED = "loyalty.demo.loaded";

    @Override
    public void run(ApplicationArguments args) {
        if (settings.get(LOADED) != null || jdbc.queryForObject("SELECT COUNT(*) FROM LK_ORDER_FACT WHERE ORIGIN <> ? "
                + "OR ORDER_ID NOT LIKE 'D%'", Long.class, OrdersImport.ORIGIN) > 0) {
            return;
        }
        DemoShop shop = new DemoShop(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1));
        ImportReport members = memberships.importMemberships(new ByteArrayInputStream(shop.membershipsCsv()), false);
        ImportReport history = orders.importOrders(new ByteArrayInputStream(shop.ordersCsv()), false);
        aggregator.aggregate();
        settings.put(LOADED, clock.instant().toString());
        LOG.info("Loyalty: demo data loaded ({}; {})", members, history);
    }
}
