package com.loyaltykpi.core.payoff;

import com.loyaltykpi.core.settings.SettingsStore;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * The program's costs as the operator enters them in the admin's settings (LK_SETTING, shared by every node): per
 * currency a fixed cost per month and the rewards and discounts of each month.
 */
public class ProgramCosts {

    private static final String PREFIX = "payoff.";
    private static final String FIXED = PREFIX + "fixedMonthly.";
    private static final String REWARDS = PREFIX + "rewards.";

    private final SettingsStore settings;

    public ProgramCosts(SettingsStore settings) {
        this.settings = settings;
    }

    /** What was entered for this currency; an unreadable stored amount counts as not entered. */
    public CostPlan plan(String currency) {
        Map<String, String> stored = settings.startingWith(PREFIX);
        BigDecimal fixed = amount(stored.get(FIXED + currency));
        Map<YearMonth, BigDecimal> rewards = new HashMap<YearMonth, BigDecimal>();
        String prefix = REWARDS + currency + ".";
        for (Map.Entry<String, String> entry : stored.entrySet()) {
            if (entry.getKey().startsWith(prefix)) {
                BigDecimal amount = amount(entry.getValue());
                YearMonth month = month(entry.getKey().substring(prefix.length()));
                if (amount != null && month != null) {
                    rewards.put(month, amount);
                }
            }
        }
        return new CostPlan(currency, fixed, rewards);
    }

    /**
     * Saves one currency's costs (checked by the caller: amounts not negative): the fixed cost (null removes it)
     * and the rewards of the months given (null removes a month's entry).
     */
    public void save(String currency, BigDecimal fixedMonthly, Map<YearMonth, BigDecimal> rewards) {
        put(FIXED + currency, fixedMonthly);
        for (Map.Entry<YearMonth, BigDecimal> entry : rewards.entrySet()) {
            put(REWARDS + currency + "." + entry.getKey(), entry.getValue());
        }
    }

    private void put(String name, BigDecimal amount) {
        if (amount == null) {
            settings.remove(name);
        } else {
            settings.put(name, amount.toPlainString());
        }
    }

    private static BigDecimal amount(String value) {
        try {
            return value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static YearMonth month(String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
