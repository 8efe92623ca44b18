package com.loyaltykpi.core.offers;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltykpi.core.behaviour.BehaviourSegment;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The offer policy's rules: what they match, which of them overlap, and the held-out draw. */
class OfferPolicyTest {

    private static final Set<String> TRUSTED = new HashSet<String>(Arrays.asList("EUR"));

    private static OfferRule rule(String group, BehaviourSegment segment, Audience audience, String currency,
                                  String min, String max) {
        return new OfferRule(group, segment, audience, currency, min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max));
    }

    @Test
    void aRuleMatchesItsSegmentAudienceCurrencyAndValueRange() {
        OfferRule winBack = rule("WINBACK", BehaviourSegment.AT_RISK, Audience.MEMBERS, "EUR", "50", "200");
        assertThat(winBack.matches("EUR", BehaviourSegment.AT_RISK, true, 50.0, true)).as("min inclusive").isTrue();
        assertThat(winBack.matches("EUR", BehaviourSegment.AT_RISK, true, 200.0, true)).as("max exclusive").isFalse();
        assertThat(winBack.matches("EUR", BehaviourSegment.AT_RISK, false, 80.0, true)).as("not a member").isFalse();
        assertThat(winBack.matches("USD", BehaviourSegment.AT_RISK, true, 80.0, true)).as("currency").isFalse();
        assertThat(winBack.matches("EUR", BehaviourSegment.LOST, true, 80.0, true)).as("segment").isFalse();
        assertThat(winBack.matches("EUR", BehaviourSegment.AT_RISK, true, 80.0, false)).as("untrusted").isFalse();
        assertThat(winBack.matches("EUR", BehaviourSegment.AT_RISK, true, null, true)).as("no prediction").isFalse();
        OfferRule everyone = rule("THANKS", BehaviourSegment.CHAMPIONS, Audience.ALL, "EUR", null, null);
        assertThat(everyone.matches("EUR", BehaviourSegment.CHAMPIONS, false, null, false))
                .as("a rule without a value range needs no model").isTrue();
    }

    @Test
    void overlappingRulesAreFoundAndAdjacentRangesAreNot() {
        OfferPolicy policy = new OfferPolicy(Arrays.asList(
                rule("WINBACK", BehaviourSegment.AT_RISK, Audience.MEMBERS, "EUR", "50", null),
                rule("SMALL", BehaviourSegment.AT_RISK, Audience.ALL, "EUR", null, "50"),        // adjacent: no
                rule("OTHERS", BehaviourSegment.AT_RISK, Audience.NON_MEMBERS, "EUR", "100", null), // other audience
                rule("BIG", BehaviourSegment.AT_RISK, Audience.ALL, "EUR", "100", "300"),          // meets 0 and 2
                rule("USD", BehaviourSegment.AT_RISK, Audience.ALL, "USD", null, null),            // other currency
                rule("LOST", BehaviourSegment.LOST, Audience.ALL, "EUR", null, null)), 0.1);
        assertThat(policy.overlaps()).extracting(pair -> pair[0] + "-" + pair[1]).containsExactly("0-3", "2-3");
    }

    @Test
    void theFirstMatchingRuleGivesTheGroup() {
        OfferPolicy policy = new OfferPolicy(Arrays.asList(
                rule("WINBACK", BehaviourSegment.AT_RISK, Audience.MEMBERS, "EUR", "50", null),
                rule("NUDGE", BehaviourSegment.AT_RISK, Audience.ALL, "EUR", null, "50")), 0.1);
        assertThat(policy.groupOf("EUR", BehaviourSegment.AT_RISK, true, 70.0, TRUSTED)).isEqualTo("WINBACK");
        assertThat(policy.groupOf("EUR", BehaviourSegment.AT_RISK, false, 30.0, TRUSTED)).isEqualTo("NUDGE");
        assertThat(policy.groupOf("EUR", BehaviourSegment.AT_RISK, false, 70.0, TRUSTED)).isNull();
        assertThat(policy.groupOf("EUR", BehaviourSegment.CHAMPIONS, true, 900.0, TRUSTED)).isNull();
        assertThat(new OfferPolicy(Collections.<OfferRule>emptyList(), 0.1).groupOf("EUR", BehaviourSegment.AT_RISK,
                true, 70.0, TRUSTED)).isNull();
    }

    @Test
    void theHoldoutDrawIsStickyUniformAndDependsOnTheSeed() {
        int held = 0;
        int n = 20_000;
        for (int c = 0; c < n; c++) {
            boolean once = HoldoutDraw.heldOut("seed-1", "WINBACK", "c" + c, 0.10);
            assertThat(HoldoutDraw.heldOut("seed-1", "WINBACK", "c" + c, 0.10)).isEqualTo(once);
            held += once ? 1 : 0;
        }
        // binomial(20,000, 0.1): sd 42; within 4 sd
        assertThat(held).isBetween(2000 - 170, 2000 + 170);
        int differ = 0;
        for (int c = 0; c < 1000; c++) {
            double u = HoldoutDraw.uniform("seed-1", "WINBACK", "c" + c);
            assertThat(u).isBetween(0.0, 1.0).isLessThan(1.0);
            differ += u != HoldoutDraw.uniform("seed-2", "WINBACK", "c" + c) ? 1 : 0;
        }
        assertThat(differ).isEqualTo(1000);
    }
}
