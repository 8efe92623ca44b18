package com.loyaltykpi.broadleaf.membership;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAttribute;

/** Reads a customer attribute of the module (the registration opt-in flag) from the entity in hand. */
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
