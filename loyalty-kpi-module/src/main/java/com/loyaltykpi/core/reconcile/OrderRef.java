package com.loyaltykpi.core.reconcile;

/** A submitted or cancelled platform order, as listed before it is read in full. */
public final class OrderRef {

    private final String orderId;
    private final boolean cancelled;

    public OrderRef(String orderId, boolean cancelled) {
        this.orderId = orderId;
        this.cancelled = cancelled;
    }

    public String orderId() {
        return orderId;
    }

    public boolean cancelled() {
        return cancelled;
    }
}
