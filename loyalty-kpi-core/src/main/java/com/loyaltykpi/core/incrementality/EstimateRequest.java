package com.loyaltykpi.core.incrementality;

import java.time.LocalDate;

/** What to estimate: members who first enrolled in [from, to], in one currency, with the estimate's settings. */
public final class EstimateRequest {

    public static final int DEFAULT_RESAMPLES = 1000;
    public static final long DEFAULT_SEED = 42L;

    private final LocalDate from;
    private final LocalDate to;
    private final String currency;
    private final EstimateSettings settings;
    private final int resamples;
    private final long seed;

    public EstimateRequest(LocalDate from, LocalDate to, String currency) {
        this(from, to, currency, EstimateSettings.defaults());
    }

    public EstimateRequest(LocalDate from, LocalDate to, String currency, EstimateSettings settings) {
        this(from, to, currency, settings, DEFAULT_RESAMPLES, DEFAULT_SEED);
    }

    public EstimateRequest(LocalDate from, LocalDate to, String currency, EstimateSettings settings, int resamples, long seed) {
        if (from == null || to == null || currency == null || settings == null || to.isBefore(from)) {
            throw new IllegalArgumentException("an estimate needs an enrolment range (from <= to), a currency and settings");
        }
        if (resamples < 100 || resamples > 100_000) {
            throw new IllegalArgumentException("resamples must be between 100 and 100000, was " + resamples);
        }
        this.from = from;
        this.to = to;
        this.currency = currency;
        this.settings = settings;
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

    public EstimateSettings settings() {
        return settings;
    }

    /** W of docs/KPIS.md: days compared before and after enrolment. */
    public int windowDays() {
        return settings.windowDays();
    }

    public int resamples() {
        return resamples;
    }

    /** The bootstrap's seed: the same data and seed give the same estimate. */
    public long seed() {
        return seed;
    }
}
