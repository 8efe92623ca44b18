package com.loyaltykpi.core.capture;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One batch of platform orders, from the platform's status to what will be written: new facts, facts to mark
 * cancelled, orders skipped with their reason, and orders that could not be read this time. Prepared outside
 * any transaction (reading and judging), then written all at once by {@link OrderRecorder}.
 */
public final class Chunk {

    private static final Log LOG = LogFactory.getLog(Chunk.class);

    final List<OrderFact> newFacts = new ArrayList<OrderFact>();
    final Map<PlatformOrder, String> skipped = new java.util.LinkedHashMap<PlatformOrder, String>();
    final Set<String> toCancel = new TreeSet<String>();
    private int unreadable;

    void unreadable(Map<String, String> reasons) {
        for (Map.Entry<String, String> entry : reasons.entrySet()) {
            LOG.warn("Loyalty: order id " + entry.getKey() + " could not be read, it stays missing: " + entry.getValue());
        }
        unreadable += reasons.size();
    }

    void skip(PlatformOrder order, String reason) {
        LOG.warn("Loyalty: order " + order.label() + " not recorded: " + reason);
        skipped.put(order, reason);
    }

    /** The new facts. */
    public List<OrderFact> newFacts() {
        return java.util.Collections.unmodifiableList(newFacts);
    }

    /** New facts written. */
    public int recorded() {
        return newFacts.size();
    }

    /** Facts that are cancelled now: marked cancelled, or recorded already cancelled. */
    public int cancelled() {
        int cancelled = toCancel.size();
        for (OrderFact fact : newFacts) {
            if (fact.status() == FactStatus.CANCELLED) {
                cancelled++;
            }
        }
        return cancelled;
    }

    public int skipped() {
        return skipped.size();
    }

    public int unreadable() {
        return unreadable;
    }
}
