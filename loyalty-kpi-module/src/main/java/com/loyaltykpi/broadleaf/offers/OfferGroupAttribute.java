package com.loyaltykpi.broadleaf.offers;

import com.loyaltykpi.broadleaf.membership.CustomerAttributes;
import com.loyaltykpi.core.offers.OfferGroupPublisher;
import com.loyaltykpi.core.privacy.PlatformCopies;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerImpl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

/**
 * Tells Broadleaf each changed customer's offer group as a customer attribute (default name "loyaltyOfferGroup"),
 * which an ordinary Broadleaf offer's customer rule reads (docs/CUSTOMERS.md shows the rule): set to the group for a
 * targeted customer, removed for a held-out customer or one without a group. Customer ids that are not Broadleaf's
 * (orders imported from elsewhere) are left alone. One transaction of its own per call. An erased customer's attribute
 * is removed ({@link PlatformCopies}).
 */
public class OfferGroupAttribute implements OfferGroupPublisher, PlatformCopies {

    private final EntityManagerFactory emf;
    private final String attribute;

    public OfferGroupAttribute(EntityManagerFactory emf, String attribute) {
        this.emf = emf;
        this.attribute = attribute;
    }

    /**
     * The customer rule (MVEL) of a Broadleaf offer for the customers of one offer group, as Broadleaf's offer engine
     * evaluates it with the cart's customer: put it in the offer's "customer" rule (BLC_OFFER_RULE, map key
     * CUSTOMER).
     */
    public static String customerRule(String attribute, String groupCode) {
        return "customer.?customerAttributes[\"" + attribute + "\"].?value == \"" + groupCode + "\"";
    }

    @Override
    public void remove(String customerId) {
        publish(Collections.<String, String>singletonMap(customerId, null));
    }

    @Override
    public void publish(Map<String, String> groupByCustomer) {
        List<Long> ids = new ArrayList<Long>();
        for (String customerId : groupByCustomer.keySet()) {
            if (customerId.matches("-?[0-9]{1,18}")) {
                ids.add(Long.valueOf(customerId));
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            List<CustomerImpl> customers = em.createQuery("SELECT c FROM CustomerImpl c WHERE c.id IN :ids",
                    CustomerImpl.class).setParameter("ids", ids).getResultList();
            for (Customer customer : customers) {
                String group = groupByCustomer.get(String.valueOf(customer.getId()));
                if (group == null) {
                    customer.getCustomerAttributes().remove(attribute);
                } else {
                    CustomerAttributes.set(customer, attribute, group);
                }
            }
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
