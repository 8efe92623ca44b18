package com.loyaltykpi.broadleaf.mail;

import org.broadleafcommerce.common.email.domain.EmailTarget;
import org.broadleafcommerce.common.email.service.EmailService;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.common.locale.domain.LocaleImpl;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.springframework.context.MessageSource;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Locale;
import java.util.Map;

/**
 * Sends one of the module's e-mail templates with Broadleaf's e-mail service (the shop's mail sender and message
 * creator) in a given language: the template's messages and the subject (from the module's bundle) are rendered
 * in that language, as no shopper's request is there to give one; inside a platform transaction, so that the
 * template may read the shop's entities.
 */
public class TemplateMail {

    private final EmailService email;
    private final MessageSource messages;
    private final TransactionTemplate platformTransaction;

    public TemplateMail(EmailService email, MessageSource messages, TransactionTemplate platformTransaction) {
        this.email = email;
        this.messages = messages;
        this.platformTransaction = platformTransaction;
    }

    /** Sends it; Broadleaf's service throws when the mail server refuses it or cannot be reached. */
    public void send(final EmailTarget to, final EmailInfo template, final Locale locale, final String subjectKey,
                     final Object[] subjectArguments, final Map<String, Object> variables) {
        BroadleafRequestContext previous = BroadleafRequestContext.getBroadleafRequestContext();
        BroadleafRequestContext context = new BroadleafRequestContext();
        LocaleImpl language = new LocaleImpl();
        language.setLocaleCode(locale.toString());
        context.setLocale(language);
        BroadleafRequestContext.setBroadleafRequestContext(context);
        try {
            platformTransaction.execute(new TransactionCallbackWithoutResult() {
                @Override
                protected void doInTransactionWithoutResult(TransactionStatus status) {
                    EmailInfo info = template.clone();
                    info.setSubject(messages.getMessage(subjectKey, subjectArguments, locale));
                    email.sendTemplateEmail(to, info, variables);
                }
            });
        } finally {
            BroadleafRequestContext.setBroadleafRequestContext(previous);
        }
    }
}
