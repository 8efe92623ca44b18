package com.loyaltykpi.core.dashboard;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

import com.loyaltykpi.core.period.Granularity;

/** The ranges an operator picks on the dashboard, each with the granularity that reads best for it. */
public enum RangePreset {
    LAST_30_DAYS(Granularity.DAY) {
        @Override
        LocalDate from(LocalDate today) {
            return today.minusDays(29);
        }
    },
    THIS_QUARTER(Granularity.WEEK) {
        @Override
        LocalDate from(LocalDate today) {
            return today.with(IsoFields.DAY_OF_QUARTER, 1);
        }
    },
    LAST_12_MONTHS(Granularity.MONTH) {
        @Override
        LocalDate from(LocalDate today) {
            return today.withDayOfMonth(1).minusMonths(11);
        }
    },
    YEAR_TO_DATE(Granularity.MONTH) {
        @Override
        LocalDate from(LocalDate today) {
            return today.withDayOfYear(1);
        }
    },
    CUSTOM(Granularity.MONTH) {
        @Override
        LocalDate from(LocalDate today) {
            throw new IllegalStateException("a custom range has no preset start");
        }
    };

    private final Granularity granularity;

    RangePreset(Granularity granularity) {
        this.granularity = granularity;
    }

    /** The first day of the range that ends today (in the shop's time zone). */
    abstract LocalDate from(LocalDate today);

    public Granularity defaultGranularity() {
        return granularity;
    }
}
