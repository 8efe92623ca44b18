package com.loyaltykpi.broadleaf.web;

import com.loyaltykpi.broadleaf.mail.TemplateMail;
import com.loyaltykpi.core.support.Chunks;
import com.loyaltykpi.core.survey.Invitation;
import com.loyaltykpi.core.survey.SurveyMail;
import com.loyaltykpi.core.survey.SurveyMailer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.email.domain.EmailTargetImpl;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.common.email.service.message.MessageCreator;
import org.broadleafcommerce.common.email.service.message.NullMessageCreator;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.util.StringUtils;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

/**
 * Sends the module's survey e-mails (a relationship wave's invitation, the one reminder) with Broadleaf's e-mail
 * service (the shop's mail sender and message creator), from the module's template
 * {@code loyalty-kpi/survey-wave-email}, in the language configured for the module's e-mails (Broadleaf 3.1 keeps
 * no language per customer). Reachable: registered, active customers with an address, and nobody while the shop
 * sends no e-mail (Broadleaf's NullMessageCreator): a wave then invites no one rather than counting invitations
 * that never left, and no reminder goes out.
 */
public class BroadleafSurveyMailer implements SurveyMailer {

    private final EntityManagerFactory emf;
    private final CustomerService customers;
    private static final Log LOG = LogFactory.getLog(BroadleafSurveyMailer.class);

    private final TemplateMail templateMail;
    private final MessageCreator messageCreator;
    private final EmailInfo template;
    private final Locale locale;

    /**
     * @param template     the sender address and template of the wave e-mail (its subject comes from the bundle)
     * @param localeCode   the language of wave e-mails, such as en, it_IT or de
     */
    public BroadleafSurveyMailer(EntityManagerFactory emf, CustomerService customers, TemplateMail templateMail,
                                 MessageCreator messageCreator, EmailInfo template, String localeCode) {
        this.emf = emf;
        this.customers = customers;
        this.templateMail = templateMail;
        this.messageCreator = messageCreator;
        this.template = template;
        this.locale = StringUtils.parseLocaleString(localeCode);
    }

    @Override
    public Set<String> reachable(Collection<String> customerIds) {
        if (messageCreator instanceof NullMessageCreator) {
            LOG.warn("Loyalty: the shop sends no e-mail (blMessageCreator is Broadleaf's NullMessageCreator); the survey "
                    + "wave invites no one. Configure the shop's e-mail, or set loyalty.survey.waves=false");
            return new HashSet<String>();
        }
        List<Long> ids = new ArrayList<Long>();
        for (String id : customerIds) {
            if (id.matches("[0-9]{1,18}")) {
                ids.add(Long.valueOf(id));
            }
        }
        Set<String> reachable = new HashSet<String>();
        EntityManager em = emf.createEntityManager();
        try {
            for (List<Long> chunk : Chunks.of(ids)) {
                List<Long> found = em.createQuery("SELECT c.id FROM org.broadleafcommerce.profile.core.domain.CustomerImpl c "
                        + "WHERE c.id IN (:ids) AND c.emailAddress IS NOT NULL AND c.registered = true "
                        + "AND (c.deactivated IS NULL OR c.deactivated = false)", Long.class)
                        .setParameter("ids", chunk).getResultList();
                for (Long id : found) {
                    reachable.add(String.valueOf(id));
                }
            }
        } finally {
            em.close();
        }
        return reachable;
    }

    @Override
    public void send(Invitation invitation, SurveyMail mail, String surveyLink) {
        Customer customer = customers.readCustomerById(Long.valueOf(invitation.customerId()));
        if (customer == null || customer.getEmailAddress() == null) {
            throw new IllegalStateException("customer " + invitation.customerId() + " has no e-mail address");
        }
        boolean reminder = mail == SurveyMail.REMINDER;
        Map<String, Object> variables = new HashMap<String, Object>();
        variables.put("customer", customer);
        variables.put("surveyLink", surveyLink);
        variables.put("reminder", reminder);
        EmailTargetImpl to = new EmailTargetImpl();
        to.setEmailAddress(customer.getEmailAddress());
        templateMail.send(to, template, locale, reminder ? "loyalty.survey.reminder.subject" : "loyalty.survey.email.subject",
                null, variables);
    }
}
