package com.loyaltykpi.server.survey;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.util.List;

/**
 * The server's e-mails (survey invitations and reminders, operators' alerts): a template of the core jar rendered in
 * the recipient's language, sent as HTML by SMTP ({@code spring.mail.*}) from loyalty.survey.mail-from.
 */
public class SmtpMail {

    private final ObjectProvider<JavaMailSender> sender;
    private final ITemplateEngine templates;
    private final String from;

    public SmtpMail(ObjectProvider<JavaMailSender> sender, ITemplateEngine templates, String from) {
        this.sender = sender;
        this.templates = templates;
        this.from = from;
    }

    /** Whether a mail server is configured (spring.mail.host). */
    public boolean available() {
        return sender.getIfAvailable() != null;
    }

    /**
     * Sends the rendered template to the first address, the others in copy; throws when it could not be sent (the
     * caller's claim is given back and the e-mail retried).
     */
    public void send(List<String> to, String subject, String template, Context context) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            throw new IllegalStateException("no mail server is configured (spring.mail.host)");
        }
        try {
            MimeMessage message = mailSender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to.get(0));
            if (to.size() > 1) {
                helper.setCc(to.subList(1, to.size()).toArray(new String[0]));
            }
            helper.setSubject(subject);
            helper.setText(templates.process(template, context), true);
            mailSender.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("the e-mail could not be sent: " + e.getMessage(), e);
        }
    }
}
