package com.loyaltykpi.broadleaf.membership;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAttribute;

/** Reads the module's customer attributes (the opt-in flag, the loyalty card number). */
final class CustomerAttributes {

    private CustomerAttributes() {
    }

    /** The trimmed value of the attribute, or null when absent or blank. */
    static String valueOf(Customer customer, String name) {
        CustomerAttribute attribute = customer.getCustomerAttributes() == null
                ? null : customer.getCustomerAttributes().get(name);
        String value = attribute == null ? null : attribute.getValue();
        return value == null || value.trim().isEmpty() ? null : value.trim();
    }
}
