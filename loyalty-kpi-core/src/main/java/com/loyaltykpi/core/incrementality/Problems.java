package com.loyaltykpi.core.incrementality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Why an estimate has no figure, or why its figure cannot be trusted, in plain words. */
final class Problems {

    private Problems() {
    }

    static List<Note> of(EstimationData data, EstimateRequest request, int analysed, DiffInDiff main,
                         Map<LeftOut, Integer> leftOut, EventStudy eventStudy, Variant placebo) {
        List<Note> notes = new ArrayList<Note>();
        int firstOrder = firstOrder(data);
        if (analysed == 0) {
            notes.add(new Note("problem.noEnrolments", request.from().toString(), request.to().toString()));
        }
        if (firstOrder == EstimationData.NEVER) {
            notes.add(new Note("problem.noOrders", request.currency(), LocalDate.ofEpochDay(data.lastDay).toString()));
        }
        if (analysed == 0) {
            return notes;
        }
        if (main.members() == 0) {
            notes.add(new Note("problem.noneEstimated", analysed));
            String since = firstOrder == EstimationData.NEVER ? "-" : LocalDate.ofEpochDay(firstOrder).toString();
            for (Map.Entry<LeftOut, Integer> reason : leftOut.entrySet()) {
                notes.add(new Note("problem." + reason.getKey().key(), reason.getValue(), daysBefore(request),
                        daysAfter(request), since, LocalDate.ofEpochDay(data.lastDay).toString()));
            }
            return notes;
        }
        if (!eventStudy.preTrendHolds()) {
            List<String> weeks = new ArrayList<String>();
            for (EventStudy.Week week : eventStudy.weeks()) {
                if (week.outsideBand()) {
                    weeks.add(String.valueOf(week.week()));
                }
            }
            notes.add(new Note("problem.preTrend", String.join(", ", weeks)));
        }
        if (placebo.incrementalRevenue().excludesZero()) {
            notes.add(new Note("problem.placebo", placebo.incrementalRevenue().value(), placebo.incrementalRevenue().low(),
                    placebo.incrementalRevenue().high(), request.currency()));
        }
        return notes;
    }

    private static int daysBefore(EstimateRequest request) {
        return new Windows(request.settings(), true).daysBefore();
    }

    private static int daysAfter(EstimateRequest request) {
        return new Windows(request.settings(), true).daysAfter();
    }

    /** The first recorded order of any customer in the data, or {@link EstimationData#NEVER}. */
    private static int firstOrder(EstimationData data) {
        int first = EstimationData.NEVER;
        for (int c = 0; c < data.customers(); c++) {
            first = Math.min(first, data.firstOrderDay[c]);
        }
        return first;
    }
}
