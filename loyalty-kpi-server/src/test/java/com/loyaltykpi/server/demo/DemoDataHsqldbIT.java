package com.loyaltykpi.server.demo;

import com.loyaltykpi.core.kpi.Kpi;
import com.loyaltykpi.core.kpi.KpiQuery;
import com.loyaltykpi.core.kpi.KpiRow;
import com.loyaltykpi.core.kpi.KpiService;
import com.loyaltykpi.core.period.Granularity;
import com.loyaltykpi.core.period.Segment;
import com.loyaltykpi.it.TestDatabase;
import com.loyaltykpi.server.it.ServerDatabases;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo start: two years of a shop in an empty database, KPIs to look at, nothing added at the next start. */
@SpringBootTest(properties = {"loyalty.demo=true", "loyalty.scheduling=false"})
class DemoDataHsqldbIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ServerDatabases.use(TestDatabase.HSQLDB, registry);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    KpiService kpis;
    @Autowired
    DemoData demo;

    @Test
    void anEmptyDatabaseGetsTwoYearsOfAShop() {
        long orders = jdbc.queryForObject("SELECT COUNT(*) FROM LK_ORDER_FACT", Long.class);
        assertThat(orders).isGreaterThan(10_000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM LK_MEMBERSHIP", Long.class)).isGreaterThan(300);

        LocalDate yesterday = LocalDate.now().minusDays(1);
        KpiQuery year = new KpiQuery(yesterday.minusYears(1), yesterday, Granularity.YEAR, "EUR");
        BigDecimal memberAov = null;
        BigDecimal otherAov = null;
        for (KpiRow row : kpis.query(year).rows()) {
            if (row.segment() == Segment.MEMBER && row.value(Kpi.AOV) != null) {
                memberAov = row.value(Kpi.AOV);
            } else if (row.segment() == Segment.NON_MEMBER && row.value(Kpi.AOV) != null) {
                otherAov = row.value(Kpi.AOV);
            }
        }
        assertThat(memberAov).as("members spend a little more in the demo").isGreaterThan(otherAov);

        demo.run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM LK_ORDER_FACT", Long.class)).as("loaded once").isEqualTo(orders);
    }
}
