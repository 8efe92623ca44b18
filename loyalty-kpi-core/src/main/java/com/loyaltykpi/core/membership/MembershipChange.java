package com.loyaltykpi.core.membership;

/** What an enrolment or a removal did. */
public enum MembershipChange {
    ENROLLED,
    ALREADY_MEMBER,
    LEFT,
    NOT_A_MEMBER,
    /** The source is switched off in the settings: nothing changed. */
    SOURCE_DISABLED,
    /** Guests and unknown customers are never members. */
    NOT_REGISTERED,
    /** The customer was erased on request: never enrolled again. */
    ERASED
}
