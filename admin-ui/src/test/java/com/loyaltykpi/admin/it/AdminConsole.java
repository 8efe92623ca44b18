package com.loyaltykpi.admin.it;

import java.io.File;
import java.nio.file.Files;
import java.util.EnumSet;

import javax.servlet.SessionTrackingMode;

import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.broadleafcommerce.common.web.extensibility.MergeContextLoaderListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextListener;
import org.springframework.web.context.support.WebApplicationContextUtils;
import org.springframework.web.filter.CharacterEncodingFilter;
import org.springframework.web.filter.DelegatingFilterProxy;
import org.springframework.web.servlet.DispatcherServlet;

import com.loyaltykpi.it.LoopbackPorts;
import com.loyaltykpi.it.TestDatabase;

/**
 * The real Broadleaf 3.1 admin webapp with the module and its admin screens installed, as an integrator wires
 * it (README, admin install steps), in an embedded Tomcat 9 on loopback over an in-memory HSQLDB that Hibernate
 * creates and Broadleaf's admin SQL seeds. Started once per test JVM and shared.
 */
public final class AdminConsole {

    /** The admin's root context: Broadleaf's admin contexts, the module's, its admin screens', the host's own. */
    static final String PATCH_CONFIG = String.join("\n",
            "classpath:/bl-open-admin-contentClient-applicationContext.xml",
            "classpath:/bl-open-admin-contentCreator-applicationContext.xml",
            "classpath:/bl-admin-applicationContext.xml",
            "classpath:/bl-cms-contentClient-applicationContext.xml",
            "classpath:/bl-cms-contentCreator-applicationContext.xml",
            "classpath:/bl-loyalty-kpi-applicationContext.xml",
            "classpath:/bl-loyalty-kpi-admin-applicationContext.xml",
            "classpath:/lk-admin-it-applicationContext.xml");

    /** The admin DispatcherServlet's contexts: Broadleaf's, the host's own, then the Loyalty screens. */
    static final String SERVLET_CONFIG = String.join("\n",
            "classpath:/applicationContext-servlet-open-admin.xml",
            "classpath:/applicationContext-servlet-admin.xml",
            "classpath:/applicationContext-servlet-cms-contentClient.xml",
            "classpath:/lk-admin-it-servlet.xml",
            "classpath:/bl-loyalty-kpi-admin-servlet.xml");

    static final String IMPORT_FILES = String.join(",",
            "/config/bc/sql/load_admin_permissions.sql",
            "/config/bc/sql/load_admin_roles.sql",
            "/config/bc/sql/load_admin_menu.sql",
            "/config/loyalty-kpi/sql/admin/load_admin_loyalty.sql",
            "/lk-admin-it-data.sql");

    private static AdminConsole console;

    private final Tomcat tomcat;
    private final String baseUrl;
    private final WebApplicationContext context;

    private AdminConsole(Tomcat tomcat, String baseUrl, WebApplicationContext context) {
        this.tomcat = tomcat;
        this.baseUrl = baseUrl;
        this.context = context;
    }

    /** The admin on the embedded database (the tests). */
    public static synchronized AdminConsole get() throws Exception {
        return on(TestDatabase.HSQLDB);
    }

    /** The admin on a new database of this server (the benchmark runs it on PostgreSQL); one per JVM. */
    public static synchronized AdminConsole on(TestDatabase database) throws Exception {
        if (console == null) {
            console = start(database);
        }
        return console;
    }

    private static AdminConsole start(TestDatabase database) throws Exception {
        database.assumeAvailable();
        database.dropStaleDatabases();
        String name = TestDatabase.uniqueName();
        System.setProperty("loyalty.it.url", database.create(name));
        System.setProperty("loyalty.it.user", database.user());
        System.setProperty("loyalty.it.password", database.password());
        for (String unit : new String[] {"blPU", "blSecurePU", "blCMSStorage"}) {
            System.setProperty(unit + ".hibernate.dialect", database.dialect());
            System.setProperty(unit + ".hibernate.hbm2ddl.auto", "create");
        }
        System.setProperty("blPU.hibernate.hbm2ddl.import_files", IMPORT_FILES);
        System.setProperty("blPU.hibernate.show_sql", "false");
        // the tests run the module's jobs themselves, when they mean to
        System.setProperty("loyalty.reconcile.initialDelayMillis", "86400000");
        System.setProperty("loyalty.kpi.aggregationInitialDelayMillis", "86400000");
        System.setProperty("loyalty.survey.waveInitialDelayMillis", "86400000");
        System.setProperty("loyalty.survey.alertInitialDelayMillis", "86400000");
        System.setProperty("loyalty.survey.submissionsPerAddressPerMinute", "100000");

        int port = LoopbackPorts.free();
        File base = Files.createTempDirectory("lk-admin-tomcat").toFile();
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(base.getAbsolutePath());
        tomcat.setHostname("127.0.0.1");
        tomcat.getConnector().setPort(port);
        tomcat.getConnector().setProperty("address", "127.0.0.1");
        // the container's own error pages (a request line too long, say) without stack trace or server version
        ErrorReportValve errorPages = new ErrorReportValve();
        errorPages.setShowReport(false);
        errorPages.setShowServerInfo(false);
        tomcat.getHost().getPipeline().addValve(errorPages);
        StandardContext webapp = (StandardContext) tomcat.addContext("", base.getAbsolutePath());
        webapp.setClearReferencesObjectStreamClassCaches(false);
        webapp.setClearReferencesRmiTargets(false);
        webapp.addServletContainerInitializer((classes, servletContext) ->
                servletContext.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE)), null);
        webapp.addParameter("patchConfigLocation", PATCH_CONFIG);
        webapp.addApplicationListener(RequestContextListener.class.getName());
        webapp.addApplicationListener(MergeContextLoaderListener.class.getName());
        webapp.addApplicationListener(HttpSessionEventPublisher.class.getName());

        CharacterEncodingFilter encoding = new CharacterEncodingFilter();
        encoding.setEncoding("UTF-8");
        encoding.setForceEncoding(true);
        filter(webapp, "encodingFilter", encoding);
        filter(webapp, "springSecurityFilterChain", new DelegatingFilterProxy("springSecurityFilterChain"));

        Wrapper admin = Tomcat.addServlet(webapp, "admin", DispatcherServlet.class.getName());
        admin.addInitParameter("contextConfigLocation", SERVLET_CONFIG);
        admin.setLoadOnStartup(1);
        webapp.addServletMappingDecoded("/", "admin");

        tomcat.start();
        WebApplicationContext root = WebApplicationContextUtils.getRequiredWebApplicationContext(webapp.getServletContext());
        AdminConsole started = new AdminConsole(tomcat, "http://127.0.0.1:" + port, root);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            started.stop();
            try {
                database.drop(name);
            } catch (Exception e) {
                System.out.println("[loyalty-kpi] could not drop test database " + name + ": " + e.getMessage());
            }
        }));
        return started;
    }

    private static void filter(StandardContext webapp, String name, javax.servlet.Filter filter) {
        FilterDef def = new FilterDef();
        def.setFilterName(name);
        def.setFilter(filter);
        webapp.addFilterDef(def);
        FilterMap map = new FilterMap();
        map.setFilterName(name);
        map.addURLPattern("/*");
        webapp.addFilterMap(map);
    }

    private void stop() {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            System.out.println("[loyalty-kpi] Tomcat did not stop cleanly: " + e.getMessage());
        }
    }

    public String url(String path) {
        return baseUrl + path;
    }

    public <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    public JdbcTemplate jdbc() {
        return bean("lkJdbcTemplate", JdbcTemplate.class);
    }

}
