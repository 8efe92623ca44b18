package com.loyaltykpi.server.ofbiz;

import com.loyaltykpi.it.TestDatabase;
import com.loyaltykpi.server.it.ServerDatabases;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** OFBiz on Apache Derby (its embedded default), in memory; the server on its embedded default. */
class OfbizDerbyIT extends OfbizScenarios {

    static JdbcTemplate ofbiz;

    @DynamicPropertySource
    static void databases(DynamicPropertyRegistry registry) {
        ServerDatabases.use(TestDatabase.HSQLDB, registry);
        String url = "jdbc:derby:memory:" + TestDatabase.uniqueName() + ";create=true";
        ofbiz = new JdbcTemplate(new DriverManagerDataSource(url));
        OfbizSchema.create(ofbiz, OfbizSchema.Dialect.DERBY);
        registry.add("loyalty.ofbiz.url", () -> url);
    }

    @Override
    JdbcTemplate ofbiz() {
        return ofbiz;
    }
}
