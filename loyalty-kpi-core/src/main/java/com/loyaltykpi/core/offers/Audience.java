package com.loyaltykpi.core.offers;

/** Whom an offer rule speaks to: every customer of its segment, its loyalty members only, or the others only. */
public enum Audience {
    ALL,
    MEMBERS,
    NON_MEMBERS;

    /** Whether a customer who is (or is not) a member now belongs to this audience. */
    public boolean includes(boolean member) {
        return this == ALL || (this == MEMBERS) == member;
    }

    /** Whether some customer belongs to both audiences. */
    public boolean overlaps(Audience other) {
        return this == ALL || other == ALL || this == other;
    }
}
