package com.loyaltykpi.core.incrementality;

/**
 * The days an estimate compares, relative to a member's enrolment day e. The base is the W days before e; the
 * outcomes are the W days after the excluded days (the estimate) and, for the event study, each of the 12 weeks
 * before e and the 12 weeks after the excluded days. Every window is [start, end) in epoch days.
 */
final class Windows {

    static final int EVENT_WEEKS = 12;
    /** Outcome 0 is the estimate's window; then weeks -12..-1, then weeks 1..12. */
    static final int POST = 0;
    static final int OUTCOMES_WITH_EVENT_STUDY = 1 + 2 * EVENT_WEEKS;

    private final int w;
    private final int excluded;
    private final int outcomes;

    Windows(EstimateSettings settings, boolean eventStudy) {
        this.w = settings.windowDays();
        this.excluded = settings.excludedDays();
        this.outcomes = eventStudy ? OUTCOMES_WITH_EVENT_STUDY : 1;
    }

    int outcomes() {
        return outcomes;
    }

    int baseStart(int e) {
        return e - w;
    }

    int baseEnd(int e) {
        return e;
    }

    int start(int outcome, int e) {
        if (outcome == POST) {
            return e + excluded;
        }
        int week = week(outcome);
        return week < 0 ? e + 7 * week : e + excluded + 7 * (week - 1);
    }

    int end(int outcome, int e) {
        return outcome == POST ? e + excluded + w : start(outcome, e) + 7;
    }

    /** The week relative to enrolment of an event-study outcome: -12..-1, 1..12. */
    static int week(int outcome) {
        return outcome <= EVENT_WEEKS ? outcome - EVENT_WEEKS - 1 : outcome - EVENT_WEEKS;
    }

    /** Days of purchases a customer needs before e: every window starts on or after e minus this. */
    int daysBefore() {
        return outcomes > 1 ? Math.max(w, 7 * EVENT_WEEKS) : w;
    }

    /** Days from e on (e included) that must be over: every window ends on or before e plus this. */
    int daysAfter() {
        return excluded + (outcomes > 1 ? Math.max(w, 7 * EVENT_WEEKS) : w);
    }
}
