package com.loyaltykpi.server.ofbiz;

import com.loyaltykpi.core.capture.FactSync;
import com.loyaltykpi.core.imports.MembershipsImport;
import com.loyaltykpi.core.settings.ClusterLock;
import com.loyaltykpi.core.settings.SettingsStore;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.Clock;

/**
 * The OFBiz connector, when {@code loyalty.ofbiz.url} is set: a small read-only pool on OFBiz's database (not a
 * DataSource bean, which would take the server's own database's place) and the sync job.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("loyalty.ofbiz.url")
class OfbizConfiguration {

    /** OFBiz's connections, closed with the context. */
    static final class OfbizPool implements AutoCloseable {
        final HikariDataSource dataSource;

        OfbizPool(HikariDataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public void close() {
            dataSource.close();
        }
    }

    @Bean
    OfbizPool lkOfbizPool(OfbizProperties properties) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("ofbiz");
        pool.setJdbcUrl(properties.url());
        pool.setUsername(properties.username());
        pool.setPassword(properties.password());
        pool.setReadOnly(true);
        pool.setMaximumPoolSize(2);
        pool.setInitializationFailTimeout(-1); // OFBiz's database may be down at startup: the runs say so
        return new OfbizPool(pool);
    }

    @Bean
    OfbizSync lkOfbizSync(OfbizPool lkOfbizPool, MembershipsImport memberships, FactSync sync, ClusterLock lock,
                          SettingsStore settings, Clock clock, OfbizProperties properties) {
        NamedParameterJdbcTemplate ofbiz = new NamedParameterJdbcTemplate(lkOfbizPool.dataSource);
        return new OfbizSync(new OfbizOrders(ofbiz),
                new OfbizMembers(ofbiz, properties.memberClassification(), properties.memberAttribute()), memberships, sync, lock, settings, clock, properties.pageSize(), properties.overlap());
    }
}
