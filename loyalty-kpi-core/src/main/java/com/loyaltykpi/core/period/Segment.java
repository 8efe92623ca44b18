package com.loyaltykpi.core.period;

/** Who placed the orders: program members at the time of the order, everyone else (guests included), or all. */
public enum Segment {
    MEMBER,
    NON_MEMBER,
    ALL;

    /** The segment of an order fact (guests are never members). */
    public static Segment of(boolean member) {
        return member ? MEMBER : NON_MEMBER;
    }
}
