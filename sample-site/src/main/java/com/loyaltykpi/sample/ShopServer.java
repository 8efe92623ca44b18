package com.loyaltykpi.sample;

import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.descriptor.web.ContextEnvironment;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.broadleafcommerce.common.web.extensibility.MergeContextLoaderListener;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextListener;
import org.springframework.web.context.support.WebApplicationContextUtils;
import org.springframework.web.filter.CharacterEncodingFilter;
import org.springframework.web.filter.DelegatingFilterProxy;
import org.springframework.web.servlet.DispatcherServlet;

import java.io.File;
import java.util.EnumSet;

import javax.servlet.Filter;
import javax.servlet.SessionTrackingMode;

/**
 * One embedded Tomcat 9 with the two webapps of a Broadleaf 3.1 shop, wired as their web.xml files would:
 * the storefront at / and the admin at /admin, each with its own Spring root context (Broadleaf's contexts
 * merged with the module's and the sample's own, through MergeContextLoaderListener) and DispatcherServlet.
 * They start one after the other (the admin first), so only one at a time brings the schema up to date.
 */
final class ShopServer {

    static final String ADMIN_PATH = "/admin";

    private static final String SITE_CONFIG = String.join("\n",
            "classpath:/bl-loyalty-kpi-applicationContext.xml",
            "classpath:/sample-datasource.xml",
            "classpath:/sample-site-applicationContext.xml");

    private static final String ADMIN_CONFIG = String.join("\n",
            "classpath:/bl-open-admin-contentClient-applicationContext.xml",
            "classpath:/bl-open-admin-contentCreator-applicationContext.xml",
            "classpath:/bl-admin-applicationContext.xml",
            "classpath:/bl-cms-contentClient-applicationContext.xml",
            "classpath:/bl-cms-contentCreator-applicationContext.xml",
            "classpath:/bl-loyalty-kpi-applicationContext.xml",
            "classpath:/bl-loyalty-kpi-admin-applicationContext.xml",
            "classpath:/sample-datasource.xml",
            "classpath:/sample-admin-applicationContext.xml");

    private static final String ADMIN_SERVLET_CONFIG = String.join("\n",
            "classpath:/applicationContext-servlet-open-admin.xml",
            "classpath:/applicationContext-servlet-admin.xml",
            "classpath:/applicationContext-servlet-cms-contentClient.xml",
            "classpath:/sample-admin-servlet.xml",
            "classpath:/bl-loyalty-kpi-admin-servlet.xml");

    private final Tomcat tomcat;
    private final StandardContext site;
    private final StandardContext admin;
    private final String baseUrl;
    private final String database;

    private ShopServer(Tomcat tomcat, StandardContext site, StandardContext admin, String baseUrl, String database) {
        this.tomcat = tomcat;
        this.site = site;
        this.admin = admin;
        this.baseUrl = baseUrl;
        this.database = database;
    }

    /** Starts both webapps on this address and port; host is how URLs name the address. */
    static ShopServer start(String address, String host, int port, File workDir, String database) throws LifecycleException {
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(workDir.getAbsolutePath());
        tomcat.setHostname(address);
        tomcat.getConnector().setPort(port);
        tomcat.getConnector().setProperty("address", address);
        // the container's own error pages (a request line too long, say) without stack trace or server version
        ErrorReportValve errorPages = new ErrorReportValve();
        errorPages.setShowReport(false);
        errorPages.setShowServerInfo(false);
        tomcat.getHost().getPipeline().addValve(errorPages);
        // JNDI for java:comp/env/appName, which Broadleaf adds to its JMX names: one name per webapp
        tomcat.enableNaming();
        // The admin first, the storefront last: Broadleaf 3.1 publishes its order and customer events through a
        // static holder of the context that started last, and the module's live capture listens in the storefront.
        StandardContext admin = webapp(ADMIN_PATH, "admin", ADMIN_CONFIG, ADMIN_SERVLET_CONFIG, workDir);
        StandardContext site = webapp("", "site", SITE_CONFIG, "classpath:/sample-site-servlet.xml", workDir);
        tomcat.getHost().addChild(admin);
        tomcat.start();
        tomcat.getHost().addChild(site); // starts it
        String failure = tomcat.getConnector().getLocalPort() < 0 ? "port " + port + " on " + address + " is in use (choose another with -Dsample.port)"
                : !site.getState().isAvailable() || !admin.getState().isAvailable() ? "the storefront or the admin did not start: see the errors above"
                : null;
        if (failure != null) {
            tomcat.stop();
            tomcat.destroy();
            throw new IllegalStateException(failure);
        }
        return new ShopServer(tomcat, site, admin, "http://" + host + ":" + tomcat.getConnector().getLocalPort(), database);
    }

    private static StandardContext webapp(String path, String appName, String rootConfig, String servletConfig,
                                          File workDir) {
        File docBase = new File(workDir, path.isEmpty() ? "ROOT" : path.substring(1));
        docBase.mkdirs();
        StandardContext webapp = new StandardContext();
        webapp.setName(path);
        webapp.setPath(path);
        webapp.setDocBase(docBase.getAbsolutePath());
        webapp.addLifecycleListener(new Tomcat.FixContextListener());
        webapp.setClearReferencesObjectStreamClassCaches(false);
        webapp.setClearReferencesRmiTargets(false);
        webapp.setSessionTimeout(Integer.getInteger("sample.sessionMinutes", 30));
        webapp.addServletContainerInitializer((classes, servletContext) ->
                servletContext.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE)), null);
        ContextEnvironment name = new ContextEnvironment();
        name.setName("appName");
        name.setType(String.class.getName());
        name.setValue(appName);
        webapp.getNamingResources().addEnvironment(name);
        webapp.addParameter("patchConfigLocation", rootConfig);
        webapp.addApplicationListener(RequestContextListener.class.getName());
        webapp.addApplicationListener(MergeContextLoaderListener.class.getName());
        webapp.addApplicationListener(HttpSessionEventPublisher.class.getName());

        CharacterEncodingFilter encoding = new CharacterEncodingFilter();
        encoding.setEncoding("UTF-8");
        encoding.setForceEncoding(true);
        filter(webapp, "encodingFilter", encoding);
        filter(webapp, "springSecurityFilterChain", new DelegatingFilterProxy("springSecurityFilterChain"));

        Wrapper dispatcher = Tomcat.addServlet(webapp, "dispatcher", DispatcherServlet.class.getName());
        dispatcher.addInitParameter("contextConfigLocation", servletConfig);
        dispatcher.setLoadOnStartup(1);
        webapp.addServletMappingDecoded("/", "dispatcher");
        return webapp;
    }

    private static void filter(StandardContext webapp, String name, Filter filter) {
        FilterDef def = new FilterDef();
        def.setFilterName(name);
        def.setFilter(filter);
        webapp.addFilterDef(def);
        FilterMap map = new FilterMap();
        map.setFilterName(name);
        map.addURLPattern("/*");
        webapp.addFilterMap(map);
    }

    /** The storefront's root context (Broadleaf's services, the module). */
    WebApplicationContext siteContext() {
        return WebApplicationContextUtils.getRequiredWebApplicationContext(site.getServletContext());
    }

    WebApplicationContext adminContext() {
        return WebApplicationContextUtils.getRequiredWebApplicationContext(admin.getServletContext());
    }

    /** Storefront sessions alive now (each shopper's holds its customer and cart until it times out). */
    int storefrontSessions() {
        return site.getManager().getActiveSessions();
    }

    /** The storefront's address, such as http://localhost:8080 (no trailing slash); the admin is under /admin. */
    String baseUrl() {
        return baseUrl;
    }

    /** Which database the shop runs on, in words. */
    String database() {
        return database;
    }

    void stop() {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            System.out.println("[sample] Tomcat did not stop cleanly: " + e.getMessage());
        }
    }
}
