package com.loyaltykpi.core.privacy;

/**
 * What the module keeps about a customer inside the platform's own data (Broadleaf: the offer group as a customer
 * attribute), removed when the customer is erased. Idempotent: removing what is gone changes nothing.
 */
public interface PlatformCopies {

    /** Removes the module's copies of the customer's data from the platform. */
    void remove(String customerId);
}
