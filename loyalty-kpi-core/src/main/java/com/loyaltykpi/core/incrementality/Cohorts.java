package com.loyaltykpi.core.incrementality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Groups members by when they first enrolled: cohorts of so many days, the first starting on a Monday. */
final class Cohorts {

    private Cohorts() {
    }

    /**
     * The cohorts of the members whose first enrolment is in [from, to] (epoch days): consecutive blocks of
     * {@code width} days from the Monday on or before {@code from} (1970-01-05 was a Monday), empty ones left out.
     */
    static List<Cohort> of(EstimationData data, int from, int to, int width) {
        int anchor = from - Math.floorMod(from - 4, 7);
        Map<Integer, List<Integer>> byIndex = new TreeMap<Integer, List<Integer>>();
        for (int c = 0; c < data.customers(); c++) {
            int e = data.firstEnrolmentDay[c];
            if (e >= from && e <= to) {
                byIndex.computeIfAbsent((e - anchor) / width, k -> new ArrayList<Integer>()).add(c);
            }
        }
        List<Cohort> cohorts = new ArrayList<Cohort>();
        for (Map.Entry<Integer, List<Integer>> entry : byIndex.entrySet()) {
            List<Integer> members = entry.getValue();
            int[] customers = new int[members.size()];
            int[] days = new int[members.size()];
            for (int i = 0; i < customers.length; i++) {
                customers[i] = members.get(i);
                days[i] = data.firstEnrolmentDay[customers[i]];
            }
            int start = anchor + entry.getKey() * width;
            cohorts.add(new Cohort(start, start + width, customers, days));
        }
        return cohorts;
    }

    /**
     * The members an analysis can use: bought since before its earliest window (moved {@code shift} days earlier)
     * and whose latest window is over; the others are counted by reason when {@code leftOut} is given.
     */
    static List<Cohort> eligible(List<Cohort> cohorts, EstimationData data, Windows windows, int shift,
                                 Map<LeftOut, Integer> leftOut) {
        List<Cohort> eligible = new ArrayList<Cohort>();
        for (Cohort cohort : cohorts) {
            int[] kept = new int[cohort.size()];
            int count = 0;
            for (int i = 0; i < cohort.size(); i++) {
                int c = cohort.customers[i];
                if (data.firstOrderDay[c] > cohort.start - shift - windows.daysBefore()) {
                    count(leftOut, LeftOut.NO_HISTORY, 1);
                } else if (cohort.days[i] - shift + windows.daysAfter() - 1 > data.lastDay) {
                    count(leftOut, LeftOut.WINDOW_OPEN, 1);
                } else {
                    kept[count++] = i;
                }
            }
            if (count > 0) {
                eligible.add(cohort.keep(kept, count));
            }
        }
        return eligible;
    }

    static void count(Map<LeftOut, Integer> counts, LeftOut reason, int n) {
        if (counts != null && n > 0) {
            Integer before = counts.get(reason);
            counts.put(reason, before == null ? n : before + n);
        }
    }
}
