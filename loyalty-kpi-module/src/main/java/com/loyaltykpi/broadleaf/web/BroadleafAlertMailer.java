package com.loyaltykpi.broadleaf.web;

import com.loyaltykpi.broadleaf.mail.TemplateMail;
import com.loyaltykpi.core.followup.AlertMailer;
import com.loyaltykpi.core.followup.FollowUp;

import org.broadleafcommerce.common.email.domain.EmailTargetImpl;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.common.email.service.message.MessageCreator;
import org.broadleafcommerce.common.email.service.message.NullMessageCreator;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.util.StringUtils;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Alerts the operators about an unhappy answer with Broadleaf's e-mail service, from the module's template
 * {@code loyalty-kpi/follow-up-alert-email}: one e-mail to the first operator with the others in copy, in the
 * operators' language ({@code loyalty.survey.alertLocale}); it names the order, the customer's e-mail address (a
 * registered customer's, or the guest order's), the scores and the comment, so that an operator can reply.
 */
public class BroadleafAlertMailer implements AlertMailer {

    private final TemplateMail templateMail;
    private final MessageCreator messageCreator;
    private final EmailInfo template;
    private final CustomerService customers;
    private final OrderService orders;
    private final Locale locale;

    /** @param localeCode the operators' language, such as en, it or de */
    public BroadleafAlertMailer(TemplateMail templateMail, MessageCreator messageCreator, EmailInfo template,
                                CustomerService customers, OrderService orders, String localeCode) {
        this.templateMail = templateMail;
        this.messageCreator = messageCreator;
        this.template = template;
        this.customers = customers;
        this.orders = orders;
        this.locale = StringUtils.parseLocaleString(localeCode);
    }

    /** Not while the shop (or this webapp) sends no e-mail: Broadleaf's NullMessageCreator would drop the alert. */
    @Override
    public boolean canSend() {
        return !(messageCreator instanceof NullMessageCreator);
    }

    @Override
    public void send(List<String> recipients, FollowUp followUp) {
        Map<String, Object> variables = new HashMap<String, Object>();
        variables.put("followUp", followUp);
        variables.put("answer", followUp.answer());
        variables.put("contact", contactOf(followUp.answer()));
        EmailTargetImpl to = new EmailTargetImpl();
        to.setEmailAddress(recipients.get(0));
        if (recipients.size() > 1) {
            to.setCCAddresses(recipients.subList(1, recipients.size()).toArray(new String[0]));
        }
        templateMail.send(to, template, locale, "loyalty.followUp.email.subject",
                new Object[] {followUp.answer().satisfaction()}, variables);
    }

    /** The customer's e-mail address, or the guest order's; null when neither is known (erased, or a wave). */
    private String contactOf(FollowUp.Answer answer) {
        if (answer.customerId() != null && answer.customerId().matches("[0-9]{1,18}")) {
            Customer customer = customers.readCustomerById(Long.valueOf(answer.customerId()));
            if (customer != null && customer.getEmailAddress() != null) {
                return customer.getEmailAddress();
            }
        }
        if (answer.orderId() != null && answer.orderId().matches("[0-9]{1,18}")) {
            Order order = orders.findOrderById(Long.valueOf(answer.orderId()));
            return order == null ? null : order.getEmailAddress();
        }
        return null;
    }
}
