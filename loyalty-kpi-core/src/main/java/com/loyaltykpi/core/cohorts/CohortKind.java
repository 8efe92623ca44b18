package com.loyaltykpi.core.cohorts;

/** How customers are grouped into retention cohorts. */
public enum CohortKind {
    /** By the month of their first order; members or not at that order. */
    FIRST_ORDER,
    /** Members by the month they enrolled. */
    ENROLMENT
}
