package com.loyaltykpi.broadleaf.capture;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * Orders whose checkout reached the module's activity, held by id until Broadleaf has committed them as
 * submitted (the checkout saves the order after its last activity). A checkout that fails later is dropped by
 * the rollback handler; one whose final save fails leaves an entry that expires. Either way no fact is ever
 * written for an order Broadleaf did not submit.
 */
public class PendingSubmissions {

    private static final long EXPIRY_NANOS = TimeUnit.MINUTES.toNanos(15);
    private static final int PURGE_ABOVE = 1000;

    private final ConcurrentMap<String, Long> heldSince = new ConcurrentHashMap<String, Long>();

    public void hold(String orderId) {
        if (heldSince.size() > PURGE_ABOVE) {
            purgeExpired();
        }
        heldSince.put(orderId, System.nanoTime());
    }

    /** Releases the order; false when it was not held (a later save, or not a checkout of this node). */
    public boolean release(String orderId) {
        return heldSince.remove(orderId) != null;
    }

    public void drop(String orderId) {
        heldSince.remove(orderId);
    }

    private void purgeExpired() {
        long now = System.nanoTime();
        for (Iterator<Map.Entry<String, Long>> it = heldSince.entrySet().iterator(); it.hasNext(); ) {
            if (now - it.next().getValue() > EXPIRY_NANOS) {
                it.remove();
            }
        }
    }
}
