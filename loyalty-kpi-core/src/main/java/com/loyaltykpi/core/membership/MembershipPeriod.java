package com.loyaltykpi.core.membership;

import java.time.Instant;

/** One period of membership: enrolled at, left at (null while still a member), and how it began and ended. */
public final class MembershipPeriod {

    private final String customerId;
    private final Instant enrolledAt;
    private final Instant leftAt;
    private final MembershipSource source;
    private final MembershipSource leftThrough;

    public MembershipPeriod(String customerId, Instant enrolledAt, Instant leftAt,
                            MembershipSource source, MembershipSource leftThrough) {
        if (leftAt != null && leftAt.isBefore(enrolledAt)) {
            throw new IllegalArgumentException("a membership cannot end (" + leftAt + ") before it begins (" + enrolledAt + ")");
        }
        this.customerId = customerId;
        this.enrolledAt = enrolledAt;
        this.leftAt = leftAt;
        this.source = source;
        this.leftThrough = leftThrough;
    }

    public String customerId() {
        return customerId;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    /** When the customer left, or null while the period is open. */
    public Instant leftAt() {
        return leftAt;
    }

    public MembershipSource source() {
        return source;
    }

    /** How the period ended, or null while it is open. */
    public MembershipSource leftThrough() {
        return leftThrough;
    }

    public boolean open() {
        return leftAt == null;
    }

    /** Whether the customer was a member at this instant: enrolled at or before it, not yet left. */
    public boolean covers(Instant instant) {
        return !instant.isBefore(enrolledAt) && (leftAt == null || instant.isBefore(leftAt));
    }

    /** Whether both periods hold an instant in common (a period ending when the other begins does not). */
    public boolean overlaps(MembershipPeriod other) {
        boolean endsFirst = leftAt != null && !leftAt.isAfter(other.enrolledAt);
        boolean otherEndsFirst = other.leftAt != null && !other.leftAt.isAfter(enrolledAt);
        return !endsFirst && !otherEndsFirst;
    }

    @Override
    public String toString() {
        return customerId + " " + source + " " + enrolledAt + " - " + (leftAt == null ? "open" : leftAt + " " + leftThrough);
    }
}
