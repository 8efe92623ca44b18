package com.loyaltykpi.server.survey;

import com.loyaltykpi.core.survey.Invitation;
import com.loyaltykpi.core.survey.SurveyMail;
import com.loyaltykpi.core.survey.SurveyMailer;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Sends the survey e-mails (a wave's invitation, the one reminder) by SMTP ({@code spring.mail.*}) from the template
 * {@code loyalty-kpi/survey-wave-email} (the Broadleaf module's, from the core jar), in the customer's language (their contact's, else loyalty.survey.mail-language).
 * Reachable: customers whose contact the shop sent; nobody while no mail server is configured, so that a wave
 * invites no one rather than counting invitations that never left.
 */
public class SmtpSurveyMailer implements SurveyMailer {

    static final String TEMPLATE = "loyalty-kpi/survey-wave-email";
    private static final Logger LOG = LoggerFactory.getLogger(SmtpSurveyMailer.class);

    private final Contacts contacts;
    private final ObjectProvider<JavaMailSender> sender;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final SurveyProperties properties;

    public SmtpSurveyMailer(Contacts contacts, ObjectProvider<JavaMailSender> sender, ITemplateEngine templates,
                            MessageSource messages, SurveyProperties properties) {
        this.contacts = contacts;
        this.sender = sender;
        this.templates = templates;
        this.messages = messages;
        this.properties = properties;
    }

    @Override
    public Set<String> reachable(Collection<String> customerIds) {
        if (sender.getIfAvailable() == null) {
            LOG.warn("Loyalty: no mail server is configured (spring.mail.host); survey waves and reminders reach no "
                    + "one. Configure it, or set loyalty.survey.waves=false");
            return new HashSet<>();
        }
        return contacts.withAddress(customerIds);
    }

    @Override
    public void send(Invitation invitation, SurveyMail mail, String surveyLink) {
        JavaMailSender mailSender = sender.getIfAvailable();
        Contacts.Contact contact = contacts.of(invitation.customerId());
        if (mailSender == null || contact == null) {
            throw new IllegalStateException("invitation " + invitation.id() + " cannot be sent: "
                    + (mailSender == null ? "no mail server is configured" : "the customer's contact was removed"));
        }
        boolean reminder = mail == SurveyMail.REMINDER;
        Locale locale = Locale.forLanguageTag(contact.language() != null ? contact.language() : properties.mailLanguage());
        Context context = new Context(locale);
        context.setVariable("surveyLink", surveyLink);
        context.setVariable("reminder", reminder);
        try {
            MimeMessage message = mailSender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(properties.mailFrom());
            helper.setTo(contact.email());
            helper.setSubject(messages.getMessage(reminder ? "loyalty.survey.reminder.subject"
                    : "loyalty.survey.email.subject", null, locale));
            helper.setText(templates.process(TEMPLATE, context), true);
            mailSender.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("invitation " + invitation.id() + " could not be sent: " + e.getMessage(), e);
        }
    }
}
