package com.loyaltykpi.core.offers;

import com.loyaltykpi.core.behaviour.BehaviourSegment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The offer policy: rules in order, and the share of each offer group's customers held out at random (they keep
 * their group but do not qualify for its offer, so that the group's result can be measured against them). A policy
 * whose rules overlap is refused ({@link #overlaps()}), so a customer's group never depends on the rules' order.
 */
public final class OfferPolicy {

    /** The share held out when the shop has not chosen one. */
    public static final double DEFAULT_HOLDOUT = 0.10;
    /** The smallest and largest share held out that the settings take. */
    public static final double MIN_HOLDOUT = 0.01;
    public static final double MAX_HOLDOUT = 0.50;
    /** The rules a policy holds at most. */
    public static final int MAX_RULES = 20;

    private final List<OfferRule> rules;
    private final double holdoutShare;

    public OfferPolicy(List<OfferRule> rules, double holdoutShare) {
        this.rules = Collections.unmodifiableList(new ArrayList<OfferRule>(rules));
        this.holdoutShare = holdoutShare;
    }

    public List<OfferRule> rules() {
        return rules;
    }

    public double holdoutShare() {
        return holdoutShare;
    }

    /** The pairs of rules (their indexes, the first lower) that some customer could match both of. */
    public List<int[]> overlaps() {
        List<int[]> pairs = new ArrayList<int[]>();
        for (int i = 0; i < rules.size(); i++) {
            for (int j = i + 1; j < rules.size(); j++) {
                if (rules.get(i).overlaps(rules.get(j))) {
                    pairs.add(new int[] {i, j});
                }
            }
        }
        return pairs;
    }

    /** The group of the first rule matching the customer's model in this currency, or null. */
    public String groupOf(String currency, BehaviourSegment segment, boolean member, Double predictedValue,
                          Set<String> trustedCurrencies) {
        int rule = firstMatch(currency, segment, member, predictedValue, trustedCurrencies);
        return rule < 0 ? null : rules.get(rule).groupCode();
    }

    /** The index of the first rule matching the customer's model in this currency, or -1. */
    int firstMatch(String currency, BehaviourSegment segment, boolean member, Double predictedValue,
                   Set<String> trustedCurrencies) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).matches(currency, segment, member, predictedValue, trustedCurrencies.contains(currency))) {
                return i;
            }
        }
        return -1;
    }
}
