package com.loyaltykpi.core.offers;

import com.loyaltykpi.core.behaviour.BehaviourSegment;

import java.math.BigDecimal;

/**
 * One rule of the offer policy: the customers of a segment and audience in a currency, optionally only those whose
 * predicted value of the next 12 months is at least {@code minValue} and below {@code maxValue}, belong to the offer
 * group {@code groupCode}. A rule with a value range matches only where the shop's model passed its honest check.
 */
public final class OfferRule {

    private final String groupCode;
    private final BehaviourSegment segment;
    private final Audience audience;
    private final String currency;
    private final BigDecimal minValue;
    private final BigDecimal maxValue;

    public OfferRule(String groupCode, BehaviourSegment segment, Audience audience, String currency,
                     BigDecimal minValue, BigDecimal maxValue) {
        this.groupCode = groupCode;
        this.segment = segment;
        this.audience = audience;
        this.currency = currency;
        this.minValue = minValue;
        this.maxValue = maxValue;
    }

    public String groupCode() {
        return groupCode;
    }

    public BehaviourSegment segment() {
        return segment;
    }

    public Audience audience() {
        return audience;
    }

    public String currency() {
        return currency;
    }

    /** The smallest predicted value the rule takes (inclusive), or null for no lower bound. */
    public BigDecimal minValue() {
        return minValue;
    }

    /** The predicted value the rule stops at (exclusive), or null for no upper bound. */
    public BigDecimal maxValue() {
        return maxValue;
    }

    /** Whether the rule depends on the predicted value. */
    public boolean usesValue() {
        return minValue != null || maxValue != null;
    }

    /**
     * Whether a customer's model in a currency matches: the segment, the audience (member now or not), and, for a
     * rule with a value range, a predicted value within it from a model that passed its check.
     */
    public boolean matches(String modelCurrency, BehaviourSegment modelSegment, boolean member, Double predictedValue,
                           boolean trusted) {
        if (!currency.equals(modelCurrency) || segment != modelSegment || !audience.includes(member)) {
            return false;
        }
        if (!usesValue()) {
            return true;
        }
        if (!trusted || predictedValue == null) {
            return false;
        }
        return (minValue == null || predictedValue >= minValue.doubleValue())
                && (maxValue == null || predictedValue < maxValue.doubleValue());
    }

    /** Whether some customer could match both rules (same currency and segment, audiences and value ranges meet). */
    public boolean overlaps(OfferRule other) {
        return currency.equals(other.currency) && segment == other.segment && audience.overlaps(other.audience)
                && below(minValue, other.maxValue) && below(other.minValue, maxValue);
    }

    /** Whether a range starting at {@code from} reaches below an end at {@code to} (nulls unbounded). */
    private static boolean below(BigDecimal from, BigDecimal to) {
        return from == null || to == null || from.compareTo(to) < 0;
    }
}
