package com.loyaltykpi.core.capture;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders read in full; orders that can never be read (the platform itself cannot load them), to be skipped with
 * their reason; and orders that could not be read this time, to be tried again by the next run.
 */
public final class LoadedOrders {

    private final List<PlatformOrder> orders = new ArrayList<PlatformOrder>();
    private final Map<String, String> unloadable = new LinkedHashMap<String, String>();
    private final Map<String, String> unreadable = new LinkedHashMap<String, String>();

    public void add(PlatformOrder order) {
        orders.add(order);
    }

    /** The platform cannot load this order (broken references in its own data): skip it for good. */
    public void unloadable(String orderId, String reason) {
        unloadable.put(orderId, reason);
    }

    /** A passing failure: try again next run. */
    public void unreadable(String orderId, String reason) {
        unreadable.put(orderId, reason);
    }

    public List<PlatformOrder> orders() {
        return orders;
    }

    public Map<String, String> unloadable() {
        return unloadable;
    }

    public Map<String, String> unreadable() {
        return unreadable;
    }
}
