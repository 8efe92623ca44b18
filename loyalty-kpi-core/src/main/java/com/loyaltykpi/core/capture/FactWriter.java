package com.loyaltykpi.core.capture;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The one writer of order facts: live capture, reconciliation and backfill (through {@link OrderRecorder}), the
 * orders import and the memberships import's re-stamping all write through it. Every write goes with the change
 * rows the rollups apply, in the caller's transaction, so the rollups always equal the facts once applied.
 */
public class FactWriter {

    private final OrderFactStore facts;
    private final FactChangeStore changes;

    public FactWriter(OrderFactStore facts, FactChangeStore changes) {
        this.facts = facts;
        this.changes = changes;
    }

    /** New facts, counted in when submitted. */
    public void insert(List<OrderFact> newFacts, Instant now) {
        facts.insertAll(newFacts, now);
        changes.countIn(newFacts, now);
    }

    /**
     * Facts of this origin replaced by new figures (a corrected import row, a new member flag): the old figures
     * counted out, the new ones in.
     */
    public void replace(String origin, List<OrderFact> replacements, Instant now) {
        List<String> ids = new ArrayList<String>();
        for (OrderFact fact : replacements) {
            ids.add(fact.orderId());
        }
        changes.countOut(origin, ids, now);
        facts.updateAll(replacements, now);
        changes.countIn(replacements, now);
    }

    /** Marks an order's fact cancelled and counts it out; false when there is no fact or it was cancelled already. */
    public boolean cancel(String origin, String orderId, Instant now) {
        if (!facts.markCancelled(origin, orderId, now)) {
            return false;
        }
        changes.countCancelled(origin, orderId, now);
        return true;
    }
}
