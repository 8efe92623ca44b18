package com.loyaltykpi.core.membership;

/** The platform's customers, as far as membership needs them (a port that each platform adapter implements). */
public interface CustomerDirectory {

    /** Whether this id names a registered customer who may join: guests and unknown ids may not. */
    boolean isRegistered(String customerId);
}
