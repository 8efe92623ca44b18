package com.loyaltykpi.core.survey;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts attempts per key in fixed windows (one node's view: behind a load balancer, each node limits its share).
 * Each attempt is counted atomically (two requests at once never both take the last one), and the memory stays
 * bounded whatever the number of keys: at most {@code maxKeys} are tracked, the oldest evicted first (a flood of
 * new keys can only reset old counts, never grow the heap).
 */
public class RateLimiter {

    /** Keys tracked at most by default: a few megabytes. */
    public static final int DEFAULT_MAX_KEYS = 100_000;

    private final int limit;
    private final long windowMillis;
    private final int maxKeys;
    private final Map<String, Window> windows = new LinkedHashMap<String, Window>();

    public RateLimiter(int limit, long windowMillis) {
        this(limit, windowMillis, DEFAULT_MAX_KEYS);
    }

    public RateLimiter(int limit, long windowMillis, int maxKeys) {
        this.limit = limit;
        this.windowMillis = windowMillis;
        this.maxKeys = Math.max(1, maxKeys);
    }

    /** Counts an attempt; false when the key has used up its attempts in the current window. */
    public synchronized boolean allow(String key, long nowMillis) {
        long windowStart = nowMillis - nowMillis % windowMillis;
        Window window = windows.get(key);
        if (window == null || window.start != windowStart) {
            windows.remove(key); // re-inserted last: the map stays ordered by window start
            window = new Window(windowStart);
            windows.put(key, window);
            evict(nowMillis);
        }
        return ++window.count <= limit;
    }

    /** Keys tracked now (for tests of the bound). */
    synchronized int size() {
        return windows.size();
    }

    /** Drops ended windows from the oldest on, and the oldest keys beyond the bound. */
    private void evict(long nowMillis) {
        for (Iterator<Window> it = windows.values().iterator(); it.hasNext(); ) {
            Window oldest = it.next();
            if (windows.size() <= maxKeys && oldest.start + windowMillis > nowMillis) {
                return;
            }
            it.remove();
        }
    }

    private static final class Window {
        final long start;
        int count;

        Window(long start) {
            this.start = start;
        }
    }
}
