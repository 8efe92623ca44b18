package com.loyaltykpi.core.behaviour;

/**
 * What the behaviour model knows of one customer in one currency, in weeks since their first purchase: how many
 * repeat purchases they made ({@code x}, the first one not counted), when the last one was ({@code tx}; 0 without a
 * repeat), how long they have been a customer ({@code T}), and the mean value of their repeat purchases (0 without
 * one). The BG/NBD model reads x, tx and T; the Gamma-Gamma model reads x and the mean value.
 */
public final class PurchaseHistory {

    private final int x;
    private final double tx;
    private final double age;
    private final double meanValue;

    public PurchaseHistory(int x, double tx, double age, double meanValue) {
        if (x < 0 || tx < 0 || age < tx || meanValue < 0 || (x == 0 && (tx != 0 || meanValue != 0))) {
            throw new IllegalArgumentException("not a purchase history: x=" + x + ", tx=" + tx + ", T=" + age
                    + ", mean value=" + meanValue);
        }
        this.x = x;
        this.tx = tx;
        this.age = age;
        this.meanValue = meanValue;
    }

    /** Repeat purchases. */
    public int x() {
        return x;
    }

    /** Weeks from the first purchase to the last. */
    public double tx() {
        return tx;
    }

    /** Weeks from the first purchase to the end of the observation ({@code T}). */
    public double age() {
        return age;
    }

    /** The mean value of the repeat purchases. */
    public double meanValue() {
        return meanValue;
    }
}
