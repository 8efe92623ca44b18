package com.loyaltykpi.core.payoff;

import com.loyaltykpi.core.incrementality.Estimated;
import com.loyaltykpi.core.incrementality.Note;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

/**
 * Does the program pay off (docs/KPIS.md)? The incremental revenue times the margin of the members' orders is the
 * incremental margin; minus the program's cost for the same member-days it is the net contribution; over the cost,
 * the return on cost. Each with its 95% interval; the answer is yes when the net contribution's interval lies
 * above zero, no when below, and not known otherwise (or when the estimate's checks fail, or a figure is missing:
 * the reasons say which).
 */
public final class Payoff {

    /** The answer to "does the program pay off?". */
    public enum Verdict {
        PAYS_OFF, DOES_NOT_PAY_OFF, NOT_KNOWN
    }

    private final Verdict verdict;
    private final Estimated incrementalMargin;
    private final BigDecimal cost;
    private final Estimated netContribution;
    private final Estimated returnOnCost;
    private final List<Note> reasons;

    Payoff(Verdict verdict, Estimated incrementalMargin, BigDecimal cost, Estimated netContribution, Estimated returnOnCost,
           List<Note> reasons) {
        this.verdict = verdict;
        this.incrementalMargin = incrementalMargin;
        this.cost = cost;
        this.netContribution = netContribution;
        this.returnOnCost = returnOnCost;
        this.reasons = Collections.unmodifiableList(reasons);
    }

    public Verdict verdict() {
        return verdict;
    }

    /** Incremental revenue times the margin of the members' orders, with its interval. */
    public Estimated incrementalMargin() {
        return incrementalMargin;
    }

    /** The program's cost for the estimated members' days; null while no cost is entered. */
    public BigDecimal cost() {
        return cost;
    }

    /** Incremental margin minus cost, with its interval. */
    public Estimated netContribution() {
        return netContribution;
    }

    /** Net contribution over cost (0.25 is 25%), with its interval; undefined without a cost. */
    public Estimated returnOnCost() {
        return returnOnCost;
    }

    /** Why the answer is not known, and what the figures rest on. */
    public List<Note> reasons() {
        return reasons;
    }

    @Override
    public String toString() {
        return verdict + ": net contribution " + netContribution + ", cost " + cost + ", return on cost " + returnOnCost;
    }
}
