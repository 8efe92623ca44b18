package com.loyaltykpi.core.incrementality;

import java.math.BigDecimal;

/** An estimated amount with its 95% interval; all three null when it could not be estimated (undefined). */
public final class Estimated {

    public static final Estimated UNDEFINED = new Estimated(null, null, null);

    private final BigDecimal value;
    private final BigDecimal low;
    private final BigDecimal high;

    /** A defined estimate: all three given; or, with all three null, an undefined one. */
    public static Estimated of(BigDecimal value, BigDecimal low, BigDecimal high) {
        return value == null ? UNDEFINED : new Estimated(value, low, high);
    }

    Estimated(BigDecimal value, BigDecimal low, BigDecimal high) {
        this.value = value;
        this.low = low;
        this.high = high;
    }

    /** The estimate, or null when undefined. */
    public BigDecimal value() {
        return value;
    }

    /** The 2.5% bound of the 95% interval, or null. */
    public BigDecimal low() {
        return low;
    }

    /** The 97.5% bound, or null. */
    public BigDecimal high() {
        return high;
    }

    public boolean defined() {
        return value != null;
    }

    /** Whether the interval lies wholly above or below zero. */
    public boolean excludesZero() {
        return defined() && (low.signum() > 0 || high.signum() < 0);
    }

    @Override
    public String toString() {
        return defined() ? value.toPlainString() + " [" + low.toPlainString() + "; " + high.toPlainString() + "]" : "n/a";
    }
}
