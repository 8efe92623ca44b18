package com.loyaltykpi.it;

import org.broadleafcommerce.common.currency.domain.BroadleafCurrency;
import org.broadleafcommerce.common.currency.domain.BroadleafCurrencyImpl;
import org.broadleafcommerce.common.extensibility.context.MergeClassPathXMLApplicationContext;
import org.broadleafcommerce.common.extensibility.context.StandardConfigLocations;
import org.broadleafcommerce.common.currency.service.BroadleafCurrencyService;
import org.broadleafcommerce.common.locale.domain.LocaleImpl;
import org.broadleafcommerce.common.locale.service.LocaleService;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.profile.core.domain.RoleImpl;
import org.junit.jupiter.api.Assertions;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

/**
 * One real Broadleaf 3.1 service context with the module installed, booted once per test JVM on one test
 * database and shared by every integration test in that JVM (boot takes seconds; the scenarios take less).
 */
public final class BroadleafShop {

    public static final String USD = "USD";
    public static final String EUR = "EUR";

    private static BroadleafShop shop;
    private static TestDatabase bootedOn;

    private final ConfigurableApplicationContext context;
    private final TestDatabase database;

    private BroadleafShop(ConfigurableApplicationContext context, TestDatabase database) {
        this.context = context;
        this.database = database;
    }

    /** The shop on this database, booted at the first call; skips (or, when required, fails) without a server. */
    public static synchronized BroadleafShop on(TestDatabase database) throws Exception {
        if (shop != null) {
            Assertions.assertEquals(bootedOn, database, "one Broadleaf context per JVM: tests of one database per run");
            return shop;
        }
        database.assumeAvailable();
        shop = boot(database);
        bootedOn = database;
        return shop;
    }

    private static BroadleafShop boot(final TestDatabase database) throws Exception {
        database.dropStaleDatabases();
        final String name = TestDatabase.uniqueName();
        final ConfigurableApplicationContext context;
        try {
            context = start(database, database.create(name));
        } catch (Exception | Error e) {
            // a shop that did not start leaves no database behind: on MariaDB, Hibernate's schema update of a later
            // run would see its Broadleaf tables (metadata across databases) and not create its own
            database.drop(name);
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(new Runnable() {
            @Override
            public void run() {
                context.close();
                try {
                    database.drop(name);
                } catch (Exception e) {
                    System.out.println("[loyalty-kpi] could not drop test database " + name + ": " + e.getMessage());
                }
            }
        }));
        BroadleafShop booted = new BroadleafShop(context, database);
        booted.seedReferenceData();
        return booted;
    }

    /**
     * A shop node on a database that other nodes share (the reliability tests' node processes): the database is
     * neither created nor dropped here, and its reference data is seeded by the first node only. Further context
     * files (a node's own beans) come last.
     */
    public static BroadleafShop join(TestDatabase database, String url, String... nodePatches) throws Exception {
        BroadleafShop joined = new BroadleafShop(start(database, url, nodePatches), database);
        if (joined.jdbc().queryForObject("SELECT COUNT(*) FROM BLC_CURRENCY", Integer.class) == 0) {
            joined.seedReferenceData();
        }
        return joined;
    }

    private static ConfigurableApplicationContext start(TestDatabase database, String url, String... nodePatches)
            throws Exception {
        for (String unit : new String[] {"blPU", "blSecurePU", "blCMSStorage"}) {
            System.setProperty(unit + ".hibernate.dialect", database.dialect);
            System.setProperty(unit + ".hibernate.hbm2ddl.auto", "update"); // a new, empty database
            System.setProperty(unit + ".hibernate.show_sql", "false");
        }
        System.setProperty("loyalty.it.url", url);
        System.setProperty("loyalty.it.user", database.user);
        System.setProperty("loyalty.it.password", database.password);
        // the tests run the module's jobs themselves, when they mean to
        setDefault("loyalty.reconcile.initialDelayMillis", "86400000");
        setDefault("loyalty.kpi.aggregationInitialDelayMillis", "86400000");
        setDefault("loyalty.survey.waveInitialDelayMillis", "86400000");
        setDefault("loyalty.survey.alertInitialDelayMillis", "86400000");
        setDefault("loyalty.mail.timeoutMillis", "2000"); // the hanging mail server test waits for it
        // every test browser posts from 127.0.0.1: the per-address limit would throttle the whole suite
        System.setProperty("loyalty.survey.submissionsPerAddressPerMinute", "100000");
        if (System.getProperty("loyalty.it.smtpPort") == null) { // a node process is given the test's mail server
            System.setProperty("loyalty.it.smtpPort", String.valueOf(TestMail.server().getSmtp().getPort()));
        }
        // the storefront's address, known before it starts (ShopWeb): survey links in e-mails point there
        int webPort = LoopbackPorts.free();
        System.setProperty("loyalty.it.webPort", String.valueOf(webPort));
        System.setProperty("loyalty.survey.baseUrl", "http://127.0.0.1:" + webPort);
        // what a storefront's root context holds: Broadleaf's service and web contexts (templates, dialect,
        // template expressions); the storefront's servlet context (ShopWeb) is its child
        String[] sources = StandardConfigLocations.retrieveAll(StandardConfigLocations.APPCONTEXTTYPE);
        List<String> patches = new ArrayList<String>(Arrays.asList("bl-loyalty-kpi-applicationContext.xml", "lk-it-applicationContext.xml"));
        patches.addAll(Arrays.asList(nodePatches));
        return new MergeClassPathXMLApplicationContext(sources, patches.toArray(new String[0]));
    }

    /** A setting a node process may have been given on its command line already. */
    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** What every Broadleaf shop has before its first cart: currencies, a default locale, the customer role. */
    private void seedReferenceData() {
        inTransaction(new Callable<Void>() {
            @Override
            public Void call() {
                EntityManager em = entityManager();
                BroadleafCurrency usd = currency(USD, "US Dollar", true);
                em.persist(usd);
                em.persist(currency(EUR, "Euro", false));
                LocaleImpl locale = new LocaleImpl();
                locale.setLocaleCode("en_US");
                locale.setFriendlyName("English (US)");
                locale.setDefaultFlag(true);
                locale.setDefaultCurrency(usd);
                em.persist(locale);
                RoleImpl role = new RoleImpl();
                role.setRoleName("ROLE_USER");
                em.persist(role);
                return null;
            }
        });
    }

    private static BroadleafCurrency currency(String code, String name, boolean isDefault) {
        BroadleafCurrency currency = new BroadleafCurrencyImpl();
        currency.setCurrencyCode(code);
        currency.setFriendlyName(name);
        currency.setDefaultFlag(isDefault);
        return currency;
    }

    public TestDatabase database() {
        return database;
    }

    /** The Spring context, as the parent of a servlet context. */
    public ConfigurableApplicationContext context() {
        return context;
    }

    public <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    public JdbcTemplate jdbc() {
        return bean("lkJdbcTemplate", JdbcTemplate.class);
    }

    public EntityManagerFactory entityManagerFactory() {
        return bean("entityManagerFactory", EntityManagerFactory.class);
    }

    /** The thread's shared blPU EntityManager (inside {@link #inRequest} or {@link #inTransaction}). */
    public EntityManager entityManager() {
        EntityManagerHolder holder = (EntityManagerHolder) TransactionSynchronizationManager.getResource(entityManagerFactory());
        return holder.getEntityManager();
    }

    /**
     * Runs the work as a storefront request does: an EntityManager open for the whole request (Broadleaf's
     * open-entity-manager-in-view filter) and no surrounding transaction; each service call commits on its own.
     */
    public <T> T inRequest(Callable<T> work) throws Exception {
        return inRequest(USD, work);
    }

    /** {@link #inRequest(Callable)} for a shopper browsing in this currency (Broadleaf's request context). */
    public <T> T inRequest(String currencyCode, Callable<T> work) throws Exception {
        EntityManagerFactory emf = entityManagerFactory();
        EntityManager em = emf.createEntityManager();
        TransactionSynchronizationManager.bindResource(emf, new EntityManagerHolder(em));
        BroadleafRequestContext request = new BroadleafRequestContext();
        request.setBroadleafCurrency(bean("blCurrencyService", BroadleafCurrencyService.class).findCurrencyByCode(currencyCode));
        request.setLocale(bean("blLocaleService", LocaleService.class).findLocaleByCode("en_US"));
        BroadleafRequestContext.setBroadleafRequestContext(request);
        try {
            return work.call();
        } finally {
            BroadleafRequestContext.setBroadleafRequestContext(null);
            TransactionSynchronizationManager.unbindResource(emf);
            em.close();
        }
    }

    /** Runs the work in one blTransactionManager transaction. */
    public <T> T inTransaction(final Callable<T> work) {
        TransactionTemplate template = new TransactionTemplate(bean("blTransactionManager", PlatformTransactionManager.class));
        return template.execute(status -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
