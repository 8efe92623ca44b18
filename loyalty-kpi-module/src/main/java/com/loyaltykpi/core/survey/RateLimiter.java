package com.loyaltykpi.core.survey;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts attempts per key in fixed windows (one node's view: behind a load balancer, each node limits its share).
 * Bounded: windows that have ended are dropped when the map grows.
 */
public class RateLimiter {

    private static final int PURGE_ABOVE = 10000;

    private final int limit;
    private final long windowMillis;
    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<String, Window>();

    public RateLimiter(int limit, long windowMillis) {
        this.limit = limit;
        this.windowMillis = windowMillis;
    }

    /** Counts an attempt; false when the key has used up its attempts in the current window. */
    public boolean allow(String key, long nowMillis) {
        if (windows.size() > PURGE_ABOVE) {
            purge(nowMillis);
        }
        long windowStart = nowMillis - nowMillis % windowMillis;
        Window window = windows.get(key);
        if (window == null || window.start != windowStart) {
            window = new Window(windowStart);
            windows.put(key, window);
        }
        return window.count.incrementAndGet() <= limit;
    }

    /** Keys tracked now (for tests of the bound). */
    int size() {
        return windows.size();
    }

    private void purge(long nowMillis) {
        for (Iterator<Map.Entry<String, Window>> it = windows.entrySet().iterator(); it.hasNext(); ) {
            if (it.next().getValue().start + windowMillis <= nowMillis) {
                it.remove();
            }
        }
    }

    private static final class Window {
        final long start;
        final AtomicInteger count = new AtomicInteger();

        Window(long start) {
            this.start = start;
        }
    }
}
