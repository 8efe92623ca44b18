package com.loyaltykpi.core.membership;

/** Which customers were erased on request: they are never enrolled again. */
public interface ErasedCustomers {

    /** Whether the customer was erased. */
    boolean customerErased(String customerId);
}
