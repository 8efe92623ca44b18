package com.loyaltykpi.core.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.loyaltykpi.core.incrementality.CohortResult;
import com.loyaltykpi.core.incrementality.Estimate;
import com.loyaltykpi.core.incrementality.Estimated;
import com.loyaltykpi.core.incrementality.EventStudy;
import com.loyaltykpi.core.incrementality.LeftOut;
import com.loyaltykpi.core.incrementality.Note;
import com.loyaltykpi.core.incrementality.Variant;
import com.loyaltykpi.core.kpi.Kpi;
import com.loyaltykpi.core.payoff.CostPlan;
import com.loyaltykpi.core.payoff.Payoff;
import com.loyaltykpi.core.payoff.PayoffCalculator;

/**
 * The estimate as the dashboard's cards and charts read it (JSON): numbers for the charts, texts in the operator's
 * language for the cards. The top-level fields of the first version stay as they were (value, low, high, analysed,
 * matched, memberChange, controlChange: operators' scripts read them); the payoff, the event study, the placebo,
 * the cohorts and the reasons come beside them.
 */
public final class EstimateView {

    private final Figures figures;
    private final Locale locale;

    private EstimateView(String currency, Locale locale) {
        this.figures = new Figures(locale, currency);
        this.locale = locale;
    }

    public static Map<String, Object> of(Estimates.Kept kept, CostPlan costs, String currency, Locale locale, Clock clock) {
        return new EstimateView(currency, locale).view(kept, costs, clock);
    }

    private Map<String, Object> view(Estimates.Kept kept, CostPlan costs, Clock clock) {
        Map<String, Object> view = new LinkedHashMap<String, Object>();
        Estimate estimate = kept == null ? null : kept.estimate();
        view.put("status", kept == null ? "computing" : kept.failed() ? "failed" : "ready");
        view.put("refreshing", kept != null && kept.refreshing());
        view.put("computedAt", kept == null ? null : kept.computedAt().toString());
        view.put("ageSeconds", kept == null ? null : Duration.between(kept.computedAt(), clock.instant()).getSeconds());
        view.put("defined", estimate != null && estimate.incremental().defined());
        if (estimate == null) {
            return view;
        }
        view.put("analysed", estimate.analysed());
        view.put("matched", estimate.matched());
        view.put("comparisons", estimate.comparisons());
        putMoney(view, "", estimate.incremental());
        view.put("memberChange", number(estimate.memberPrePostChange()));
        view.put("controlChange", number(estimate.controlPrePostChange()));
        view.put("trusted", estimate.trusted());
        view.put("leftOut", leftOut(estimate));
        view.put("problems", texts(estimate.problems()));
        view.put("assumptions", texts(estimate.assumptions()));
        view.put("margin", number(estimate.margin()));
        view.put("marginCoverage", number(estimate.marginCoverage()));
        view.put("payoff", payoff(PayoffCalculator.of(estimate, costs)));
        view.put("placebo", variant(estimate.placebo()));
        view.put("neverMembers", estimate.neverMembers() == null ? null : variant(estimate.neverMembers()));
        view.put("eventStudy", eventStudy(estimate.eventStudy()));
        view.put("cohorts", cohorts(estimate));
        Map<String, Object> settings = new LinkedHashMap<String, Object>();
        settings.put("windowDays", estimate.request().settings().windowDays());
        settings.put("cohortDays", estimate.request().settings().cohortDays());
        settings.put("excludedDays", estimate.request().settings().excludedDays());
        settings.put("neverMemberFallback", estimate.request().settings().neverMemberFallback());
        view.put("settings", settings);
        return view;
    }

    /** value, low, high as numbers and text, interval as "low – high", under the prefix. */
    private void putMoney(Map<String, Object> view, String prefix, Estimated estimated) {
        view.put(name(prefix, "value"), number(estimated.value()));
        view.put(name(prefix, "low"), number(estimated.low()));
        view.put(name(prefix, "high"), number(estimated.high()));
        view.put(name(prefix, "text"), estimated.defined() ? money(estimated.value()) : null);
        view.put(name(prefix, "interval"), estimated.defined() ? money(estimated.low()) + " – " + money(estimated.high()) : null);
    }

    private static String name(String prefix, String field) {
        return prefix.isEmpty() ? field : prefix + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    private Map<String, Object> money(Estimated estimated) {
        Map<String, Object> view = new LinkedHashMap<String, Object>();
        view.put("defined", estimated.defined());
        putMoney(view, "", estimated);
        view.put("excludesZero", estimated.excludesZero());
        return view;
    }

    private Map<String, Object> payoff(Payoff payoff) {
        Map<String, Object> view = new LinkedHashMap<String, Object>();
        view.put("verdict", payoff.verdict().name());
        view.put("net", money(payoff.netContribution()));
        view.put("incrementalMargin", money(payoff.incrementalMargin()));
        view.put("cost", number(payoff.cost()));
        view.put("costText", payoff.cost() == null ? null : money(payoff.cost()));
        Estimated roc = payoff.returnOnCost();
        Map<String, Object> returnOnCost = new LinkedHashMap<String, Object>();
        returnOnCost.put("defined", roc.defined());
        returnOnCost.put("value", number(roc.value()));
        returnOnCost.put("low", number(roc.low()));
        returnOnCost.put("high", number(roc.high()));
        returnOnCost.put("text", roc.defined() ? figures.value(Kpi.Kind.RATIO, roc.value()) : null);
        returnOnCost.put("interval", roc.defined()
                ? figures.value(Kpi.Kind.RATIO, roc.low()) + " – " + figures.value(Kpi.Kind.RATIO, roc.high()) : null);
        view.put("returnOnCost", returnOnCost);
        view.put("reasons", texts(payoff.reasons()));
        return view;
    }

    private Map<String, Object> variant(Variant variant) {
        Map<String, Object> view = money(variant.incrementalRevenue());
        view.put("members", variant.members());
        view.put("comparisons", variant.comparisons());
        return view;
    }

    private Map<String, Object> eventStudy(EventStudy study) {
        Map<String, Object> view = new LinkedHashMap<String, Object>();
        List<Integer> weeks = new ArrayList<Integer>();
        List<Double> lift = new ArrayList<Double>();
        List<Double> low = new ArrayList<Double>();
        List<Double> high = new ArrayList<Double>();
        List<Integer> outside = new ArrayList<Integer>();
        for (EventStudy.Week week : study.weeks()) {
            weeks.add(week.week());
            lift.add(number(week.lift().value()));
            low.add(number(week.lift().low()));
            high.add(number(week.lift().high()));
            if (week.outsideBand()) {
                outside.add(week.week());
            }
        }
        view.put("defined", study.defined());
        view.put("members", study.members());
        view.put("weeks", weeks);
        view.put("lift", lift);
        view.put("low", low);
        view.put("high", high);
        view.put("outsideBand", outside);
        view.put("preTrendHolds", study.preTrendHolds());
        return view;
    }

    private List<Map<String, Object>> cohorts(Estimate estimate) {
        List<Map<String, Object>> cohorts = new ArrayList<Map<String, Object>>();
        for (CohortResult cohort : estimate.cohorts()) {
            Map<String, Object> row = new LinkedHashMap<String, Object>();
            row.put("start", cohort.start().toString());
            row.put("end", cohort.end().toString());
            row.put("members", cohort.members());
            row.put("comparisons", cohort.comparisons());
            row.put("incremental", number(cohort.incrementalRevenue()));
            row.put("incrementalText", cohort.incrementalRevenue() == null ? null : money(cohort.incrementalRevenue()));
            row.put("leftOut", cohort.leftOut() == null ? null : new Note(cohort.leftOut().key()).text(locale));
            cohorts.add(row);
        }
        return cohorts;
    }

    private List<Map<String, Object>> leftOut(Estimate estimate) {
        List<Map<String, Object>> reasons = new ArrayList<Map<String, Object>>();
        for (Map.Entry<LeftOut, Integer> entry : estimate.leftOut().entrySet()) {
            Map<String, Object> reason = new LinkedHashMap<String, Object>();
            reason.put("reason", entry.getKey().name());
            reason.put("text", new Note(entry.getKey().key()).text(locale));
            reason.put("members", entry.getValue());
            reasons.add(reason);
        }
        return reasons;
    }

    private List<String> texts(List<Note> notes) {
        List<String> texts = new ArrayList<String>();
        for (Note note : notes) {
            texts.add(note.text(locale));
        }
        return texts;
    }

    private String money(BigDecimal value) {
        return figures.value(Kpi.Kind.MONEY, value);
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
