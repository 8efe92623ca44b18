package com.loyaltykpi.core.incrementality;

/**
 * The estimator run another way beside the estimate: the placebo (every enrolment moved a window earlier, where
 * the program cannot have done anything yet) or the never-member fallback (a weaker comparison).
 */
public final class Variant {

    private final Estimated incrementalRevenue;
    private final int members;
    private final int comparisons;

    Variant(Estimated incrementalRevenue, int members, int comparisons) {
        this.incrementalRevenue = incrementalRevenue;
        this.members = members;
        this.comparisons = comparisons;
    }

    public Estimated incrementalRevenue() {
        return incrementalRevenue;
    }

    public int members() {
        return members;
    }

    public int comparisons() {
        return comparisons;
    }

    @Override
    public String toString() {
        return incrementalRevenue + " (" + members + " members, " + comparisons + " comparisons)";
    }
}
