package com.loyaltykpi.core.privacy;

/** An order as the module's tables key it: where it came from (the facts' origin) and its id there. */
public final class OrderKey {

    private final String origin;
    private final String orderId;

    public OrderKey(String origin, String orderId) {
        this.origin = origin;
        this.orderId = orderId;
    }

    public String origin() {
        return origin;
    }

    public String orderId() {
        return orderId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrderKey && ((OrderKey) o).origin.equals(origin) && ((OrderKey) o).orderId.equals(orderId);
    }

    @Override
    public int hashCode() {
        return 31 * origin.hashCode() + orderId.hashCode();
    }

    @Override
    public String toString() {
        return origin + "/" + orderId;
    }
}
