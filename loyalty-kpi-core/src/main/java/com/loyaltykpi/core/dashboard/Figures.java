package com.loyaltykpi.core.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import com.loyaltykpi.core.kpi.Kpi;

/** Writes KPI values in the operator's language: money with its currency, ratios as percentages, points, scores. */
public final class Figures {

    private final Locale locale;
    private final String currency;

    public Figures(Locale locale, String currency) {
        this.locale = locale;
        this.currency = currency;
    }

    /** A value of this KPI, rounded half up as the KPI exports are; undefined values are the caller's ("n/a"). */
    public String value(Kpi.Kind kind, BigDecimal value) {
        switch (kind) {
            case MONEY:
                return money(value);
            case RATIO:
                return percent(value, false);
            case POINTS:
                return points(value, false);
            case COUNT:
                return NumberFormat.getIntegerInstance(locale).format(value);
            default:
                return decimal(value, 1, false);
        }
    }

    /** A change: signed, a ratio change as a percentage, a difference in the unit of the KPI. */
    public String change(Kpi.Kind kind, BigDecimal change) {
        switch (kind) {
            case MONEY:
                return (change.signum() > 0 ? "+" : "") + money(change);
            case RATIO:
                return percent(change, true);
            case POINTS:
                return points(change, true);
            case COUNT:
                return (change.signum() > 0 ? "+" : "") + NumberFormat.getIntegerInstance(locale).format(change);
            default:
                return decimal(change, 1, true);
        }
    }

    /** A count per customer or per answer (orders per answer), with two decimals. */
    public String perCustomer(double value) {
        return decimal(BigDecimal.valueOf(value), 2, false);
    }

    private String money(BigDecimal value) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        Currency unit = Currency.getInstance(currency);
        format.setCurrency(unit);
        format.setMaximumFractionDigits(unit.getDefaultFractionDigits());
        format.setMinimumFractionDigits(unit.getDefaultFractionDigits());
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    private String percent(BigDecimal ratio, boolean signed) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return (signed && ratio.signum() > 0 ? "+" : "") + format.format(ratio);
    }

    /** Percentage points: "+2.5 pts" ("pt." and "Pp." are the labels' business, the number is ours). */
    private String points(BigDecimal points, boolean signed) {
        return decimal(points, 1, signed) + " pp";
    }

    private String decimal(BigDecimal value, int digits, boolean signed) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        String text = format.format(value.setScale(digits, RoundingMode.HALF_UP));
        return signed && value.signum() > 0 ? "+" + text : text;
    }
}
