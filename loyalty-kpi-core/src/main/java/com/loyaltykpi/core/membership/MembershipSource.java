package com.loyaltykpi.core.membership;

/** How a customer joined or left the program (docs/KPIS.md, membership). */
public enum MembershipSource {
    /** Opted in on the registration form. */
    REGISTRATION,
    /** Joined or left on the account page. */
    ACCOUNT_PAGE,
    /** A loyalty card number was stored on the customer. */
    LOYALTY_CARD,
    /** A shop operator in the admin console. */
    ADMIN,
    /** The integrator's own code, through {@link Membership}. */
    API,
    /** Loaded from a memberships CSV file. */
    IMPORT,
    /** Erased on request (the right to be forgotten): the period ends then. */
    ERASURE;

    /** The sources an operator can switch on or off: all but {@link #ERASURE}, which only ends periods. */
    public static MembershipSource[] choosable() {
        return new MembershipSource[] {REGISTRATION, ACCOUNT_PAGE, LOYALTY_CARD, ADMIN, API, IMPORT};
    }
}
