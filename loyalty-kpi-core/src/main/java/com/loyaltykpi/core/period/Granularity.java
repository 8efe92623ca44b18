package com.loyaltykpi.core.period;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** The periods KPIs are reported by, in the shop's time zone; weeks are ISO weeks (Monday first). */
public enum Granularity {
    DAY {
        @Override
        public LocalDate start(LocalDate day) {
            return day;
        }

        @Override
        public LocalDate plus(LocalDate start, long periods) {
            return start.plusDays(periods);
        }

        @Override
        public LocalDate yearEarlier(LocalDate start) {
            return start.getMonth() == Month.FEBRUARY && start.getDayOfMonth() == 29 ? null : start.minusYears(1);
        }
    },
    WEEK {
        @Override
        public LocalDate start(LocalDate day) {
            return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }

        @Override
        public LocalDate plus(LocalDate start, long periods) {
            return start.plusWeeks(periods);
        }

        /** The same ISO week number one week-based year earlier; none when that year has no week 53. */
        @Override
        public LocalDate yearEarlier(LocalDate start) {
            long week = start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            LocalDate sameWeekDayYearBefore = LocalDate.of(start.get(IsoFields.WEEK_BASED_YEAR) - 1, 1, 4);
            if (week > IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(sameWeekDayYearBefore).getMaximum()) {
                return null;
            }
            return start(sameWeekDayYearBefore.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week));
        }
    },
    MONTH {
        @Override
        public LocalDate start(LocalDate day) {
            return day.withDayOfMonth(1);
        }

        @Override
        public LocalDate plus(LocalDate start, long periods) {
            return start.plusMonths(periods);
        }
    },
    QUARTER {
        @Override
        public LocalDate start(LocalDate day) {
            return LocalDate.of(day.getYear(), day.getMonth().firstMonthOfQuarter(), 1);
        }

        @Override
        public LocalDate plus(LocalDate start, long periods) {
            return start.plusMonths(3 * periods);
        }
    },
    YEAR {
        @Override
        public LocalDate start(LocalDate day) {
            return day.withDayOfYear(1);
        }

        @Override
        public LocalDate plus(LocalDate start, long periods) {
            return start.plusYears(periods);
        }
    };

    /** The first day of the period containing this day. */
    public abstract LocalDate start(LocalDate day);

    /** The start of the period this many periods after (or before, when negative) the one starting here. */
    public abstract LocalDate plus(LocalDate start, long periods);

    /** The last day of the period starting here. */
    public LocalDate end(LocalDate start) {
        return plus(start, 1).minusDays(1);
    }

    /** The start of the same period one year earlier, or null when there is none (29 February, ISO week 53). */
    public LocalDate yearEarlier(LocalDate start) {
        return start.minusYears(1);
    }
}
