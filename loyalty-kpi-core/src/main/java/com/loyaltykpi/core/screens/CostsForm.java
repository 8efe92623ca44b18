package com.loyaltykpi.core.screens;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.loyaltykpi.core.money.Money;
import com.loyaltykpi.core.payoff.CostPlan;
import com.loyaltykpi.core.payoff.ProgramCosts;

/**
 * The settings screen's program costs, per currency: a fixed cost per month ({@code fixed.EUR}) and the rewards and
 * discounts of each of the last 24 months ({@code rewards.EUR.2025-03}), as typed. An empty field is "not entered";
 * anything else must be an amount of at least zero in the currency's decimals. Nothing is saved while any is wrong.
 */
public final class CostsForm {

    /** Months shown: this one and the 23 before it. */
    static final int MONTHS = 24;
    private static final BigDecimal LARGEST = new BigDecimal("1000000000000");

    private final List<String> currencies;
    private final List<YearMonth> months;
    private final Map<String, String> values;
    private final Map<String, List<Object>> errors = new LinkedHashMap<String, List<Object>>();

    private CostsForm(List<String> currencies, List<YearMonth> months, Map<String, String> values) {
        this.currencies = currencies;
        this.months = months;
        this.values = values;
    }

    /** The last 24 months up to this one, newest first. */
    public static List<YearMonth> monthsUpTo(YearMonth current) {
        List<YearMonth> months = new ArrayList<YearMonth>();
        for (int i = 0; i < MONTHS; i++) {
            months.add(current.minusMonths(i));
        }
        return months;
    }

    /** The form showing what is stored for these currencies. */
    public static CostsForm of(ProgramCosts costs, List<String> currencies, List<YearMonth> months) {
        Map<String, String> values = new HashMap<String, String>();
        for (String currency : currencies) {
            CostPlan plan = costs.plan(currency);
            values.put(fixedField(currency), plan.fixedMonthly() == null ? "" : plan.fixedMonthly().toPlainString());
            for (YearMonth month : months) {
                BigDecimal reward = plan.rewards().get(month);
                values.put(rewardField(currency, month), reward == null ? "" : reward.toPlainString());
            }
        }
        return new CostsForm(currencies, months, values);
    }

    /** The form as posted: the request's parameters; a field the request leaves out keeps what is stored. */
    public static CostsForm posted(Map<String, String[]> parameters, ProgramCosts costs, List<String> currencies,
                                   List<YearMonth> months) {
        CostsForm form = of(costs, currencies, months);
        for (Map.Entry<String, String> field : form.values.entrySet()) {
            String[] posted = parameters.get(field.getKey());
            if (posted != null && posted.length > 0 && posted[0] != null) {
                field.setValue(posted[0].trim());
            }
        }
        return form;
    }

    public static String fixedField(String currency) {
        return "fixed." + currency;
    }

    public static String rewardField(String currency, YearMonth month) {
        return "rewards." + currency + "." + month;
    }

    public boolean check() {
        errors.clear();
        for (String currency : currencies) {
            check(fixedField(currency), currency);
            for (YearMonth month : months) {
                check(rewardField(currency, month), currency);
            }
        }
        return errors.isEmpty();
    }

    private void check(String field, String currency) {
        String value = values.get(field);
        if (value.isEmpty()) {
            return;
        }
        int scale = Money.scaleOf(Currency.getInstance(currency));
        BigDecimal amount = amount(value);
        if (amount == null || amount.signum() < 0 || amount.compareTo(LARGEST) >= 0
                || amount.stripTrailingZeros().scale() > scale) {
            errors.put(field, Arrays.<Object>asList("lk.settings.error.amount", scale));
        }
    }

    private static BigDecimal amount(String value) {
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Saves every currency's costs (call after a successful {@link #check()}): empty fields remove an entry. */
    public void save(ProgramCosts costs) {
        for (String currency : currencies) {
            Map<YearMonth, BigDecimal> rewards = new HashMap<YearMonth, BigDecimal>();
            for (YearMonth month : months) {
                rewards.put(month, parsed(rewardField(currency, month)));
            }
            costs.save(currency, parsed(fixedField(currency)), rewards);
        }
    }

    private BigDecimal parsed(String field) {
        String value = values.get(field);
        return value.isEmpty() ? null : amount(value);
    }

    /** A row of the costs table: its label (message key and argument) and its field in each currency. */
    public static final class Row {
        private final String label;
        private final YearMonth month;
        private final List<String> fields = new ArrayList<String>();

        Row(String label, YearMonth month) {
            this.label = label;
            this.month = month;
        }

        public String getLabel() {
            return label;
        }

        /** The month of a rewards row, null for the fixed cost. */
        public YearMonth getMonth() {
            return month;
        }

        public List<String> getFields() {
            return fields;
        }
    }

    /** The table's rows: the fixed cost, then the rewards of each month, newest first. */
    public List<Row> getRows() {
        List<Row> rows = new ArrayList<Row>();
        Row fixed = new Row("lk.settings.fixedMonthly", null);
        for (String currency : currencies) {
            fixed.fields.add(fixedField(currency));
        }
        rows.add(fixed);
        for (YearMonth month : months) {
            Row rewards = new Row("lk.settings.rewardsOf", month);
            for (String currency : currencies) {
                rewards.fields.add(rewardField(currency, month));
            }
            rows.add(rewards);
        }
        return rows;
    }

    public List<String> getCurrencies() {
        return currencies;
    }

    /** What the field holds (as typed, or as stored). */
    public String value(String field) {
        return values.get(field);
    }

    public Map<String, List<Object>> getErrors() {
        return errors;
    }
}
