package com.loyaltykpi.admin.it;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** How an English admin page writes a KPI value, computed independently of the screens' own formatting code. */
final class Shown {

    private Shown() {
    }

    static String money(BigDecimal value, String currency) {
        if (value == null) {
            return "n/a";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.ENGLISH);
        format.setCurrency(Currency.getInstance(currency));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value);
    }

    static String percent(BigDecimal ratio) {
        return ratio == null ? "n/a" : String.format(Locale.US, "%.1f%%", ratio.doubleValue() * 100);
    }

    static String score(BigDecimal value) {
        return value == null ? "n/a" : String.format(Locale.US, "%.1f", value);
    }
}
