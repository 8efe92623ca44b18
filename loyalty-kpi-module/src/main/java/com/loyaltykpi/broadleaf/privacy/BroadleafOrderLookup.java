package com.loyaltykpi.broadleaf.privacy;

import com.loyaltykpi.core.privacy.OrderKey;
import com.loyaltykpi.core.privacy.PlatformOrderLookup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

/**
 * Broadleaf's orders of a customer, of an e-mail address (guests give one at checkout) or with an order number, with
 * the origin of the module's facts of Broadleaf's orders.
 */
public class BroadleafOrderLookup implements PlatformOrderLookup {

    private static final String ORDERS = "SELECT o.id FROM org.broadleafcommerce.core.order.domain.OrderImpl o WHERE ";

    private final EntityManagerFactory emf;
    private final String origin;

    public BroadleafOrderLookup(EntityManagerFactory emf, String origin) {
        this.emf = emf;
        this.origin = origin;
    }

    @Override
    public List<OrderKey> ofCustomer(String customerId) {
        if (!customerId.matches("[0-9]{1,18}")) {
            return new ArrayList<OrderKey>();
        }
        return ids(ORDERS + "o.customer.id = :key", Long.valueOf(customerId));
    }

    @Override
    public List<OrderKey> withEmail(String email) {
        return ids(ORDERS + "LOWER(o.emailAddress) = :key", email.toLowerCase(Locale.ROOT));
    }

    @Override
    public List<OrderKey> withNumber(String orderNumber) {
        return ids(ORDERS + "o.orderNumber = :key", orderNumber);
    }

    private List<OrderKey> ids(String query, Object key) {
        EntityManager em = emf.createEntityManager();
        try {
            List<OrderKey> ids = new ArrayList<OrderKey>();
            for (Long id : em.createQuery(query, Long.class).setParameter("key", key).getResultList()) {
                ids.add(new OrderKey(origin, String.valueOf(id)));
            }
            return ids;
        } finally {
            em.close();
        }
    }
}
