package com.loyaltykpi.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltykpi.core.period.Granularity;
import com.loyaltykpi.core.kpi.Kpi;
import com.loyaltykpi.core.kpi.KpiQuery;
import com.loyaltykpi.core.kpi.KpiTable;
import com.loyaltykpi.core.kpi.KpiService;
import com.loyaltykpi.it.LoopbackPorts;
import com.loyaltykpi.it.TestDatabase;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The sample shop switched to a production database with its one setting ({@code -Dsample.db}): PostgreSQL or
 * MariaDB as the failsafe execution names it, on a database of this run's own, dropped afterwards. It starts,
 * seeds, serves both webapps and shows the seeded history in the KPIs.
 */
class ShopOnServerIT {

    private static TestDatabase database;
    private static String name;
    private static ShopServer shop;

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.valueOf(System.getProperty("sample.it.db").toUpperCase(Locale.ROOT));
        name = ServerDatabase.use(database);
        System.setProperty("sample.dataDir", Files.createTempDirectory("lk-sample-" + name).toString());
        System.setProperty("sample.port", String.valueOf(LoopbackPorts.free()));
        shop = SampleShop.start(line -> System.out.println("[sample] " + line));
    }

    @AfterAll
    static void stop() throws Exception {
        if (shop != null) {
            shop.stop();
        }
        if (name != null) {
            database.drop(name);
        }
    }

    @Test
    void servesBothWebappsAndTheSeededHistory() throws Exception {
        assertThat(status(shop.baseUrl() + "/")).isEqualTo(200);
        assertThat(status(shop.baseUrl() + "/admin/login")).isEqualTo(200);
        KpiService kpis = shop.siteContext().getBean("lkKpiService", KpiService.class);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        KpiTable lastYear = kpis.query(new KpiQuery(today.minusYears(1), today.minusDays(1), Granularity.YEAR, "USD"));
        assertThat(lastYear.rows()).anyMatch(row -> row.value(Kpi.AOV) != null);
        assertThat(lastYear.rows()).anyMatch(row -> row.value(Kpi.CSI) != null);
    }

    private static int status(String url) throws Exception {
        HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
        try {
            return connection.getResponseCode();
        } finally {
            connection.disconnect();
        }
    }
}
