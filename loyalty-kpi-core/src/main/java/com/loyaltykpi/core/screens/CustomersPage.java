package com.loyaltykpi.core.screens;

import com.loyaltykpi.core.behaviour.BehaviourModels;
import com.loyaltykpi.core.behaviour.BehaviourStore;
import com.loyaltykpi.core.cohorts.Cohort;
import com.loyaltykpi.core.cohorts.CohortCsv;
import com.loyaltykpi.core.cohorts.CohortKind;
import com.loyaltykpi.core.cohorts.RetentionCohorts;
import com.loyaltykpi.core.settings.ShopTimeZone;

import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The customers screen as both hosts show it (the Broadleaf admin and the KPI server), with the shared template
 * {@code customers.html}: per currency, the behaviour model's fit, its honest check on the last six months (and,
 * where it fails, that the model does not fit this shop instead of its predictions), and the segments; and the
 * retention cohorts by month of first order and of enrolment, with their CSV.
 */
public final class CustomersPage {

    /** Cohort months shown (the CSV has them all). */
    public static final int COHORT_MONTHS_SHOWN = 24;

    private final BehaviourStore store;
    private final RetentionCohorts cohorts;
    private final ShopTimeZone timeZone;
    private final Clock clock;

    public CustomersPage(BehaviourStore store, RetentionCohorts cohorts, ShopTimeZone timeZone, Clock clock) {
        this.store = store;
        this.cohorts = cohorts;
        this.timeZone = timeZone;
        this.clock = clock;
    }

    /** The screen's model. */
    public Map<String, Object> model(Locale locale) {
        List<Map<String, Object>> checks = store.checks();
        List<Map<String, Object>> segments = store.segments();
        List<ShopBehaviour> currencies = new ArrayList<ShopBehaviour>();
        for (Map<String, Object> fit : store.fits()) {
            Object currency = fit.get("CURRENCY");
            currencies.add(ShopBehaviour.of(fit, ofCurrency(checks, currency), ofCurrency(segments, currency)));
        }
        Map<String, Object> model = new LinkedHashMap<String, Object>();
        model.put("currencies", currencies);
        model.put("horizonWeeks", (int) BehaviourModels.HORIZON_WEEKS);
        model.put("dates", new Dates(locale, timeZone.current()));
        Map<CohortKind, List<CohortRow>> tables = new LinkedHashMap<CohortKind, List<CohortRow>>();
        for (CohortKind kind : CohortKind.values()) {
            tables.put(kind, CohortRow.of(latest(cohorts.of(kind)), currentMonth()));
        }
        model.put("cohortTables", tables);
        model.put("cohortMonths", Cohort.MONTHS);
        return model;
    }

    /** Every cohort as CSV (the screen's download). */
    public void writeCohorts(Appendable out) throws IOException {
        List<Cohort> all = new ArrayList<Cohort>(cohorts.of(CohortKind.FIRST_ORDER));
        all.addAll(cohorts.of(CohortKind.ENROLMENT));
        CohortCsv.write(all, currentMonth(), out);
    }

    private YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(timeZone.current()));
    }

    /** The cohorts of the latest months shown. */
    private List<Cohort> latest(List<Cohort> all) {
        List<Cohort> shown = new ArrayList<Cohort>();
        YearMonth oldest = currentMonth().minusMonths(COHORT_MONTHS_SHOWN - 1);
        for (Cohort cohort : all) {
            if (!cohort.month().isBefore(oldest)) {
                shown.add(cohort);
            }
        }
        return shown;
    }

    private static List<Map<String, Object>> ofCurrency(List<Map<String, Object>> rows, Object currency) {
        List<Map<String, Object>> of = new ArrayList<Map<String, Object>>();
        for (Map<String, Object> row : rows) {
            if (currency.equals(row.get("CURRENCY"))) {
                of.add(row);
            }
        }
        return of;
    }
}
