package com.loyaltykpi.core.incrementality;

/**
 * How the incremental-revenue estimate is designed (docs/KPIS.md): the window W compared before and after enrolling,
 * the width of the enrolment cohorts, the days from the enrolment day on that no window counts, and whether
 * customers who never joined serve as a declared, weaker comparison besides those who join later.
 */
public final class EstimateSettings {

    public static final int MIN_WINDOW_DAYS = 14, MAX_WINDOW_DAYS = 366;
    public static final int MIN_COHORT_DAYS = 1, MAX_COHORT_DAYS = 91;
    public static final int MIN_EXCLUDED_DAYS = 0, MAX_EXCLUDED_DAYS = 30;

    private final int windowDays;
    private final int cohortDays;
    private final int excludedDays;
    private final boolean neverMemberFallback;

    /**
     * @param windowDays          W: days compared before and after enrolling (default 90)
     * @param cohortDays          members are grouped in cohorts of so many days of enrolment (default 7: weeks, Monday first)
     * @param excludedDays        days from the enrolment day on left out of every window (default 1: the enrolment day)
     * @param neverMemberFallback also estimate against customers who never joined, reported apart (default false)
     */
    public EstimateSettings(int windowDays, int cohortDays, int excludedDays, boolean neverMemberFallback) {
        require(windowDays >= MIN_WINDOW_DAYS && windowDays <= MAX_WINDOW_DAYS,
                "the window must be between " + MIN_WINDOW_DAYS + " and " + MAX_WINDOW_DAYS + " days, was " + windowDays);
        require(cohortDays >= MIN_COHORT_DAYS && cohortDays <= MAX_COHORT_DAYS,
                "the cohort width must be between " + MIN_COHORT_DAYS + " and " + MAX_COHORT_DAYS + " days, was " + cohortDays);
        require(excludedDays >= MIN_EXCLUDED_DAYS && excludedDays <= MAX_EXCLUDED_DAYS,
                "the excluded days must be between " + MIN_EXCLUDED_DAYS + " and " + MAX_EXCLUDED_DAYS + ", was " + excludedDays);
        this.windowDays = windowDays;
        this.cohortDays = cohortDays;
        this.excludedDays = excludedDays;
        this.neverMemberFallback = neverMemberFallback;
    }

    public static EstimateSettings defaults() {
        return new EstimateSettings(90, 7, 1, false);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    public int windowDays() {
        return windowDays;
    }

    public int cohortDays() {
        return cohortDays;
    }

    public int excludedDays() {
        return excludedDays;
    }

    public boolean neverMemberFallback() {
        return neverMemberFallback;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof EstimateSettings)) {
            return false;
        }
        EstimateSettings o = (EstimateSettings) other;
        return windowDays == o.windowDays && cohortDays == o.cohortDays && excludedDays == o.excludedDays
                && neverMemberFallback == o.neverMemberFallback;
    }

    @Override
    public int hashCode() {
        return ((windowDays * 31 + cohortDays) * 31 + excludedDays) * 2 + (neverMemberFallback ? 1 : 0);
    }

    @Override
    public String toString() {
        return "window " + windowDays + " days, cohorts of " + cohortDays + " days, " + excludedDays
                + " days excluded from enrolment, never-member fallback " + (neverMemberFallback ? "on" : "off");
    }
}
