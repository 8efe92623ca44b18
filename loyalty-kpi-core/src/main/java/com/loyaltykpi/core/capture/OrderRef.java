package com.loyaltykpi.core.capture;

/** A platform order as listed before it is read in full, with its status when the listing knows it. */
public final class OrderRef {

    private final String orderId;
    private final boolean statusKnown;
    private final boolean cancelled;

    private OrderRef(String orderId, boolean statusKnown, boolean cancelled) {
        this.orderId = orderId;
        this.statusKnown = statusKnown;
        this.cancelled = cancelled;
    }

    /** An order listed with its status (submitted, or cancelled). */
    public static OrderRef listed(String orderId, boolean cancelled) {
        return new OrderRef(orderId, true, cancelled);
    }

    /** An order known by id only: it is read to learn its status. */
    public static OrderRef unknownStatus(String orderId) {
        return new OrderRef(orderId, false, false);
    }

    public String orderId() {
        return orderId;
    }

    public boolean statusKnown() {
        return statusKnown;
    }

    public boolean cancelled() {
        return cancelled;
    }
}
