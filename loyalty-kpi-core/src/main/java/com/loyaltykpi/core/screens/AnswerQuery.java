package com.loyaltykpi.core.screens;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import com.loyaltykpi.core.period.Segment;
import com.loyaltykpi.core.survey.AnswerFilter;

/**
 * The filters of the survey answers screen, read from request parameters: answered between two days (inclusive,
 * in the shop's time zone), satisfaction from and to, a segment. Bad input falls back to the last 30 days, all
 * scores and segments, and names the problem as a message key.
 */
public final class AnswerQuery {

    static final int DEFAULT_DAYS = 30;

    private final LocalDate from;
    private final LocalDate to;
    private final int minSatisfaction;
    private final int maxSatisfaction;
    private final Segment segment;
    private final String problem;

    private AnswerQuery(LocalDate from, LocalDate to, int min, int max, Segment segment, String problem) {
        this.from = from;
        this.to = to;
        this.minSatisfaction = min;
        this.maxSatisfaction = max;
        this.segment = segment;
        this.problem = problem;
    }

    public static AnswerQuery parse(String from, String to, String min, String max, String segment, LocalDate today) {
        try {
            LocalDate end = blank(to) ? today : LocalDate.parse(to.trim());
            LocalDate start = blank(from) ? end.minusDays(DEFAULT_DAYS - 1) : LocalDate.parse(from.trim());
            int low = blank(min) ? 1 : Integer.parseInt(min.trim());
            int high = blank(max) ? 5 : Integer.parseInt(max.trim());
            Segment chosen = blank(segment) ? Segment.ALL : Segment.valueOf(segment.trim().toUpperCase(Locale.ROOT));
            if (end.isBefore(start)) {
                return fallback(today, "lk.answers.error.order");
            }
            if (low < 1 || high > 5 || low > high) {
                return fallback(today, "lk.answers.error.score");
            }
            return new AnswerQuery(start, end, low, high, chosen, null);
        } catch (DateTimeParseException e) {
            return fallback(today, "lk.answers.error.date");
        } catch (IllegalArgumentException e) {
            // NumberFormatException included: a score or a segment that is not one
            return fallback(today, "lk.answers.error.value");
        }
    }

    private static AnswerQuery fallback(LocalDate today, String problem) {
        return new AnswerQuery(today.minusDays(DEFAULT_DAYS - 1), today, 1, 5, Segment.ALL, problem);
    }

    private static boolean blank(String s) {
        return s == null || s.trim().isEmpty();
    }

    /** The store's filter: from the start of the first day to the start of the day after the last, in this zone. */
    public AnswerFilter filter(ZoneId zone) {
        return new AnswerFilter(from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant(),
                minSatisfaction, maxSatisfaction, segment);
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public int minSatisfaction() {
        return minSatisfaction;
    }

    public int maxSatisfaction() {
        return maxSatisfaction;
    }

    public Segment segment() {
        return segment;
    }

    /** The message key of what was wrong, or null. */
    public String problem() {
        return problem;
    }
}
