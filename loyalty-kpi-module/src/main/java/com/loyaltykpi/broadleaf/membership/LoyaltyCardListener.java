package com.loyaltykpi.broadleaf.membership;

import com.loyaltykpi.core.membership.Membership;
import com.loyaltykpi.core.membership.MembershipPeriod;
import com.loyaltykpi.core.membership.MembershipSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerPersistedEvent;
import org.springframework.context.ApplicationListener;

/**
 * A loyalty card number stored on the customer (attribute, default name "loyaltyCardNumber") makes them a
 * member; removing the number ends a membership that the card began. Runs after the customer save commits.
 */
public class LoyaltyCardListener implements ApplicationListener<CustomerPersistedEvent> {

    private static final Log LOG = LogFactory.getLog(LoyaltyCardListener.class);

    private final Membership membership;
    private final String cardAttribute;

    public LoyaltyCardListener(Membership membership, String cardAttribute) {
        this.membership = membership;
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
            boolean hasCard = CustomerAttributes.valueOf(customer, cardAttribute) != null;
            MembershipPeriod open = membership.history(customerId).openPeriod();
            if (hasCard && open == null) {
                membership.enrol(customerId, MembershipSource.LOYALTY_CARD);
            } else if (!hasCard && open != null && open.source() == MembershipSource.LOYALTY_CARD) {
                membership.leave(customerId, MembershipSource.LOYALTY_CARD);
            }
        } catch (RuntimeException | Error e) {
            LOG.error("Loyalty: loyalty card of customer " + customerId + " not applied to membership", e);
        }
    }
}
