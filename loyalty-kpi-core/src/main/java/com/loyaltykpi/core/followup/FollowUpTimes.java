package com.loyaltykpi.core.followup;

import com.loyaltykpi.core.period.Segment;

import java.time.Instant;

/** When a follow-up was opened and closed (null while open), and its segment: what its KPIs count. */
public final class FollowUpTimes {

    private final Segment segment;
    private final Instant openedAt;
    private final Instant closedAt;

    public FollowUpTimes(Segment segment, Instant openedAt, Instant closedAt) {
        this.segment = segment;
        this.openedAt = openedAt;
        this.closedAt = closedAt;
    }

    public Segment segment() {
        return segment;
    }

    public Instant openedAt() {
        return openedAt;
    }

    /** When it was closed, or null. */
    public Instant closedAt() {
        return closedAt;
    }
}
