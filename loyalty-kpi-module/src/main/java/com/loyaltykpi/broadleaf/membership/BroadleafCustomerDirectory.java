package com.loyaltykpi.broadleaf.membership;

import com.loyaltykpi.core.membership.CustomerDirectory;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;

/** Broadleaf's customers: only registered, active customers may join (anonymous cart customers are guests). */
public class BroadleafCustomerDirectory implements CustomerDirectory {

    private final CustomerService customers;

    public BroadleafCustomerDirectory(CustomerService customers) {
        this.customers = customers;
    }

    @Override
    public boolean isRegistered(String customerId) {
        Long id = idOf(customerId);
        Customer customer = id == null ? null : customers.readCustomerById(id);
        return customer != null && customer.isRegistered() && !customer.isDeactivated();
    }

    private static Long idOf(String customerId) {
        try {
            return Long.valueOf(customerId);
        } catch (NumberFormatException notBroadleaf) {
            return null;
        }
    }
}
