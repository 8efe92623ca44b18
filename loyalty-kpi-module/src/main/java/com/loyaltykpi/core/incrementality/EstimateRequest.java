package com.loyaltykpi.core.incrementality;

import java.time.LocalDate;

/** What to estimate: members who enrolled in [from, to], in one currency, with windows of so many days. */
public final class EstimateRequest {

    public static final int DEFAULT_WINDOW_DAYS = 90;
    public static final int DEFAULT_RESAMPLES = 1000;
    public static final long DEFAULT_SEED = 42L;
    static final int CANDIDATES_PER_DAY = 5000;
    static final int TENURE_LOOKBACK_DAYS = 365;

    private final LocalDate from;
    private final LocalDate to;
    private final String currency;
    private final int windowDays;
    private final int resamples;
    private final long seed;

    public EstimateRequest(LocalDate from, LocalDate to, String currency) {
        this(from, to, currency, DEFAULT_WINDOW_DAYS, DEFAULT_RESAMPLES, DEFAULT_SEED);
    }

    public EstimateRequest(LocalDate from, LocalDate to, String currency, int windowDays, int resamples, long seed) {
        if (from == null || to == null || currency == null || to.isBefore(from)) {
            throw new IllegalArgumentException("an estimate needs an enrolment window (from <= to) and a currency");
        }
        if (windowDays < 7 || windowDays > 366) {
            throw new IllegalArgumentException("the window must be between 7 and 366 days, was " + windowDays);
        }
        if (resamples < 100 || resamples > 100_000) {
            throw new IllegalArgumentException("resamples must be between 100 and 100000, was " + resamples);
        }
        this.from = from;
        this.to = to;
        this.currency = currency;
        this.windowDays = windowDays;
        this.resamples = resamples;
        this.seed = seed;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public String currency() {
        return currency;
    }

    /** W of KPIS.md: days before and after enrolment that are compared. */
    public int windowDays() {
        return windowDays;
    }

    public int resamples() {
        return resamples;
    }

    /** The bootstrap's and the candidate sampling's seed: the same data and seed give the same estimate. */
    public long seed() {
        return seed;
    }
}
