package com.loyaltykpi.sample.seed;

import com.loyaltykpi.core.settings.SettingsStore;

import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.DatabasePopulatorUtils;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

import javax.sql.DataSource;

/**
 * What the sample shop holds after its first start: Broadleaf's admin users, permissions and menu with the
 * Loyalty section, currencies and languages, a catalog, two years of history, and a win-back offer for the
 * customers the behaviour model finds at risk. Done once: a setting in the
 * module's table says so, and later starts reuse the data.
 */
public final class ShopSeed {

    static final String SEEDED = "sample.seededAt";
    /** The random generator's seed: every first start plans the same history (relative to its day). */
    static final long HISTORY_SEED = 20261123L;

    private static final String[] REFERENCE_SCRIPTS = {
            "config/bc/sql/load_admin_permissions.sql",
            "config/bc/sql/load_admin_roles.sql",
            "config/bc/sql/load_admin_menu.sql",
            "config/loyalty-kpi/sql/admin/load_admin_loyalty.sql",
            "sample-reference-data.sql"};

    private final ApplicationContext site;
    private final SettingsStore settings;

    public ShopSeed(ApplicationContext site) {
        this.site = site;
        this.settings = site.getBean("lkSettingsStore", SettingsStore.class);
    }

    public boolean done() {
        return settings.get(SEEDED) != null;
    }

    /** Seeds everything, reporting progress in lines a person reads. */
    public void run(Consumer<String> progress) {
        ResourceDatabasePopulator scripts = new ResourceDatabasePopulator();
        for (String script : REFERENCE_SCRIPTS) {
            scripts.addScript(new ClassPathResource(script));
        }
        scripts.setSqlScriptEncoding("UTF-8");
        DatabasePopulatorUtils.execute(scripts, site.getBean("sampleDataSource", DataSource.class));
        progress.accept("admin users, permissions, currencies and languages");
        new TransactionTemplate(site.getBean("blTransactionManager", PlatformTransactionManager.class))
                .execute(status -> {
                    new SampleCatalog(site.getBean("blCatalogService", CatalogService.class)).create();
                    return null;
                });
        progress.accept(SampleCatalog.ITEMS.size() + " products in 3 categories, with their costs");
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        new HistoryWriter(site, progress).write(HistoryPlan.until(today, HISTORY_SEED));
        new SampleOffers(site).create();
        progress.accept("behaviour models computed; the win-back offer targets the at-risk customers ("
                + HistoryPlan.AT_RISK_EMAIL + " among them)");
        settings.put(SEEDED, Instant.now().toString());
    }
}
