package com.loyaltykpi.core.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import com.loyaltykpi.core.period.Granularity;

/**
 * The range, granularity and currency the dashboard shows, read from request parameters. Bad input never
 * fails the page: it falls back to the default range and names the problem as a message key for the operator.
 */
public final class DashboardRange {

    /** More periods than this make a chart nobody can read (and a query nobody needs): ten years by day. */
    static final long MAX_PERIODS = 3660;

    private final RangePreset preset;
    private final LocalDate from;
    private final LocalDate to;
    private final Granularity granularity;
    private final String problem;

    private DashboardRange(RangePreset preset, LocalDate from, LocalDate to, Granularity granularity, String problem) {
        this.preset = preset;
        this.from = from;
        this.to = to;
        this.granularity = granularity;
        this.problem = problem;
    }

    /** Parameters as the form sends them (any may be null or blank); {@code today} in the shop's time zone. */
    public static DashboardRange parse(String preset, String from, String to, String granularity, LocalDate today) {
        RangePreset chosen;
        try {
            chosen = blank(preset) ? RangePreset.LAST_12_MONTHS : RangePreset.valueOf(preset.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback(today, "lk.dashboard.error.preset");
        }
        Granularity step;
        try {
            step = blank(granularity) ? chosen.defaultGranularity() : Granularity.valueOf(granularity.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback(today, "lk.dashboard.error.granularity");
        }
        if (chosen != RangePreset.CUSTOM) {
            return new DashboardRange(chosen, chosen.from(today), today, step, null);
        }
        LocalDate start;
        LocalDate end;
        try {
            start = LocalDate.parse(from.trim());
            end = LocalDate.parse(to.trim());
        } catch (DateTimeParseException | NullPointerException e) {
            return fallback(today, "lk.dashboard.error.date");
        }
        if (end.isBefore(start)) {
            return fallback(today, "lk.dashboard.error.order");
        }
        if (periods(start, end, step) > MAX_PERIODS) {
            return fallback(today, "lk.dashboard.error.tooLong");
        }
        return new DashboardRange(chosen, start, end, step, null);
    }

    private static long periods(LocalDate from, LocalDate to, Granularity step) {
        LocalDate first = step.start(from);
        switch (step) {
            case DAY:
                return ChronoUnit.DAYS.between(first, to) + 1;
            case WEEK:
                return ChronoUnit.WEEKS.between(first, to) + 1;
            default:
                return ChronoUnit.MONTHS.between(first, to) + 1;
        }
    }

    private static DashboardRange fallback(LocalDate today, String problem) {
        RangePreset preset = RangePreset.LAST_12_MONTHS;
        return new DashboardRange(preset, preset.from(today), today, preset.defaultGranularity(), problem);
    }

    private static boolean blank(String s) {
        return s == null || s.trim().isEmpty();
    }

    public RangePreset preset() {
        return preset;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public Granularity granularity() {
        return granularity;
    }

    /** The message key of what was wrong with the request, or null. */
    public String problem() {
        return problem;
    }
}
