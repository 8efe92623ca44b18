package com.loyaltykpi.admin.it;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.jsoup.Jsoup;
import org.springframework.jdbc.core.JdbcTemplate;

import com.loyaltykpi.core.dashboard.Dashboard;
import com.loyaltykpi.core.dashboard.DashboardRange;
import com.loyaltykpi.bench.SyntheticFacts;
import com.loyaltykpi.bench.Timing;
import com.loyaltykpi.core.imports.OrdersImport;
import com.loyaltykpi.core.rollup.Aggregator;
import com.loyaltykpi.core.settings.DataVersion;
import com.loyaltykpi.core.settings.ShopTimeZone;
import com.loyaltykpi.it.TestDatabase;

/**
 * The dashboard's server time in the real Broadleaf admin on synthetic facts (the KPI engine's generator: two
 * years, 2024-2025, shop in Europe/Rome), for the range of the data by month in one currency:
 * <ul>
 *   <li>the whole page over HTTP on loopback (Broadleaf's admin layout, menu, security filters and our screen),
 *       cold (before each request the data changed: new orders, so no cached KPI table; or memberships, so
 *       no kept membership counts either) and cached;</li>
 *   <li>the module's part of it ({@link Dashboard#cards} and {@link Dashboard#series}), cold and cached;</li>
 *   <li>a light admin page (the settings form), for what Broadleaf's admin frame costs around any screen;</li>
 *   <li>an orders.csv of 100,000 new orders uploaded through the Data screen (multipart over HTTP, the page with
 *       its report), and another such file imported through the Java API, for what the web path adds.</li>
 * </ul>
 * One size per run: {@code mvn -Pbenchmark-dashboard -pl admin-ui -DskipTests verify -Dloyalty.bench.db=postgresql
 * -Dloyalty.bench.size=1000000}. The figures go to docs/BENCHMARKS.md by hand.
 */
public final class DashboardBenchmark {

    private static final int RUNS = 40;
    /** Orders of the import file, uploaded through the Data screen and imported by the Java API. */
    private static final int IMPORTED = 100000;
    private static final int WARM_UP = 30;
    /** A light page of the admin (the settings form: three setting reads) for the cost of Broadleaf's admin frame. */
    private static final String FRAME = "/loyalty-settings";
    private static final String PAGE = "/loyalty-dashboard?range=CUSTOM&from=2024-01-01&to=2025-12-31&granularity=MONTH&currency=EUR";

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        TestDatabase database = TestDatabase.valueOf(System.getProperty("loyalty.bench.db", "postgresql").toUpperCase(Locale.ROOT));
        int size = Integer.parseInt(System.getProperty("loyalty.bench.size", "1000000"));
        AdminConsole console = AdminConsole.on(database);
        console.bean("lkShopTimeZone", ShopTimeZone.class).change(ZoneId.of("Europe/Rome"));
        DataSource dataSource = console.bean("lkItDataSource", DataSource.class);
        SyntheticFacts synthetic = new SyntheticFacts(20261123L, size);
        double load = Timing.seconds(() -> synthetic.load(dataSource));
        if (database == TestDatabase.POSTGRESQL) {
            // what autovacuum does to a table after bulk inserts (PostgreSQL 13+): statistics and visibility map,
            // without which every index-only count visits the table
            new JdbcTemplate(dataSource).execute("VACUUM ANALYZE");
        }
        double rebuild = Timing.seconds(() -> console.bean("lkAggregator", Aggregator.class).rebuild());

        DataVersion version = console.bean("lkDataVersion", DataVersion.class);
        Dashboard dashboard = console.bean("lkDashboard", Dashboard.class);
        DashboardRange range = DashboardRange.parse("CUSTOM", "2024-01-01", "2025-12-31", "MONTH", dashboard.today());
        Callable<Object> modulePart = () -> {
            dashboard.cards(range, "EUR", Locale.ENGLISH);
            return dashboard.series(range, "EUR", Locale.ENGLISH);
        };
        AdminSession admin = AdminSession.login(console, "admin", "admin");
        Callable<Object> page = () -> {
            HttpResponse<String> response = admin.get(PAGE);
            if (response.statusCode() != 200 || !response.body().contains("lk-card-csi")) {
                throw new IllegalStateException("dashboard answered " + response.statusCode());
            }
            return response;
        };
        Callable<Object> frame = () -> admin.get(FRAME);
        for (int i = 0; i < WARM_UP; i++) { // the JVM compiles the hot paths first, as in a shop that runs for days
            version.bump();
            page.call();
            page.call();
            modulePart.call();
            frame.call();
        }
        double frameCached = Timing.p95(RUNS, frame);
        double pageCold = cold(version::bump, page);
        double pageColdMembers = cold(version::bumpMembership, page);
        double pageCached = Timing.p95(RUNS, page);
        double moduleCold = cold(version::bump, modulePart);
        double moduleColdMembers = cold(version::bumpMembership, modulePart);
        double moduleCached = Timing.p95(RUNS, modulePart);
        double httpImport = IMPORTED / Timing.seconds(() -> imported(admin.postFile("/loyalty-data", "/loyalty-data/import",
                "orders", false, synthetic.ordersCsv("http", IMPORTED)).body()));
        byte[] apiFile = synthetic.ordersCsv("api", IMPORTED);
        double apiImport = IMPORTED / Timing.seconds(() -> console.bean("lkOrdersImport", OrdersImport.class)
                .importOrders(new ByteArrayInputStream(apiFile), false));

        String report = String.format(Locale.ROOT, "Database: %s; JVM %s, max heap %d MB; CPUs: %d%n%n"
                        + "| facts | members | load s | rebuild s | page p95 cold (orders changed) ms | cold (memberships changed) ms | cached ms "
                        + "| module p95 cold (orders) ms | cold (memberships) ms | cached ms | admin frame p95 ms "
                        + "| import of 100,000 orders over HTTP rows/s | the same by the Java API rows/s |%n"
                        + "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |%n"
                        + "| %,d | %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f | %.1f | %,.0f | %,.0f |%n",
                database.label(), System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), size, synthetic.members(), load, rebuild,
                pageCold, pageColdMembers, pageCached, moduleCold, moduleColdMembers, moduleCached, frameCached,
                httpImport, apiImport);
        System.out.println(report);
        Files.write(Paths.get("target", "benchmark-dashboard-" + database.key() + "-" + size + ".md"),
                report.getBytes(StandardCharsets.UTF_8));
        System.exit(0);
    }

    /** The page of an import that wrote the whole file, or the reason it did not. */
    private static String imported(String page) {
        String report = Jsoup.parse(page).select("#lk-import-report").text();
        if (!report.contains(String.format(Locale.ENGLISH, "%,d", IMPORTED)) || report.contains("refused")) {
            throw new IllegalStateException("the upload was not imported whole: " + report);
        }
        return report;
    }

    /**
     * The p95 of runs that each find the data changed: after new orders (a new data version: no cached KPI table)
     * or after a membership change (also no kept membership counts).
     */
    private static double cold(Runnable change, Callable<Object> work) throws Exception {
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            change.run();
            long start = System.nanoTime();
            work.call();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return Timing.percentile(millis, 0.95);
    }
}
