package com.loyaltykpi.core.membership;

import java.util.Collection;
import java.util.Set;

/** Which customers were erased on request: they are never enrolled again. */
public interface ErasedCustomers {

    /** Whether the customer was erased. */
    boolean customerErased(String customerId);

    /** Those of these customers who were erased. */
    Set<String> erasedAmong(Collection<String> customerIds);
}
