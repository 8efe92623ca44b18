package com.loyaltykpi.server.data;

import com.loyaltykpi.core.audit.AuditLog;
import com.loyaltykpi.core.dashboard.Dashboard;
import com.loyaltykpi.core.imports.MembershipsImport;
import com.loyaltykpi.core.imports.OrdersImport;
import com.loyaltykpi.core.kpi.KpiService;
import com.loyaltykpi.core.rollup.Aggregator;
import com.loyaltykpi.core.rollup.BackgroundRebuild;
import com.loyaltykpi.core.screens.DataPage;
import com.loyaltykpi.server.config.LoyaltyProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

/** The data screen's services, wired as the Broadleaf admin wires them: the same {@link DataPage}. */
@Configuration(proxyBeanMethods = false)
class DataServices {

    @Bean
    AuditLog lkAuditLog(JdbcTemplate jdbc, Clock clock) {
        return new AuditLog(jdbc, clock);
    }

    @Bean
    BackgroundRebuild lkBackgroundRebuild(Aggregator aggregator, Clock clock) {
        return new BackgroundRebuild(aggregator, clock);
    }

    @Bean
    DataPage lkDataPage(AuditLog audit, BackgroundRebuild rebuild, OrdersImport orders, MembershipsImport memberships,
                        KpiService kpis, Dashboard dashboard, LoyaltyProperties properties) {
        return new DataPage(audit, rebuild, orders, memberships, kpis, dashboard, properties.defaultCurrency());
    }
}
