package com.loyaltykpi.core.incrementality;

/** Why a member who enrolled in the range is not in an estimate. */
public enum LeftOut {
    /** No purchase early enough: the windows before enrolling would reach back before the customer's first order. */
    NO_HISTORY,
    /** The windows after enrolling are not over yet. */
    WINDOW_OPEN,
    /** Nobody with enough history enrolled after the cohort's windows (or, for the fallback, never enrolled). */
    NO_COMPARISON,
    /** Fewer comparison customers than {@link DiffInDiff#MIN_COMPARISONS}: too few to stand for the cohort. */
    FEW_COMPARISONS,
    /** The comparison customers bought nothing in a window before: no change to compare with. */
    COMPARISONS_WITHOUT_PURCHASES;

    /** The message key of the reason (messages/LoyaltyKpiEstimate). */
    public String key() {
        return "leftOut." + name();
    }
}
