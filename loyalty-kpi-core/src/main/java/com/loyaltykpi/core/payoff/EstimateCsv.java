package com.loyaltykpi.core.payoff;

import com.loyaltykpi.core.incrementality.CohortResult;
import com.loyaltykpi.core.incrementality.Estimate;
import com.loyaltykpi.core.incrementality.EstimateSettings;
import com.loyaltykpi.core.incrementality.Estimated;
import com.loyaltykpi.core.incrementality.EventStudy;
import com.loyaltykpi.core.incrementality.LeftOut;
import com.loyaltykpi.core.incrementality.Note;
import com.loyaltykpi.core.incrementality.Variant;
import com.loyaltykpi.core.money.Money;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An estimate and its payoff as one CSV file (UTF-8, comma separated, ISO dates, '.' as decimal separator, amounts
 * at the currency's scale, ratios with 4 decimals, undefined as an empty cell): one row per figure, the kind of
 * figure in the first two columns; the reasons and assumptions as text in the operator's language.
 */
public final class EstimateCsv {

    static final List<String> HEADER = Arrays.asList("section", "figure", "period_start", "period_end", "week", "members",
            "comparisons", "value", "low", "high", "text");
    private static final int RATIO_SCALE = 4;

    private final CSVPrinter printer;
    private final int scale;
    private final Locale locale;

    private EstimateCsv(Appendable out, String currency, Locale locale) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build());
        this.scale = Money.scaleOf(Currency.getInstance(currency));
        this.locale = locale;
    }

    public static void write(Estimate estimate, CostPlan costs, Locale locale, Appendable out) throws IOException {
        new EstimateCsv(out, estimate.request().currency(), locale).write(estimate, PayoffCalculator.of(estimate, costs));
    }

    private void write(Estimate estimate, Payoff payoff) throws IOException {
        printer.printRecord(HEADER);
        EstimateSettings settings = estimate.request().settings();
        row("request", "enrolled", estimate.request().from(), estimate.request().to(), null, estimate.analysed(), null,
                null, null, null, estimate.request().currency());
        row("request", "settings", null, null, null, null, null, null, null, null, settings.toString());
        money("estimate", "incremental_revenue", estimate.matched(), estimate.comparisons(), estimate.incremental());
        amount("estimate", "member_change", estimate.memberPrePostChange());
        amount("estimate", "control_change", estimate.controlPrePostChange());
        amount("estimate", "member_post_revenue", estimate.memberPostRevenue());
        ratio("estimate", "margin", estimate.margin());
        ratio("estimate", "margin_coverage", estimate.marginCoverage());
        row("estimate", "trusted", null, null, null, null, null, null, null, null, String.valueOf(estimate.trusted()));
        for (Map.Entry<LeftOut, Integer> entry : estimate.leftOut().entrySet()) {
            row("left_out", entry.getKey().name(), null, null, null, entry.getValue(), null, null, null, null,
                    new Note(entry.getKey().key()).text(locale));
        }
        row("payoff", "verdict", null, null, null, null, null, null, null, null, payoff.verdict().name());
        money("payoff", "incremental_margin", null, null, payoff.incrementalMargin());
        amount("payoff", "cost", payoff.cost());
        money("payoff", "net_contribution", null, null, payoff.netContribution());
        Estimated roc = payoff.returnOnCost();
        row("payoff", "return_on_cost", null, null, null, null, null, ratio(roc.value()), ratio(roc.low()), ratio(roc.high()), null);
        variant("placebo", estimate.placebo());
        if (estimate.neverMembers() != null) {
            variant("never_members", estimate.neverMembers());
        }
        for (EventStudy.Week week : estimate.eventStudy().weeks()) {
            Estimated lift = week.lift();
            row("event_study", "lift_per_member", null, null, week.week(), estimate.eventStudy().members(), null,
                    amount(lift.value()), amount(lift.low()), amount(lift.high()), week.outsideBand() ? "outside the 95% band" : null);
        }
        for (CohortResult cohort : estimate.cohorts()) {
            row("cohort", "incremental_revenue", cohort.start(), cohort.end(), null, cohort.members(), cohort.comparisons(),
                    amount(cohort.incrementalRevenue()), null, null,
                    cohort.leftOut() == null ? null : new Note(cohort.leftOut().key()).text(locale));
        }
        notes("problem", estimate.problems());
        notes("payoff_reason", payoff.reasons());
        notes("assumption", estimate.assumptions());
        printer.flush();
    }

    private void variant(String section, Variant variant) throws IOException {
        money(section, "incremental_revenue", variant.members(), variant.comparisons(), variant.incrementalRevenue());
    }

    private void money(String section, String figure, Integer members, Integer comparisons, Estimated estimated) throws IOException {
        row(section, figure, null, null, null, members, comparisons, amount(estimated.value()), amount(estimated.low()),
                amount(estimated.high()), null);
    }

    private void amount(String section, String figure, BigDecimal value) throws IOException {
        row(section, figure, null, null, null, null, null, amount(value), null, null, null);
    }

    private void ratio(String section, String figure, BigDecimal value) throws IOException {
        row(section, figure, null, null, null, null, null, ratio(value), null, null, null);
    }

    private void notes(String section, List<Note> notes) throws IOException {
        for (Note note : notes) {
            row(section, note.key(), null, null, null, null, null, null, null, null, note.text(locale));
        }
    }

    private void row(String section, String figure, Object start, Object end, Integer week, Integer members,
                     Integer comparisons, String value, String low, String high, String text) throws IOException {
        printer.printRecord(section, figure, cell(start), cell(end), cell(week), cell(members), cell(comparisons),
                cell(value), cell(low), cell(high), cell(text));
    }

    private static String cell(Object value) {
        return value == null ? "" : value.toString();
    }

    private String amount(BigDecimal value) {
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String ratio(BigDecimal value) {
        return value == null ? null : value.setScale(RATIO_SCALE, RoundingMode.HALF_EVEN).toPlainString();
    }
}
