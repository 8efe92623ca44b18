package com.loyaltykpi.broadleaf.privacy;

import com.loyaltykpi.core.privacy.PlatformOrderLookup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

/** Broadleaf's orders of a customer, of an e-mail address (guests give one at checkout) or with an order number. */
public class BroadleafOrderLookup implements PlatformOrderLookup {

    private static final String ORDERS = "SELECT o.id FROM org.broadleafcommerce.core.order.domain.OrderImpl o WHERE ";

    private final EntityManagerFactory emf;

    public BroadleafOrderLookup(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public List<String> ofCustomer(String customerId) {
        if (!customerId.matches("[0-9]{1,18}")) {
            return new ArrayList<String>();
        }
        return ids(ORDERS + "o.customer.id = :key", Long.valueOf(customerId));
    }

    @Override
    public List<String> withEmail(String email) {
        return ids(ORDERS + "LOWER(o.emailAddress) = :key", email.toLowerCase(Locale.ROOT));
    }

    @Override
    public List<String> withNumber(String orderNumber) {
        return ids(ORDERS + "o.orderNumber = :key", orderNumber);
    }

    private List<String> ids(String query, Object key) {
        EntityManager em = emf.createEntityManager();
        try {
            List<String> ids = new ArrayList<String>();
            for (Long id : em.createQuery(query, Long.class).setParameter("key", key).getResultList()) {
                ids.add(String.valueOf(id));
            }
            return ids;
        } finally {
            em.close();
        }
    }
}
