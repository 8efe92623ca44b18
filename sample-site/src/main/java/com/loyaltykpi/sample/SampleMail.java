package com.loyaltykpi.sample;

import org.broadleafcommerce.common.email.service.message.MessageCreator;
import org.broadleafcommerce.common.email.service.message.NullMessageCreator;
import org.broadleafcommerce.common.email.service.message.ThymeleafMessageCreator;
import org.springframework.beans.factory.FactoryBean;
import org.springframework.mail.javamail.JavaMailSender;
import org.thymeleaf.TemplateEngine;

/**
 * The sample storefront's e-mail: none by default (Broadleaf's NullMessageCreator: the module then invites no one
 * by e-mail and alerts no operator), or, with {@code -Dsample.smtp.port}, Broadleaf's Thymeleaf e-mails sent to the
 * SMTP server on that loopback port (a mail catcher on a developer's machine, the journey test's in-process one).
 */
public class SampleMail implements FactoryBean<MessageCreator> {

    private final TemplateEngine templates;
    private final JavaMailSender sender;
    private final boolean sending;

    /** @param smtpPort the port of the SMTP server, or empty for no e-mail */
    public SampleMail(TemplateEngine templates, JavaMailSender sender, String smtpPort) {
        this.templates = templates;
        this.sender = sender;
        this.sending = smtpPort != null && !smtpPort.trim().isEmpty();
    }

    @Override
    public MessageCreator getObject() {
        return sending ? new ThymeleafMessageCreator(templates, sender) : new NullMessageCreator(sender);
    }

    @Override
    public Class<?> getObjectType() {
        return MessageCreator.class;
    }

    @Override
    public boolean isSingleton() {
        return true;
    }
}
