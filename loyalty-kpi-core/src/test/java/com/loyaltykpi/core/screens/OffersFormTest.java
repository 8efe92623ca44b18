package com.loyaltykpi.core.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltykpi.core.behaviour.BehaviourSegment;
import com.loyaltykpi.core.offers.Audience;
import com.loyaltykpi.core.offers.OfferPolicy;
import com.loyaltykpi.core.offers.OfferRule;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The offer policy's form: the rows shown, the fields checked, overlapping rules named. */
class OffersFormTest {

    @Test
    void theStoredPolicyIsShownWithThreeBlankRows() {
        OffersForm form = OffersForm.of(new OfferPolicy(Arrays.asList(new OfferRule("WINBACK",
                BehaviourSegment.AT_RISK, Audience.MEMBERS, "EUR", new BigDecimal("50.00000"), null)), 0.1));
        assertThat(form.getRows()).hasSize(1 + OffersForm.BLANK_ROWS);
        assertThat(form.getRows().get(0).getMin()).isEqualTo("50");
        assertThat(form.getRows().get(1).getGroup()).isEmpty();
        assertThat(form.getHoldoutPercent()).isEqualTo("10");
    }

    @Test
    void aValidFormGivesThePolicyBlankRowsIgnoredNamesAndCurrenciesInCapitals() {
        Map<String, String[]> posted = new HashMap<String, String[]>();
        rule(posted, 0, "win-back", "AT_RISK", "MEMBERS", "eur", "50,5", "");
        rule(posted, 2, "champions", "CHAMPIONS", "ALL", "EUR", "", "");
        posted.put("holdoutPercent", new String[] {"12.5"});
        OffersForm form = OffersForm.posted(posted);
        assertThat(form.check()).isTrue();
        OfferPolicy policy = form.policy();
        assertThat(policy.rules()).extracting(r -> r.groupCode() + " " + r.currency() + " " + r.minValue())
                .containsExactly("WIN-BACK EUR 50.5", "CHAMPIONS EUR null");
        assertThat(policy.holdoutShare()).isEqualTo(0.125);
    }

    @Test
    void badFieldsAreNamedAndOverlappingRulesAreRefusedByNumberAndGroup() {
        Map<String, String[]> posted = new HashMap<String, String[]>();
        rule(posted, 0, "", "AT_RISK", "ALL", "EUR", "5", "");
        rule(posted, 1, "X", "NOT_A_SEGMENT", "ALL", "EU", "-1", "abc");
        posted.put("holdoutPercent", new String[] {"0"});
        OffersForm bad = OffersForm.posted(posted);
        assertThat(bad.check()).isFalse();
        assertThat(bad.getErrors().keySet()).containsExactly("offer.0.group", "offer.1.segment", "offer.1.currency",
                "offer.1.min", "offer.1.max", "holdoutPercent");

        Map<String, String[]> overlapping = new HashMap<String, String[]>();
        rule(overlapping, 0, "A", "LOST", "ALL", "EUR", "", "");
        rule(overlapping, 1, "B", "AT_RISK", "ALL", "EUR", "", "100");
        rule(overlapping, 2, "C", "AT_RISK", "NON_MEMBERS", "EUR", "50", "");
        overlapping.put("holdoutPercent", new String[] {"10"});
        OffersForm form = OffersForm.posted(overlapping);
        assertThat(form.check()).isFalse();
        assertThat(form.getErrors().get("offers")).containsExactly("lk.offers.error.overlap", 2, "B", 3, "C");
        assertThat(form.policy()).isNull();
    }

    private static void rule(Map<String, String[]> posted, int index, String group, String segment, String audience,
                             String currency, String min, String max) {
        String prefix = "offer." + index + ".";
        posted.put(prefix + "group", new String[] {group});
        posted.put(prefix + "segment", new String[] {segment});
        posted.put(prefix + "audience", new String[] {audience});
        posted.put(prefix + "currency", new String[] {currency});
        posted.put(prefix + "min", new String[] {min});
        posted.put(prefix + "max", new String[] {max});
    }
}
