package com.loyaltykpi.it;

import org.apache.catalina.LifecycleException;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.springframework.web.context.support.XmlWebApplicationContext;
import org.springframework.web.filter.CharacterEncodingFilter;
import org.springframework.web.servlet.DispatcherServlet;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.EnumSet;

import javax.servlet.SessionTrackingMode;

/**
 * The shop's storefront web layer on a real servlet container: embedded Tomcat 9 on the loopback port chosen when
 * the shop booted (survey links point there), a
 * DispatcherServlet whose context (lk-it-servlet.xml, importing the module's bl-loyalty-kpi-servlet.xml as a
 * site does) is a child of the shared Broadleaf context. Started once per test JVM.
 */
public final class ShopWeb {

    private static ShopWeb web;

    private final Tomcat tomcat;
    private final int port;

    private ShopWeb(Tomcat tomcat, int port) {
        this.tomcat = tomcat;
        this.port = port;
    }

    public static synchronized ShopWeb on(BroadleafShop shop) throws LifecycleException, IOException {
        if (web == null) {
            web = start(shop);
        }
        return web;
    }

    private static ShopWeb start(BroadleafShop shop) throws LifecycleException, IOException {
        File base = Files.createTempDirectory("lk-tomcat").toFile();
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(base.getAbsolutePath());
        tomcat.setHostname("127.0.0.1");
        tomcat.getConnector().setPort(Integer.parseInt(System.getProperty("loyalty.it.webPort")));
        tomcat.getConnector().setProperty("address", "127.0.0.1");
        // the container's own error pages (a request line too long, say) without stack trace or server version
        ErrorReportValve errorPages = new ErrorReportValve();
        errorPages.setShowReport(false);
        errorPages.setShowServerInfo(false);
        tomcat.getHost().getPipeline().addValve(errorPages);
        StandardContext context = (StandardContext) tomcat.addContext("", base.getAbsolutePath());
        context.setClearReferencesObjectStreamClassCaches(false);
        context.setClearReferencesRmiTargets(false);
        // sessions by cookie only, as shops configure it (no session ids in URLs)
        context.addServletContainerInitializer((classes, servletContext) ->
                servletContext.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE)), null);

        FilterDef encoding = new FilterDef();
        encoding.setFilterName("encoding");
        CharacterEncodingFilter filter = new CharacterEncodingFilter();
        filter.setEncoding("UTF-8");
        filter.setForceEncoding(true);
        encoding.setFilter(filter);
        context.addFilterDef(encoding);
        FilterMap encodingMap = new FilterMap();
        encodingMap.setFilterName("encoding");
        encodingMap.addURLPattern("/*");
        context.addFilterMap(encodingMap);

        XmlWebApplicationContext servletContext = new XmlWebApplicationContext();
        servletContext.setParent(shop.context());
        servletContext.setConfigLocation("classpath:lk-it-servlet.xml");
        Tomcat.addServlet(context, "shop", new DispatcherServlet(servletContext)).setLoadOnStartup(1);
        context.addServletMappingDecoded("/", "shop");

        tomcat.start();
        final Tomcat started = tomcat;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                started.stop();
                started.destroy();
            } catch (LifecycleException e) {
                System.out.println("[loyalty-kpi] Tomcat did not stop cleanly: " + e.getMessage());
            }
        }));
        return new ShopWeb(tomcat, tomcat.getConnector().getLocalPort());
    }

    /** The storefront's address, such as http://127.0.0.1:41234 (no trailing slash). */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    Tomcat tomcat() {
        return tomcat;
    }
}
