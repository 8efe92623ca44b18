package com.loyaltykpi.core.audit;

/** What an operator (or the integrator's code) did that the audit log keeps. */
public enum AuditAction {
    /** Downloaded an export of facts, memberships or answers. */
    EXPORT,
    /** Imported a CSV file. */
    IMPORT,
    /** Erased a customer on request. */
    ERASE,
    /** Erased a guest's survey data (by order number or e-mail). */
    ERASE_GUEST,
    /** Downloaded everything the module holds about one customer (right of access). */
    ACCESS_EXPORT,
    /** Enrolled a customer. */
    ENROL,
    /** Removed a customer from the program. */
    REMOVE,
    /** Changed the settings. */
    SETTINGS,
    /** Rebuilt the rollups. */
    REBUILD,
    /** Started a backfill. */
    BACKFILL,
    /** Closed the follow-up of an unhappy answer, with what was done. */
    CLOSE_FOLLOW_UP
}
