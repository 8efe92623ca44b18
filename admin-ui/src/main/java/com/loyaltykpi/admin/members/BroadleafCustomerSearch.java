package com.loyaltykpi.admin.members;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAttribute;

import com.loyaltykpi.core.screens.CustomerDirectory;
import com.loyaltykpi.core.screens.CustomerSummary;

/**
 * Finds registered Broadleaf customers by name, e-mail or loyalty card number (the customer attribute the module
 * reads cards from). Case-insensitive; a card number must match whole. Reads through the request's open
 * EntityManager (the admin's open-entity-manager-in-view filter).
 */
public class BroadleafCustomerSearch implements CustomerDirectory {

    /** A Broadleaf customer id: a number. */
    private static final Pattern CUSTOMER_ID = Pattern.compile("[0-9]{1,18}");

    @PersistenceContext(unitName = "blPU")
    private EntityManager em;

    private final String cardAttribute;

    public BroadleafCustomerSearch(String cardAttribute) {
        this.cardAttribute = cardAttribute;
    }

    @Override
    public boolean isId(String text) {
        return text != null && CUSTOMER_ID.matcher(text).matches();
    }

    @Override
    public boolean contacts() {
        return true;
    }

    @Override
    public List<CustomerSummary> find(String text) {
        String query = text == null ? "" : text.trim();
        if (query.isEmpty()) {
            return new ArrayList<CustomerSummary>();
        }
        // '!' escapes the wildcards: a backslash would be read differently by MariaDB and PostgreSQL
        String pattern = "%" + query.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        List<Customer> found = em.createQuery("SELECT c FROM org.broadleafcommerce.profile.core.domain.Customer c "
                + "WHERE c.registered = true AND (LOWER(c.firstName) LIKE :p ESCAPE '!' OR LOWER(c.lastName) LIKE :p ESCAPE '!' "
                + "OR LOWER(CONCAT(CONCAT(c.firstName, ' '), c.lastName)) LIKE :p ESCAPE '!' "
                + "OR LOWER(c.emailAddress) LIKE :p ESCAPE '!' "
                + "OR c.id IN (SELECT a.customer.id FROM org.broadleafcommerce.profile.core.domain.CustomerAttribute a "
                + "WHERE a.name = :card AND a.value = :exact)) ORDER BY c.lastName, c.firstName, c.id", Customer.class)
                .setParameter("p", pattern).setParameter("card", cardAttribute).setParameter("exact", query)
                .setMaxResults(LIMIT).getResultList();
        List<CustomerSummary> summaries = new ArrayList<CustomerSummary>();
        for (Customer customer : found) {
            summaries.add(summary(customer));
        }
        return summaries;
    }

    /** The names of these customers (ids that are not numbers or not customers are left out). */
    @Override
    public Map<String, String> namesOf(Collection<String> ids) {
        List<Long> keys = new ArrayList<Long>();
        for (String id : ids) {
            try {
                keys.add(Long.valueOf(id));
            } catch (NumberFormatException e) {
                // not a Broadleaf customer id: no name
            }
        }
        Map<String, String> names = new HashMap<String, String>();
        if (keys.isEmpty()) {
            return names;
        }
        for (Customer customer : em.createQuery("SELECT c FROM org.broadleafcommerce.profile.core.domain.Customer c "
                + "WHERE c.id IN (:ids)", Customer.class).setParameter("ids", keys).getResultList()) {
            names.put(String.valueOf(customer.getId()), summary(customer).getName());
        }
        return names;
    }

    /** The customer with this id, or null when there is none (or the id is not a number). */
    @Override
    public CustomerSummary byId(String id) {
        Long key;
        try {
            key = Long.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
        Customer customer = em.find(org.broadleafcommerce.profile.core.domain.CustomerImpl.class, key);
        return customer == null ? null : summary(customer);
    }

    private CustomerSummary summary(Customer customer) {
        CustomerAttribute card = customer.getCustomerAttributes().get(cardAttribute);
        String name = ((customer.getFirstName() == null ? "" : customer.getFirstName()) + " "
                + (customer.getLastName() == null ? "" : customer.getLastName())).trim();
        return new CustomerSummary(String.valueOf(customer.getId()), name, customer.getEmailAddress(),
                card == null ? null : card.getValue());
    }
}
