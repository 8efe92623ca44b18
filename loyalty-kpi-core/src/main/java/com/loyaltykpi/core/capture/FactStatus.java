package com.loyaltykpi.core.capture;

/** Status of an order fact: a cancelled order counts nowhere. */
public enum FactStatus {
    SUBMITTED,
    CANCELLED
}
