package com.loyaltykpi.server.dashboard;

import com.loyaltykpi.core.dashboard.Dashboard;
import com.loyaltykpi.core.dashboard.DashboardPage;
import com.loyaltykpi.core.dashboard.Estimates;
import com.loyaltykpi.core.incrementality.EstimateConfiguration;
import com.loyaltykpi.core.incrementality.EstimateSettings;
import com.loyaltykpi.core.incrementality.IncrementalRevenue;
import com.loyaltykpi.core.kpi.KpiService;
import com.loyaltykpi.core.payoff.ProgramCosts;
import com.loyaltykpi.core.repurchase.Repurchases;
import com.loyaltykpi.core.settings.DataVersion;
import com.loyaltykpi.core.settings.SettingsStore;
import com.loyaltykpi.core.settings.ShopTimeZone;
import com.loyaltykpi.server.config.LoyaltyProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

/**
 * The dashboard's services, wired as the Broadleaf admin wires them: the same view model ({@link DashboardPage}), the
 * estimate computed in the background, the program's costs and the estimate's design kept in the settings table.
 */
@Configuration(proxyBeanMethods = false)
class DashboardServices {

    @Bean
    EstimateConfiguration lkEstimateConfiguration(SettingsStore settings) {
        return new EstimateConfiguration(settings, EstimateSettings.defaults());
    }

    @Bean
    IncrementalRevenue lkIncrementalRevenue(JdbcTemplate jdbc, ShopTimeZone timeZone, EstimateConfiguration configuration,
                                            Clock clock) {
        return new IncrementalRevenue(jdbc, timeZone, configuration, clock);
    }

    @Bean
    ProgramCosts lkProgramCosts(SettingsStore settings) {
        return new ProgramCosts(settings);
    }

    @Bean
    Repurchases lkRepurchases(JdbcTemplate jdbc, DataVersion dataVersion, Clock clock) {
        return new Repurchases(jdbc, dataVersion, clock);
    }

    @Bean
    Dashboard lkDashboard(KpiService kpis, Repurchases repurchases, ShopTimeZone timeZone, Clock clock) {
        return new Dashboard(kpis, repurchases, timeZone, clock);
    }

    @Bean(destroyMethod = "stop")
    Estimates lkEstimates(IncrementalRevenue incrementalRevenue, EstimateConfiguration configuration,
                          DataVersion dataVersion, Clock clock) {
        return new Estimates(incrementalRevenue, configuration, dataVersion, clock);
    }

    @Bean
    DashboardPage lkDashboardPage(Dashboard dashboard, Estimates estimates, ProgramCosts costs,
                                  LoyaltyProperties properties, Clock clock) {
        // no offer groups reach a shop from the server: no holdout comparison
        return new DashboardPage(dashboard, estimates, costs, properties.defaultCurrency(), clock, null);
    }
}
