package com.loyaltykpi.core.cohorts;

import com.loyaltykpi.core.period.Segment;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Counts customers into retention cohorts, one customer at a time. */
final class CohortCounter {

    private final Map<String, Cohort> cohorts = new TreeMap<String, Cohort>();

    /** One customer of the cohort of this kind, month and segment, with the months they bought in. */
    void add(CohortKind kind, YearMonth month, Segment segment, Set<YearMonth> purchaseMonths) {
        String key = kind + " " + month + " " + segment;
        Cohort cohort = cohorts.get(key);
        if (cohort == null) {
            cohort = new Cohort(kind, month, segment, 0, new int[Cohort.MONTHS]);
            cohorts.put(key, cohort);
        }
        cohort.add(purchaseMonths);
    }

    /** Every cohort counted, by kind, month and segment. */
    List<Cohort> cohorts() {
        return new ArrayList<Cohort>(cohorts.values());
    }
}
