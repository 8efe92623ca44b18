package com.loyaltykpi.broadleaf.membership;

import com.loyaltykpi.core.membership.Membership;
import com.loyaltykpi.core.membership.MembershipChange;
import com.loyaltykpi.core.membership.MembershipPeriod;
import com.loyaltykpi.core.membership.MembershipSource;
import com.loyaltykpi.core.membership.MembershipStore;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerPersistedEvent;
import org.springframework.context.ApplicationListener;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.TypedQuery;

/**
 * Keeps membership in line with what Broadleaf stores on its customers. A loyalty card number (attribute,
 * default name "loyaltyCardNumber") makes a registered customer a member; removing it ends a membership the
 * card began. A registration opt-in ("loyaltyOptIn" = "true") that never became a membership (its enrolment
 * failed) is enrolled as of the customer's creation date.
 *
 * <p>Two triggers: each customer save (Broadleaf publishes the event after commit, but only when the customer
 * row itself changed), and a periodic sweep over all customers, which also catches attribute edits that do not
 * touch the customer row (Broadleaf's admin edits attributes as entities of their own).
 */
public class CustomerMembershipSync implements ApplicationListener<CustomerPersistedEvent> {

    private static final Log LOG = LogFactory.getLog(CustomerMembershipSync.class);

    private final Membership membership;
    private final MembershipStore store;
    private final EntityManagerFactory emf;
    private final String optInAttribute;
    private final String cardAttribute;

    public CustomerMembershipSync(Membership membership, MembershipStore store, EntityManagerFactory emf,
                                  String optInAttribute, String cardAttribute) {
        this.membership = membership;
        this.store = store;
        this.emf = emf;
        this.optInAttribute = optInAttribute;
        this.cardAttribute = cardAttribute;
    }

    @Override
    public void onApplicationEvent(CustomerPersistedEvent event) {
        Customer customer = event.getCustomer();
        if (!customer.isRegistered()) {
            return;
        }
        String customerId = String.valueOf(customer.getId());
        try {
            boolean hasCard = !customersWithAttribute(cardAttribute, null, customer.getId()).isEmpty();
            applyCard(customerId, hasCard, membership.history(customerId).openPeriod());
        } catch (RuntimeException | Error e) {
            LOG.error("Loyalty: loyalty card of customer " + customerId + " not applied to membership; the next sweep will", e);
        }
    }

    /** Applies every customer's card and opt-in; returns how many memberships changed. */
    public int sweep() {
        int changed = 0;
        Set<String> withCard = customersWithAttribute(cardAttribute, null, null).keySet();
        Set<String> open = store.openMembers(null);
        for (String customerId : withCard) {
            if (!open.contains(customerId)) {
                changed += applyCard(customerId, true, null) ? 1 : 0;
            }
        }
        for (String customerId : store.openMembers(MembershipSource.LOYALTY_CARD)) {
            if (!withCard.contains(customerId)) {
                changed += membership.leave(customerId, MembershipSource.LOYALTY_CARD) == MembershipChange.LEFT ? 1 : 0;
            }
        }
        Map<String, Date> optedIn = customersWithAttribute(optInAttribute, "true", null);
        for (String customerId : withoutHistory(optedIn.keySet())) {
            Date created = optedIn.get(customerId);
            Instant at = created == null ? Instant.now() : Instant.ofEpochMilli(created.getTime());
            changed += membership.enrol(customerId, MembershipSource.REGISTRATION, at) == MembershipChange.ENROLLED ? 1 : 0;
        }
        if (changed > 0) {
            LOG.info("Loyalty: membership sweep changed " + changed + " memberships");
        }
        return changed;
    }

    private boolean applyCard(String customerId, boolean hasCard, MembershipPeriod open) {
        if (hasCard && open == null) {
            return membership.enrol(customerId, MembershipSource.LOYALTY_CARD) == MembershipChange.ENROLLED;
        }
        if (!hasCard && open != null && open.source() == MembershipSource.LOYALTY_CARD) {
            return membership.leave(customerId, MembershipSource.LOYALTY_CARD) == MembershipChange.LEFT;
        }
        return false;
    }

    private Set<String> withoutHistory(Set<String> customerIds) {
        Set<String> without = new HashSet<String>(customerIds);
        without.removeAll(store.historiesOf(customerIds).keySet());
        return without;
    }

    /**
     * Registered, active customers whose attribute has this value (case-insensitive; null: any non-blank value),
     * with their creation date: all of them, or only the one customer when an id is given.
     */
    private Map<String, Date> customersWithAttribute(String attribute, String value, Long onlyCustomer) {
        EntityManager em = emf.createEntityManager();
        try {
            // the value is compared here, not in JPQL: Hibernate 4.1 warns (HHH000174) on every TRIM(...) it parses
            String jpql = "SELECT a.customer.id, a.customer.auditable.dateCreated, a.value FROM CustomerAttributeImpl a "
                    + "WHERE a.name = :name AND a.value IS NOT NULL "
                    + "AND a.customer.registered = true AND (a.customer.deactivated IS NULL OR a.customer.deactivated = false)"
                    + (onlyCustomer == null ? "" : " AND a.customer.id = :id");
            TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class).setParameter("name", attribute);
            if (onlyCustomer != null) {
                query.setParameter("id", onlyCustomer);
            }
            Map<String, Date> found = new HashMap<String, Date>();
            for (Object[] row : query.getResultList()) {
                String stored = ((String) row[2]).trim();
                if (value == null ? !stored.isEmpty() : stored.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT))) {
                    found.put(String.valueOf(row[0]), (Date) row[1]);
                }
            }
            return found;
        } finally {
            em.close();
        }
    }
}
