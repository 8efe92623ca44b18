package com.loyaltykpi.core.payoff;

import com.loyaltykpi.core.incrementality.Estimate;
import com.loyaltykpi.core.incrementality.Estimated;
import com.loyaltykpi.core.incrementality.MemberDays;
import com.loyaltykpi.core.incrementality.Note;
import com.loyaltykpi.core.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The payoff of an estimate with the costs entered. The cost counted is the program's cost of each month times the
 * share of that month's member-days that are the estimated members' days in their windows: the estimate speaks for
 * those days only, so only their cost is set against it.
 */
public final class PayoffCalculator {

    private PayoffCalculator() {
    }

    public static Payoff of(Estimate estimate, CostPlan costs) {
        Currency currency = Currency.getInstance(estimate.request().currency());
        int scale = Money.scaleOf(currency);
        List<Note> reasons = new ArrayList<Note>();
        Estimated incremental = estimate.incremental();
        if (!incremental.defined()) {
            reasons.add(new Note("payoff.noEstimate"));
            return new Payoff(Payoff.Verdict.NOT_KNOWN, Estimated.UNDEFINED, null, Estimated.UNDEFINED, Estimated.UNDEFINED, reasons);
        }
        BigDecimal margin = estimate.margin();
        Estimated incrementalMargin = Estimated.UNDEFINED;
        if (margin == null) {
            reasons.add(new Note("payoff.noMargin"));
        } else {
            incrementalMargin = times(incremental, margin, scale);
            reasons.add(new Note("payoff.margin", margin.movePointRight(2), estimate.marginCoverage().movePointRight(2)));
        }
        BigDecimal cost = null;
        if (!costs.entered()) {
            reasons.add(new Note("payoff.noCosts", costs.currency()));
        } else if (costs.hasNegative()) {
            reasons.add(new Note("payoff.negativeCost", costs.currency()));
        } else {
            cost = attributable(estimate.memberDays(), costs).setScale(scale, RoundingMode.HALF_EVEN);
            reasons.add(new Note("payoff.cost", cost, costs.currency()));
        }
        if (!incrementalMargin.defined() || cost == null) {
            return new Payoff(Payoff.Verdict.NOT_KNOWN, incrementalMargin, cost, Estimated.UNDEFINED, Estimated.UNDEFINED, reasons);
        }
        Estimated net = Estimated.of(incrementalMargin.value().subtract(cost), incrementalMargin.low().subtract(cost),
                incrementalMargin.high().subtract(cost));
        Estimated returnOnCost = cost.signum() == 0 ? Estimated.UNDEFINED : Estimated.of(ratio(net.value(), cost),
                ratio(net.low(), cost), ratio(net.high(), cost));
        return new Payoff(verdict(estimate, net, reasons), incrementalMargin, cost, net, returnOnCost, reasons);
    }

    private static Payoff.Verdict verdict(Estimate estimate, Estimated net, List<Note> reasons) {
        if (!estimate.trusted()) {
            reasons.add(0, new Note("payoff.untrusted"));
            return Payoff.Verdict.NOT_KNOWN;
        }
        if (net.low().signum() > 0) {
            return Payoff.Verdict.PAYS_OFF;
        }
        if (net.high().signum() < 0) {
            return Payoff.Verdict.DOES_NOT_PAY_OFF;
        }
        reasons.add(0, new Note("payoff.straddles"));
        return Payoff.Verdict.NOT_KNOWN;
    }

    /** The estimate times the margin; a negative margin turns the interval around. */
    private static Estimated times(Estimated estimate, BigDecimal margin, int scale) {
        BigDecimal low = estimate.low().multiply(margin).setScale(scale, RoundingMode.HALF_EVEN);
        BigDecimal high = estimate.high().multiply(margin).setScale(scale, RoundingMode.HALF_EVEN);
        return Estimated.of(estimate.value().multiply(margin).setScale(scale, RoundingMode.HALF_EVEN),
                margin.signum() < 0 ? high : low, margin.signum() < 0 ? low : high);
    }

    /** Each month's cost times the estimated members' share of its member-days. */
    static BigDecimal attributable(List<MemberDays> days, CostPlan costs) {
        BigDecimal total = BigDecimal.ZERO;
        for (MemberDays month : days) {
            if (month.all() > 0) {
                total = total.add(costs.of(month.month()).multiply(BigDecimal.valueOf(month.estimated()))
                        .divide(BigDecimal.valueOf(month.all()), 10, RoundingMode.HALF_EVEN));
            }
        }
        return total;
    }

    private static BigDecimal ratio(BigDecimal amount, BigDecimal cost) {
        return amount.divide(cost, 4, RoundingMode.HALF_EVEN);
    }
}
