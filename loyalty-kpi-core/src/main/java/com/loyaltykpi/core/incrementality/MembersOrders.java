package com.loyaltykpi.core.incrementality;

import com.loyaltykpi.core.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the estimated members bought in their windows after enrolling: revenue, margin over the revenue with known
 * cost and that revenue's share (coverage), and their member-days per month against all members' member-days,
 * from which the payoff takes their share of the program's cost.
 */
final class MembersOrders {

    private long revenue;
    private long costKnownRevenue;
    private long cost;
    private final Map<YearMonth, long[]> days = new TreeMap<YearMonth, long[]>();
    private final int scale;

    MembersOrders(EstimationData data, DiffInDiff main, Currency currency) {
        this.scale = Money.scaleOf(currency);
        for (int c = 0; c < data.customers(); c++) {
            if (!main.estimated(c)) {
                continue;
            }
            int e = data.firstEnrolmentDay[c];
            int start = main.postStart(e);
            int end = main.postEnd(e);
            Purchases p = data.purchases[c];
            revenue += p.revenue(start, end);
            costKnownRevenue += p.costKnownRevenue(start, end);
            cost += p.cost(start, end);
            for (int day = start; day < end; day++) {
                if (data.memberOn(c, day)) {
                    month(day)[0]++;
                }
            }
        }
        if (!days.isEmpty()) {
            countAllMembers(data);
        }
    }

    private long[] month(int day) {
        return days.computeIfAbsent(YearMonth.from(LocalDate.ofEpochDay(day)), m -> new long[2]);
    }

    /** Every member's days as a member in the months the estimated members' windows touch. */
    private void countAllMembers(EstimationData data) {
        for (Map.Entry<YearMonth, long[]> entry : days.entrySet()) {
            int first = (int) entry.getKey().atDay(1).toEpochDay();
            int after = (int) entry.getKey().plusMonths(1).atDay(1).toEpochDay();
            long total = 0;
            for (int c = 0; c < data.customers(); c++) {
                int[] periods = data.periods[c];
                for (int i = 0; i < periods.length; i += 2) {
                    total += Math.max(0, Math.min(after, periods[i + 1]) - Math.max(first, periods[i]));
                }
            }
            entry.getValue()[1] = total;
        }
    }

    BigDecimal revenue() {
        return BigDecimal.valueOf(revenue, scale);
    }

    /** Margin over the revenue with known cost; null when no cost is known. */
    BigDecimal margin() {
        return ratio(costKnownRevenue - cost, costKnownRevenue);
    }

    /** The share of revenue whose cost is known; null without revenue. */
    BigDecimal coverage() {
        return ratio(costKnownRevenue, revenue);
    }

    private static BigDecimal ratio(long numerator, long denominator) {
        return denominator == 0 ? null : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_EVEN);
    }

    List<MemberDays> memberDays() {
        List<MemberDays> list = new ArrayList<MemberDays>();
        for (Map.Entry<YearMonth, long[]> entry : days.entrySet()) {
            list.add(new MemberDays(entry.getKey(), entry.getValue()[0], entry.getValue()[1]));
        }
        return list;
    }
}
