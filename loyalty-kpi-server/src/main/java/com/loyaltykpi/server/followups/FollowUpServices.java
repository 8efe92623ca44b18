package com.loyaltykpi.server.followups;

import com.loyaltykpi.core.audit.AuditLog;
import com.loyaltykpi.core.followup.AlertRecipients;
import com.loyaltykpi.core.followup.FollowUpAlerts;
import com.loyaltykpi.core.followup.FollowUpStore;
import com.loyaltykpi.core.followup.FollowUps;
import com.loyaltykpi.core.screens.CustomerDirectory;
import com.loyaltykpi.core.screens.FollowUpsPage;
import com.loyaltykpi.core.settings.DataVersion;
import com.loyaltykpi.core.settings.SettingsStore;
import com.loyaltykpi.core.settings.ShopTimeZone;
import com.loyaltykpi.server.survey.Contacts;
import com.loyaltykpi.server.survey.SmtpMail;
import com.loyaltykpi.server.survey.SurveyProperties;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/**
 * The follow-ups of unhappy answers, wired as the Broadleaf module wires them: opened with the answer (the core's
 * answer rules), closed on the follow-ups screen, the operators listed in the settings alerted by SMTP.
 */
@Configuration(proxyBeanMethods = false)
class FollowUpServices {

    @Bean
    AlertRecipients lkAlertRecipients(SettingsStore settings, SurveyProperties properties) {
        return new AlertRecipients(settings, properties.alertRecipients());
    }

    @Bean
    FollowUpsPage lkFollowUpsPage(FollowUpStore store, DataVersion dataVersion, TransactionTemplate lkNewTransaction,
                                  Clock clock, AlertRecipients recipients, ShopTimeZone timeZone,
                                  CustomerDirectory customers, AuditLog audit) {
        return new FollowUpsPage(store, new FollowUps(store, dataVersion, lkNewTransaction, clock), recipients,
                timeZone, customers, audit);
    }

    @Bean
    FollowUpAlerts lkFollowUpAlerts(FollowUpStore store, AlertRecipients recipients, SmtpMail mail, Contacts contacts,
                                    MessageSource messages, SurveyProperties properties,
                                    TransactionTemplate lkNewTransaction, Clock clock) {
        return new FollowUpAlerts(store, recipients, new SmtpAlertMailer(mail, contacts, messages,
                properties.alertLanguage()), lkNewTransaction, clock);
    }
}
