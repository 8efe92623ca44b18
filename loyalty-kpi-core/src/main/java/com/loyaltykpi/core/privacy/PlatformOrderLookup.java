package com.loyaltykpi.core.privacy;

import java.util.List;

/**
 * Finds a person's orders in the platform, for requests that name a customer, an order number or an e-mail: each with
 * the origin of its facts (the Broadleaf module's own; the KPI server's sources'), so that an erasure reaches the
 * survey data of every source.
 */
public interface PlatformOrderLookup {

    /** The registered customer's orders (the module may hold facts of some of them). */
    List<OrderKey> ofCustomer(String customerId);

    /** The orders placed with this e-mail address (compared without case). */
    List<OrderKey> withEmail(String email);

    /** The orders with this order number (none, or one per origin). */
    List<OrderKey> withNumber(String orderNumber);
}
