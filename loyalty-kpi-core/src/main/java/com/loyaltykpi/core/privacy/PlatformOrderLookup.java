package com.loyaltykpi.core.privacy;

import java.util.List;

/** Finds a person's orders in the platform, for requests that name a customer, an order number or an e-mail. */
public interface PlatformOrderLookup {

    /** The platform's ids of the registered customer's orders (the module may hold facts of some of them). */
    List<String> ofCustomer(String customerId);

    /** The platform's ids of the orders placed with this e-mail address (compared without case). */
    List<String> withEmail(String email);

    /** The platform's ids of the orders with this order number (none, or one). */
    List<String> withNumber(String orderNumber);
}
