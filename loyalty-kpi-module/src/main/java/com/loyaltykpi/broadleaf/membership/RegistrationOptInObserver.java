package com.loyaltykpi.broadleaf.membership;

import com.loyaltykpi.core.membership.Membership;
import com.loyaltykpi.core.membership.MembershipSource;
import com.loyaltykpi.core.support.AfterCommit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.broadleafcommerce.profile.core.service.listener.PostRegistrationObserver;

/**
 * Enrols a customer who ticked "join our loyalty program" on Broadleaf's registration form: the form stores
 * the customer attribute (default name "loyaltyOptIn") with the value "true". Enrolment happens after the
 * registration commits; it never fails the registration.
 */
public class RegistrationOptInObserver implements PostRegistrationObserver {

    private static final Log LOG = LogFactory.getLog(RegistrationOptInObserver.class);

    private final Membership membership;
    private final String optInAttribute;

    public RegistrationOptInObserver(Membership membership, String optInAttribute, CustomerService customers) {
        this.membership = membership;
        this.optInAttribute = optInAttribute;
        customers.addPostRegisterListener(this);
    }

    @Override
    public void processRegistrationEvent(Customer customer) {
        if (!Boolean.parseBoolean(CustomerAttributes.valueOf(customer, optInAttribute))) {
            return;
        }
        final String customerId = String.valueOf(customer.getId());
        AfterCommit.run(new Runnable() {
            @Override
            public void run() {
                membership.enrol(customerId, MembershipSource.REGISTRATION);
            }
        }, LOG, "customer " + customerId + " opted in at registration but was not enrolled; the membership sweep will enrol them");
    }
}
