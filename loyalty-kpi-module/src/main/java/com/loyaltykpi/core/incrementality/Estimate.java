package com.loyaltykpi.core.incrementality;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The estimated incremental revenue of the program: the matched difference-in-differences of KPIS.md with its
 * 95% bootstrap interval, beside the raw member figures it must never be confused with, how many members were
 * analysed, matched and left out (and why), and the assumptions in plain words.
 */
public final class Estimate {

    private final EstimateRequest request;
    private final int analysed;
    private final int matched;
    private final Map<String, Integer> leftOut;
    private final BigDecimal incrementalRevenue;
    private final BigDecimal low;
    private final BigDecimal high;
    private final BigDecimal memberPrePostChange;
    private final BigDecimal controlPrePostChange;
    private final BigDecimal memberPostRevenue;
    private final List<String> assumptions;

    Estimate(EstimateRequest request, int analysed, int matched, Map<String, Integer> leftOut, BigDecimal incrementalRevenue,
             BigDecimal low, BigDecimal high, BigDecimal memberPrePostChange, BigDecimal controlPrePostChange,
             BigDecimal memberPostRevenue, List<String> assumptions) {
        this.request = request;
        this.analysed = analysed;
        this.matched = matched;
        this.leftOut = Collections.unmodifiableMap(leftOut);
        this.incrementalRevenue = incrementalRevenue;
        this.low = low;
        this.high = high;
        this.memberPrePostChange = memberPrePostChange;
        this.controlPrePostChange = controlPrePostChange;
        this.memberPostRevenue = memberPostRevenue;
        this.assumptions = Collections.unmodifiableList(assumptions);
    }

    public EstimateRequest request() {
        return request;
    }

    /** Members who enrolled in the window. */
    public int analysed() {
        return analysed;
    }

    /** Members compared with a matched non-member (the estimate's pairs). */
    public int matched() {
        return matched;
    }

    /** Members left out, by reason. */
    public Map<String, Integer> leftOut() {
        return leftOut;
    }

    /** Sum of the matched lifts; null when no member could be matched (undefined). */
    public BigDecimal incrementalRevenue() {
        return incrementalRevenue;
    }

    /** 2.5% bound of the bootstrap interval, or null. */
    public BigDecimal low() {
        return low;
    }

    /** 97.5% bound of the bootstrap interval, or null. */
    public BigDecimal high() {
        return high;
    }

    /** Raw: how much more the matched members spent after enrolling than before (includes seasonality and trend). */
    public BigDecimal memberPrePostChange() {
        return memberPrePostChange;
    }

    /** The same change for their matched non-members over the same dates: what would have happened anyway. */
    public BigDecimal controlPrePostChange() {
        return controlPrePostChange;
    }

    /** Raw: revenue of the matched members in their windows after enrolment. */
    public BigDecimal memberPostRevenue() {
        return memberPostRevenue;
    }

    public List<String> assumptions() {
        return assumptions;
    }

    @Override
    public String toString() {
        return "incremental revenue " + incrementalRevenue + " " + request.currency() + " (95% CI " + low + " .. " + high
                + "), " + matched + " of " + analysed + " members matched, left out " + leftOut
                + "; raw member pre/post change " + memberPrePostChange;
    }
}
