package com.loyaltykpi.server.survey;

import com.loyaltykpi.core.survey.Invitation;
import com.loyaltykpi.core.survey.SurveyMail;
import com.loyaltykpi.core.survey.SurveyMailer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.thymeleaf.context.Context;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sends the survey e-mails (a wave's invitation, the one reminder) by SMTP from the template
 * {@code loyalty-kpi/survey-wave-email} (the Broadleaf module's, from the core jar), in the customer's language (their
 * contact's, else loyalty.survey.mail-language). Reachable: customers whose contact the shop sent; nobody while no
 * mail server is configured, so that a wave invites no one rather than counting invitations that never left.
 */
public class SmtpSurveyMailer implements SurveyMailer {

    static final String TEMPLATE = "loyalty-kpi/survey-wave-email";
    private static final Logger LOG = LoggerFactory.getLogger(SmtpSurveyMailer.class);

    private final Contacts contacts;
    private final SmtpMail mail;
    private final MessageSource messages;
    private final String defaultLanguage;

    public SmtpSurveyMailer(Contacts contacts, SmtpMail mail, MessageSource messages, String defaultLanguage) {
        this.contacts = contacts;
        this.mail = mail;
        this.messages = messages;
        this.defaultLanguage = defaultLanguage;
    }

    @Override
    public Set<String> reachable(Collection<String> customerIds) {
        if (!mail.available()) {
            LOG.warn("Loyalty: no mail server is configured (spring.mail.host); survey waves and reminders reach no "
                    + "one. Configure it, or set loyalty.survey.waves=false");
            return new HashSet<>();
        }
        return contacts.withAddress(customerIds);
    }

    @Override
    public void send(Invitation invitation, SurveyMail kind, String surveyLink) {
        Contacts.Contact contact = contacts.of(invitation.customerId());
        if (contact == null) {
            throw new IllegalStateException("invitation " + invitation.id() + " cannot be sent: the customer's "
                    + "contact was removed");
        }
        boolean reminder = kind == SurveyMail.REMINDER;
        Locale locale = Locale.forLanguageTag(contact.language() != null ? contact.language() : defaultLanguage);
        Context context = new Context(locale);
        context.setVariable("surveyLink", surveyLink);
        context.setVariable("reminder", reminder);
        String subject = messages.getMessage(reminder ? "loyalty.survey.reminder.subject"
                : "loyalty.survey.email.subject", null, locale);
        mail.send(List.of(contact.email()), subject, TEMPLATE, context);
    }
}
