package com.loyaltykpi.server.followups;

import com.loyaltykpi.core.followup.AlertMailer;
import com.loyaltykpi.core.followup.FollowUp;
import com.loyaltykpi.server.survey.Contacts;
import com.loyaltykpi.server.survey.SmtpMail;

import org.springframework.context.MessageSource;
import org.thymeleaf.context.Context;

import java.util.List;
import java.util.Locale;

/**
 * Alerts the operators about an unhappy answer by SMTP, from the Broadleaf module's template
 * {@code loyalty-kpi/follow-up-alert-email} (core jar): one e-mail to the first operator with the others in copy, in
 * loyalty.survey.alert-language; it names the order, the customer's e-mail address where the shop sent their
 * contact, the scores and the comment, so that an operator can reply.
 */
class SmtpAlertMailer implements AlertMailer {

    static final String TEMPLATE = "loyalty-kpi/follow-up-alert-email";

    private final SmtpMail mail;
    private final Contacts contacts;
    private final MessageSource messages;
    private final Locale locale;

    SmtpAlertMailer(SmtpMail mail, Contacts contacts, MessageSource messages, String language) {
        this.mail = mail;
        this.contacts = contacts;
        this.messages = messages;
        this.locale = Locale.forLanguageTag(language);
    }

    /** Not while no mail server is configured: no alert is claimed, so none is marked sent without being sent. */
    @Override
    public boolean canSend() {
        return mail.available();
    }

    @Override
    public void send(List<String> recipients, FollowUp followUp) {
        FollowUp.Answer answer = followUp.answer();
        Contacts.Contact contact = answer.customerId() == null ? null : contacts.of(answer.customerId());
        Context context = new Context(locale);
        context.setVariable("followUp", followUp);
        context.setVariable("answer", answer);
        context.setVariable("contact", contact == null ? null : contact.email());
        mail.send(recipients, messages.getMessage("loyalty.followUp.email.subject",
                new Object[] {answer.satisfaction()}, locale), TEMPLATE, context);
    }
}
