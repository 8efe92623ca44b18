package com.loyaltykpi.core.mix;

import com.loyaltykpi.core.support.SqlDialect;

import java.math.BigDecimal;

/**
 * The grain of the order mix: an order's value as its step on a scale of ten steps per decade (each 26% above the
 * one before: 10, 12.6, 15.8, 20, 25.1, ... in any currency), so that the mix can be kept in rollups while the
 * bands, drawn from the currency's average order value, move. Step k holds the values from 10^(k/10) up to
 * 10^((k+1)/10); a value of zero or less has a step of its own.
 */
public final class ValueSteps {

    /** The step of values of zero or less. */
    public static final int NOT_POSITIVE = -1000;

    private ValueSteps() {
    }

    public static int of(BigDecimal value) {
        return value.signum() <= 0 ? NOT_POSITIVE : (int) Math.floor(10 * Math.log10(value.doubleValue()));
    }

    /**
     * The same in SQL, for a numeric column, in doubles as in Java (the logarithm of a double is exact at whole
     * decades in the databases as in Java, and no price falls nearer another step's edge than rounding reaches).
     */
    public static String sql(SqlDialect dialect, String column) {
        return "CASE WHEN " + column + " <= 0 THEN " + NOT_POSITIVE + " ELSE FLOOR(10 * LOG10(" + dialect.asDouble(column)
                + ")) END";
    }

    /** The middle of a step on the logarithmic scale: where a band limit is compared with it. */
    static double middle(int step) {
        return Math.pow(10, (step + 0.5) / 10);
    }
}
