package com.loyaltykpi.core.incrementality;

import java.math.BigDecimal;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The estimated incremental revenue of the members who first enrolled in a range (docs/KPIS.md): a difference in
 * differences over enrolment cohorts against customers who join later, with its 95% bootstrap interval; per
 * cohort; week by week around enrolment (the pre-trend check); a placebo run; optionally against never-members;
 * beside the raw member figures it must never be confused with, who was left out and why, the margin of the
 * members' orders, and the assumptions in plain words.
 */
public final class Estimate {

    private final EstimateRequest request;
    private final int analysed;
    private final int comparisons;
    private final Map<LeftOut, Integer> leftOut;
    private final Estimated incremental;
    private final BigDecimal memberPrePostChange;
    private final BigDecimal controlPrePostChange;
    private final BigDecimal memberPostRevenue;
    private final int matched;
    private final List<CohortResult> cohorts;
    private final EventStudy eventStudy;
    private final Variant placebo;
    private final Variant neverMembers;
    private final BigDecimal margin;
    private final BigDecimal marginCoverage;
    private final List<MemberDays> memberDays;
    private final List<Note> problems;
    private final List<Note> assumptions;
    private final BitSet estimatedCustomers;

    Estimate(EstimateRequest request, int analysed, int matched, int comparisons, Map<LeftOut, Integer> leftOut,
             Estimated incremental, BigDecimal memberPrePostChange, BigDecimal controlPrePostChange,
             List<CohortResult> cohorts, EventStudy eventStudy, Variant placebo, Variant neverMembers, MembersOrders orders,
             List<Note> problems, List<Note> assumptions, BitSet estimatedCustomers) {
        this.request = request;
        this.analysed = analysed;
        this.matched = matched;
        this.comparisons = comparisons;
        this.leftOut = Collections.unmodifiableMap(leftOut);
        this.incremental = incremental;
        this.memberPrePostChange = memberPrePostChange;
        this.controlPrePostChange = controlPrePostChange;
        this.memberPostRevenue = orders.revenue();
        this.cohorts = Collections.unmodifiableList(cohorts);
        this.eventStudy = eventStudy;
        this.placebo = placebo;
        this.neverMembers = neverMembers;
        this.margin = orders.margin();
        this.marginCoverage = orders.coverage();
        this.memberDays = Collections.unmodifiableList(orders.memberDays());
        this.problems = Collections.unmodifiableList(problems);
        this.assumptions = Collections.unmodifiableList(assumptions);
        this.estimatedCustomers = estimatedCustomers;
    }

    /** The estimated members, as indices of the data's customers (what a simulation's truth is summed over). */
    BitSet estimatedCustomers() {
        return estimatedCustomers;
    }

    public EstimateRequest request() {
        return request;
    }

    /** Members whose first enrolment is in the range. */
    public int analysed() {
        return analysed;
    }

    /** Members in the estimate: with the history and windows it needs, in a cohort with comparison customers. */
    public int matched() {
        return matched;
    }

    /** Customers who served as comparison for at least one cohort. */
    public int comparisons() {
        return comparisons;
    }

    /** Members of the range left out of the estimate, by reason. */
    public Map<LeftOut, Integer> leftOut() {
        return leftOut;
    }

    /** The incremental revenue with its 95% interval. */
    public Estimated incremental() {
        return incremental;
    }

    /** The incremental revenue, or null when no member could be compared (undefined). */
    public BigDecimal incrementalRevenue() {
        return incremental.value();
    }

    public BigDecimal low() {
        return incremental.low();
    }

    public BigDecimal high() {
        return incremental.high();
    }

    /** Raw: how much more the estimated members spent in the window after enrolling than before. */
    public BigDecimal memberPrePostChange() {
        return memberPrePostChange;
    }

    /** The change the same members would have had anyway, from the comparison customers' growth. */
    public BigDecimal controlPrePostChange() {
        return controlPrePostChange;
    }

    /** Raw: the estimated members' revenue in their windows after enrolling. */
    public BigDecimal memberPostRevenue() {
        return memberPostRevenue;
    }

    public List<CohortResult> cohorts() {
        return cohorts;
    }

    public EventStudy eventStudy() {
        return eventStudy;
    }

    /** The same estimator with every enrolment moved a window earlier: should find about zero. */
    public Variant placebo() {
        return placebo;
    }

    /** Against customers who never joined (only when the fallback is on; null otherwise): a weaker comparison. */
    public Variant neverMembers() {
        return neverMembers;
    }

    /** Margin of the estimated members' orders in their windows after enrolling, over the revenue with known cost; null when none is known. */
    public BigDecimal margin() {
        return margin;
    }

    /** The share of that revenue whose cost is known (what the margin speaks for); null without revenue. */
    public BigDecimal marginCoverage() {
        return marginCoverage;
    }

    /** Per month, the estimated members' member-days in their windows and all members' member-days. */
    public List<MemberDays> memberDays() {
        return memberDays;
    }

    /** Why there is no estimate, or why it cannot be trusted; empty when all is well. */
    public List<Note> problems() {
        return problems;
    }

    /** The assumptions in plain words. */
    public List<Note> assumptions() {
        return assumptions;
    }

    /** Whether the checks hold: the weeks before joining sit around zero and the placebo finds no effect. */
    public boolean trusted() {
        return incremental.defined() && eventStudy.preTrendHolds() && !placebo.incrementalRevenue().excludesZero();
    }

    @Override
    public String toString() {
        return "incremental revenue " + incremental + " " + request.currency() + ", " + matched + " of " + analysed
                + " members, " + comparisons + " comparisons, left out " + leftOut + "; raw member change "
                + memberPrePostChange + ", placebo " + placebo + (neverMembers == null ? "" : ", never-members " + neverMembers)
                + (eventStudy.preTrendHolds() ? "" : ", PRE-TREND");
    }
}
