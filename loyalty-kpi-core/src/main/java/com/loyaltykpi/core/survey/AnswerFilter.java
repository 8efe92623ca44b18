package com.loyaltykpi.core.survey;

import com.loyaltykpi.core.period.Segment;

import java.time.Instant;

/** Which answers to list: answered in [from, to), satisfaction between two scores, one segment or all (null). */
public final class AnswerFilter {

    private final Instant from;
    private final Instant to;
    private final int minSatisfaction;
    private final int maxSatisfaction;
    private final Segment segment;

    public AnswerFilter(Instant from, Instant to, int minSatisfaction, int maxSatisfaction, Segment segment) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException("an answer filter needs a time range");
        }
        if (minSatisfaction < 1 || maxSatisfaction > 5 || minSatisfaction > maxSatisfaction) {
            throw new IllegalArgumentException("satisfaction scores go from 1 to 5");
        }
        this.from = from;
        this.to = to;
        this.minSatisfaction = minSatisfaction;
        this.maxSatisfaction = maxSatisfaction;
        this.segment = segment == Segment.ALL ? null : segment;
    }

    public Instant from() {
        return from;
    }

    public Instant to() {
        return to;
    }

    public int minSatisfaction() {
        return minSatisfaction;
    }

    public int maxSatisfaction() {
        return maxSatisfaction;
    }

    /** MEMBER or NON_MEMBER, or null for both. */
    public Segment segment() {
        return segment;
    }
}
