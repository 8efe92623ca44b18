package com.loyaltykpi.server.survey;

import com.loyaltykpi.core.capture.OrderFactStore;
import com.loyaltykpi.core.followup.FollowUpStore;
import com.loyaltykpi.core.membership.MembershipStore;
import com.loyaltykpi.core.privacy.ErasureStore;
import com.loyaltykpi.core.settings.ClusterLock;
import com.loyaltykpi.core.settings.SettingsStore;
import com.loyaltykpi.core.survey.AnswerStore;
import com.loyaltykpi.core.survey.Answers;
import com.loyaltykpi.core.survey.InvitationStore;
import com.loyaltykpi.core.survey.Invitations;
import com.loyaltykpi.core.survey.RateLimiter;
import com.loyaltykpi.core.survey.SurveyChangeStore;
import com.loyaltykpi.core.survey.SurveyConfiguration;
import com.loyaltykpi.core.survey.SurveyLinks;
import com.loyaltykpi.core.survey.SurveyMailJob;
import com.loyaltykpi.core.survey.SurveyMailing;
import com.loyaltykpi.core.survey.SurveyReminders;
import com.loyaltykpi.core.survey.SurveySettings;
import com.loyaltykpi.core.survey.SurveyWaves;
import com.loyaltykpi.core.survey.TokenSecret;
import com.loyaltykpi.core.survey.page.SurveyPage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.ITemplateEngine;

import java.time.Clock;

/**
 * The surveys' services, wired as the Broadleaf module wires them (the same invitations, answer rules, waves and
 * reminders), with the server's own mailer and the customers' contacts the shop sends.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SurveyProperties.class)
public class SurveyServices {

    /** The stylesheet of the survey page, served from the core jar (as on the storefront). */
    static final String STYLESHEET = "/loyalty/static/survey.css";

    @Bean
    SurveyConfiguration lkSurveyConfiguration(SettingsStore settings, SurveyProperties properties) {
        return new SurveyConfiguration(settings, new SurveySettings(properties.capDays(), properties.samplingRate(),
                properties.waveIntervalDays(), properties.tokenLifetimeDays(), properties.commentMaxLength(),
                properties.reminderDays()));
    }

    @Bean
    InvitationStore lkInvitationStore(JdbcTemplate jdbc) {
        return new InvitationStore(jdbc);
    }

    @Bean
    AnswerStore lkAnswerStore(JdbcTemplate jdbc) {
        return new AnswerStore(jdbc);
    }

    @Bean
    SurveyChangeStore lkSurveyChangeStore(JdbcTemplate jdbc) {
        return new SurveyChangeStore(jdbc);
    }

    @Bean
    SurveyLinks lkSurveyLinks(SurveyProperties properties) {
        return new SurveyLinks(properties.baseUrl());
    }

    @Bean
    Invitations lkInvitations(InvitationStore store, SurveyChangeStore changes, MembershipStore memberships,
                              SurveyConfiguration configuration, TransactionTemplate lkNewTransaction, Clock clock,
                              ErasureStore erasures, SettingsStore settings) {
        return new Invitations(store, changes, memberships, configuration, lkNewTransaction, clock, erasures,
                new TokenSecret(settings, lkNewTransaction));
    }

    @Bean
    Answers lkAnswers(InvitationStore invitations, AnswerStore answers, SurveyChangeStore changes, FollowUpStore followUps,
                      SurveyConfiguration configuration, SurveyProperties properties,
                      TransactionTemplate lkNewTransaction, Clock clock) {
        return new Answers(invitations, answers, changes, followUps, configuration,
                new RateLimiter(properties.submissionsPerAddressPerMinute(), 60_000),
                new RateLimiter(properties.submissionsPerLinkPerMinute(), 60_000), lkNewTransaction, clock);
    }

    @Bean
    SurveyPage lkSurveyPage(Answers answers, SurveyConfiguration configuration) {
        return new SurveyPage(answers, configuration, STYLESHEET);
    }

    @Bean
    Contacts lkContacts(JdbcTemplate jdbc, TransactionTemplate lkNewTransaction) {
        return new Contacts(jdbc, lkNewTransaction);
    }

    @Bean
    SmtpMail lkSmtpMail(ObjectProvider<JavaMailSender> sender, ITemplateEngine templates, SurveyProperties properties) {
        return new SmtpMail(sender, templates, properties.mailFrom());
    }

    @Bean
    SurveyMailing lkSurveyMailing(InvitationStore store, Invitations invitations, Contacts contacts, SmtpMail mail,
                                  MessageSource messages, SurveyProperties properties, SurveyLinks links,
                                  TransactionTemplate lkNewTransaction, Clock clock) {
        return new SurveyMailing(store, invitations, new SmtpSurveyMailer(contacts, mail, messages,
                properties.mailLanguage()), links, lkNewTransaction, clock);
    }

    @Bean
    SurveyMailJob lkSurveyMailJob(InvitationStore store, Invitations invitations, MembershipStore memberships,
                                  OrderFactStore facts, SurveyMailing mailing, SurveyConfiguration configuration,
                                  SettingsStore settings, ClusterLock lock, TransactionTemplate lkNewTransaction,
                                  Clock clock, SurveyProperties properties) {
        SurveyWaves waves = new SurveyWaves(store, invitations, memberships, facts, mailing, configuration, settings,
                lock, lkNewTransaction, clock);
        return new SurveyMailJob(waves, properties.waves(),
                new SurveyReminders(store, mailing, configuration, clock));
    }
}
