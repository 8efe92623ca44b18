package com.loyaltykpi.core.screens;

import com.loyaltykpi.core.cohorts.Cohort;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A cohort as the customers screen's coloured table shows it: its month, segment and size, and per month after, the
 * share that bought, shaded by that share (empty for a month not over yet).
 */
public final class CohortRow {

    private final Cohort cohort;
    private final List<Cell> cells = new ArrayList<Cell>();

    CohortRow(Cohort cohort, YearMonth current) {
        this.cohort = cohort;
        for (int k = 1; k <= Cohort.MONTHS; k++) {
            cells.add(cohort.observed(k, current) ? new Cell(cohort.share(k), cohort.active(k)) : null);
        }
    }

    /** The cohorts of one kind as rows of the screen's table. */
    static List<CohortRow> of(List<Cohort> cohorts, YearMonth current) {
        List<CohortRow> rows = new ArrayList<CohortRow>();
        for (Cohort cohort : cohorts) {
            rows.add(new CohortRow(cohort, current));
        }
        return rows;
    }

    public Cohort cohort() {
        return cohort;
    }

    /** The 12 months after the cohort's month, null where the month is not over yet. */
    public List<Cell> cells() {
        return cells;
    }

    /** One month of a cohort: the share that bought, and the customers. */
    public static final class Cell {
        private final double share;
        private final int customers;

        Cell(double share, int customers) {
            this.share = share;
            this.customers = customers;
        }

        public double share() {
            return share;
        }

        public int customers() {
            return customers;
        }

        /** The cell's shade: darker the larger the share (a share of 40% or more at full strength). */
        public String style() {
            double strength = Math.min(1, share / 0.4);
            return String.format(Locale.ROOT, "background-color: rgba(27, 94, 32, %.2f)%s", 0.05 + 0.75 * strength,
                    strength > 0.6 ? "; color: #fff" : "");
        }
    }
}
