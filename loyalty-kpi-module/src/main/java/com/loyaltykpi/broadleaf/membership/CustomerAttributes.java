package com.loyaltykpi.broadleaf.membership;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAttribute;
import org.broadleafcommerce.profile.core.domain.CustomerAttributeImpl;

/**
 * The customer attributes the module reads (the registration opt-in flag, the loyalty card number) on the entity
 * in hand: read here, and set by a site's registration and account pages.
 */
public final class CustomerAttributes {

    private CustomerAttributes() {
    }

    /** The trimmed value of the attribute, or null when absent or blank. */
    public static String valueOf(Customer customer, String name) {
        CustomerAttribute attribute = customer.getCustomerAttributes() == null
                ? null : customer.getCustomerAttributes().get(name);
        String value = attribute == null ? null : attribute.getValue();
        return value == null || value.trim().isEmpty() ? null : value.trim();
    }

    /** Sets the attribute (creating it when absent); the caller saves the customer. */
    public static void set(Customer customer, String name, String value) {
        CustomerAttribute attribute = customer.getCustomerAttributes().get(name);
        if (attribute == null) {
            attribute = new CustomerAttributeImpl();
            attribute.setName(name);
            attribute.setCustomer(customer);
            customer.getCustomerAttributes().put(name, attribute);
        }
        attribute.setValue(value);
    }
}
