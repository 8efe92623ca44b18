package com.loyaltykpi.core.incrementality;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One enrolment cohort of an estimate: who is in it, against how many comparison customers, and what it found. */
public final class CohortResult {

    private final LocalDate start;
    private final LocalDate end;
    private final int members;
    private final int comparisons;
    private final LeftOut leftOut;
    private final BigDecimal incrementalRevenue;
    private final BigDecimal memberChange;
    private final BigDecimal controlChange;

    CohortResult(LocalDate start, LocalDate end, int members, int comparisons, LeftOut leftOut,
                 BigDecimal incrementalRevenue, BigDecimal memberChange, BigDecimal controlChange) {
        this.start = start;
        this.end = end;
        this.members = members;
        this.comparisons = comparisons;
        this.leftOut = leftOut;
        this.incrementalRevenue = incrementalRevenue;
        this.memberChange = memberChange;
        this.controlChange = controlChange;
    }

    /** The cohort's first enrolment day. */
    public LocalDate start() {
        return start;
    }

    /** Its last enrolment day. */
    public LocalDate end() {
        return end;
    }

    /** Members of the cohort with the history and complete windows the estimate needs. */
    public int members() {
        return members;
    }

    /** Customers the cohort is compared with. */
    public int comparisons() {
        return comparisons;
    }

    /** Why the cohort is not in the estimate, or null when it is. */
    public LeftOut leftOut() {
        return leftOut;
    }

    /** The cohort's incremental revenue, null when left out. */
    public BigDecimal incrementalRevenue() {
        return incrementalRevenue;
    }

    /** Raw: how much more its members spent after enrolling than before, null when left out. */
    public BigDecimal memberChange() {
        return memberChange;
    }

    /** What its comparison customers' growth gives the same members, null when left out. */
    public BigDecimal controlChange() {
        return controlChange;
    }
}
