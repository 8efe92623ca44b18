package com.loyaltykpi.sample;

import com.loyaltykpi.sample.seed.ShopSeed;

import java.io.File;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The sample shop: a Broadleaf 3.1 storefront and admin with the Loyalty KPI module installed, in one process,
 * on an embedded database file under the data folder (or PostgreSQL / MariaDB). The first start seeds a catalog
 * and two years of shop history through the module's own paths; later starts reuse the data. Runs until the
 * process is stopped (Ctrl-C, SIGTERM), then stops both webapps and closes the database.
 *
 * <p>Settings (system properties): {@code sample.port} (8080), {@code sample.address} (127.0.0.1),
 * {@code sample.dataDir} (./sample-data), {@code sample.db} (hsqldb, postgresql, mariadb).
 */
public final class SampleShop {

    private SampleShop() {
    }

    public static void main(String[] args) throws InterruptedException {
        long started = System.nanoTime();
        ShopServer server;
        try {
            server = start(line -> System.out.println("[sample] " + line));
        } catch (Exception e) {
            System.err.println("[sample] the sample shop could not start: " + e);
            System.exit(1);
            return;
        }
        System.out.println();
        System.out.println("[sample] Loyalty KPI sample shop ready in " + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) + " s");
        System.out.println("[sample]   storefront: " + server.baseUrl() + "/");
        System.out.println("[sample]   admin:      " + server.baseUrl() + ShopServer.ADMIN_PATH + "/  (user admin, password admin)");
        System.out.println("[sample]   database:   " + server.database());
        System.out.println("[sample] stop with Ctrl-C");
        final CountDownLatch stopped = new CountDownLatch(1);
        final ShopServer running = server;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("[sample] stopping");
            running.stop();
            System.out.println("[sample] stopped");
            stopped.countDown();
        }));
        stopped.await(); // until the shutdown hook has run
    }

    /** Starts the shop as the system properties say, seeding it at its first start; progress goes to the consumer. */
    static ShopServer start(Consumer<String> progress) throws Exception {
        String address = System.getProperty("sample.address", "127.0.0.1");
        int port = Integer.parseInt(System.getProperty("sample.port", "8080"));
        File dataDir = new File(System.getProperty("sample.dataDir", "sample-data")).getAbsoluteFile();
        SampleDatabase database = SampleDatabase.named(System.getProperty("sample.db", "hsqldb"));
        String host = "127.0.0.1".equals(address) ? "localhost" : address;
        configure(database, database.prepare(dataDir), "http://" + host + ":" + port);

        progress.accept("starting the storefront and the admin on " + database.describe(dataDir));
        ShopServer server = ShopServer.start(address, host, port, new File(dataDir, "tomcat"), database.describe(dataDir));
        ShopSeed seed = new ShopSeed(server.siteContext());
        if (!seed.done()) {
            progress.accept("first start: seeding a catalog and two years of history (about a minute)");
            seed.run(line -> progress.accept("seeding: " + line));
        }
        return server;
    }

    /** What Broadleaf, Hibernate and the module read from system properties in this process. */
    private static void configure(SampleDatabase database, String url, String baseUrl) {
        // a blank setting (the run profile passes every one) is no setting: the contexts' defaults apply
        for (String optional : new String[] {"sample.smtp.port", "loyalty.survey.alertRecipients"}) {
            if (SampleDatabase.setting(optional, null) == null) {
                System.clearProperty(optional);
            }
        }
        System.setProperty("sample.jdbc.url", url);
        System.setProperty("sample.jdbc.user", database.user());
        System.setProperty("sample.jdbc.password", database.password());
        for (String unit : new String[] {"blPU", "blSecurePU", "blCMSStorage"}) {
            System.setProperty(unit + ".hibernate.dialect", database.dialect);
            System.setProperty(unit + ".hibernate.hbm2ddl.auto", "update");
            System.setProperty(unit + ".hibernate.show_sql", "false");
        }
        // a purchase shows in the dashboard within a minute (README)
        setDefault("loyalty.kpi.aggregationIntervalMillis", "60000");
        setDefault("loyalty.kpi.aggregationInitialDelayMillis", "60000");
        // survey links in e-mails point at this storefront
        setDefault("loyalty.survey.baseUrl", baseUrl);
        // the survey component in the shop's own look (docs/SURVEYS.md, "Restyling")
        setDefault("loyalty.survey.stylesheet", "/shop-static/survey.css");
    }

    private static void setDefault(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }
}
