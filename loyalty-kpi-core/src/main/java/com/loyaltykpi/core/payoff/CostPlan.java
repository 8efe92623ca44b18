package com.loyaltykpi.core.payoff;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the program costs in one currency, as the operator entered it: a fixed cost per month (null while not
 * entered) and the rewards and discounts it gave each month (months without an entry gave none).
 */
public final class CostPlan {

    private final String currency;
    private final BigDecimal fixedMonthly;
    private final Map<YearMonth, BigDecimal> rewards;

    public CostPlan(String currency, BigDecimal fixedMonthly, Map<YearMonth, BigDecimal> rewards) {
        this.currency = currency;
        this.fixedMonthly = fixedMonthly;
        this.rewards = Collections.unmodifiableMap(new TreeMap<YearMonth, BigDecimal>(rewards));
    }

    public String currency() {
        return currency;
    }

    /** The fixed cost per month, or null when the operator has not entered the program's costs. */
    public BigDecimal fixedMonthly() {
        return fixedMonthly;
    }

    /** Rewards and discounts by month. */
    public Map<YearMonth, BigDecimal> rewards() {
        return rewards;
    }

    /** Whether costs were entered for this currency at all. */
    public boolean entered() {
        return fixedMonthly != null || !rewards.isEmpty();
    }

    /** Whether any entered amount is negative (only possible by writing the settings table by hand). */
    public boolean hasNegative() {
        if (fixedMonthly != null && fixedMonthly.signum() < 0) {
            return true;
        }
        for (BigDecimal amount : rewards.values()) {
            if (amount.signum() < 0) {
                return true;
            }
        }
        return false;
    }

    /** The month's cost: the fixed cost (zero while not entered) plus its rewards and discounts. */
    public BigDecimal of(YearMonth month) {
        BigDecimal reward = rewards.get(month);
        return (fixedMonthly == null ? BigDecimal.ZERO : fixedMonthly).add(reward == null ? BigDecimal.ZERO : reward);
    }
}
