package com.loyaltykpi.core.membership;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A customer's membership periods, oldest first; answers "was this customer a member then?". */
public final class MembershipHistory {

    private final List<MembershipPeriod> periods;

    public MembershipHistory(List<MembershipPeriod> periods) {
        this.periods = Collections.unmodifiableList(new ArrayList<MembershipPeriod>(periods));
    }

    public static MembershipHistory none() {
        return new MembershipHistory(Collections.<MembershipPeriod>emptyList());
    }

    public List<MembershipPeriod> periods() {
        return periods;
    }

    public boolean memberAt(Instant instant) {
        for (MembershipPeriod period : periods) {
            if (period.covers(instant)) {
                return true;
            }
        }
        return false;
    }

    /** The open period, or null when the customer is not a member now. */
    public MembershipPeriod openPeriod() {
        for (MembershipPeriod period : periods) {
            if (period.open()) {
                return period;
            }
        }
        return null;
    }

    /** The stored period that began at the same instant as this one (the same period, perhaps with a new end), or null. */
    public MembershipPeriod sameStart(MembershipPeriod period) {
        for (MembershipPeriod existing : periods) {
            if (existing.enrolledAt().equals(period.enrolledAt())) {
                return existing;
            }
        }
        return null;
    }

    /** A period of another start that this one would overlap, or null when it fits into the history. */
    public MembershipPeriod clashWith(MembershipPeriod period) {
        for (MembershipPeriod existing : periods) {
            if (!existing.enrolledAt().equals(period.enrolledAt()) && existing.overlaps(period)) {
                return existing;
            }
        }
        return null;
    }
}
