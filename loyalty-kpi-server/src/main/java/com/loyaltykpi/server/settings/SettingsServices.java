package com.loyaltykpi.server.settings;

import com.loyaltykpi.core.audit.AuditLog;
import com.loyaltykpi.core.dashboard.Dashboard;
import com.loyaltykpi.core.followup.AlertRecipients;
import com.loyaltykpi.core.incrementality.EstimateConfiguration;
import com.loyaltykpi.core.membership.MembershipSources;
import com.loyaltykpi.core.payoff.ProgramCosts;
import com.loyaltykpi.core.screens.SettingsPage;
import com.loyaltykpi.core.settings.SettingsStore;
import com.loyaltykpi.core.settings.ShopTimeZone;
import com.loyaltykpi.core.survey.SurveyConfiguration;
import com.loyaltykpi.server.config.LoyaltyProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The settings screen's services, wired as the Broadleaf admin wires them: the same {@link SettingsPage}, for a host
 * without a storefront (no registration or account page sources; their stored values are kept as they are).
 */
@Configuration(proxyBeanMethods = false)
class SettingsServices {

    @Bean
    SettingsPage lkSettingsPage(ShopTimeZone timeZone, MembershipSources sources, SurveyConfiguration survey,
                                AlertRecipients recipients, EstimateConfiguration estimate, ProgramCosts costs,
                                Dashboard dashboard, LoyaltyProperties properties, AuditLog audit) {
        return new SettingsPage(timeZone, sources, survey, recipients, estimate, costs, dashboard,
                properties.defaultCurrency(), audit, false);
    }
}
