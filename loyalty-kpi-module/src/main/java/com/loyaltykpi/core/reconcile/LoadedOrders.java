package com.loyaltykpi.core.reconcile;

import com.loyaltykpi.core.capture.PlatformOrder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Orders read in full, and those that could not be read with the reason (they are tried again next run). */
public final class LoadedOrders {

    private final List<PlatformOrder> orders = new ArrayList<PlatformOrder>();
    private final Map<String, String> unreadable = new LinkedHashMap<String, String>();

    public void add(PlatformOrder order) {
        orders.add(order);
    }

    public void unreadable(String orderId, String reason) {
        unreadable.put(orderId, reason);
    }

    public List<PlatformOrder> orders() {
        return orders;
    }

    public Map<String, String> unreadable() {
        return unreadable;
    }
}
