package com.loyaltykpi.core.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltykpi.core.behaviour.BehaviourSegment;
import com.loyaltykpi.core.cohorts.CohortKind;
import com.loyaltykpi.core.offers.Audience;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The customers screen's verdict on a currency's model, from the stored fit and check, and what it hides. */
class ShopBehaviourTest {

    @Test
    void aTrustedModelShowsItsPredictionsPerSegment() {
        ShopBehaviour shown = ShopBehaviour.of(fit(true, true), Arrays.asList(check(0, 100, 0.5, 0.45),
                check(1, 40, 1.2, 1.3)), Arrays.asList(segment("LOST", 60, null, null), segment("CHAMPIONS", 40,
                "4000", "0.9")));
        assertThat(shown.verdict()).isEqualTo("lk.customers.verdict.trusted");
        // bought 100 x 0.45 + 40 x 1.3 = 97; predicted 100 x 0.5 + 40 x 1.2 = 98
        assertThat(shown.verdictArgument(0)).isEqualTo(97L);
        assertThat(shown.verdictArgument(1)).isEqualTo(98L);
        assertThat(shown.verdictArgument(2)).isNull();
        assertThat(shown.segments()).extracting(s -> s.segment()).containsExactly(BehaviourSegment.CHAMPIONS,
                BehaviourSegment.LOST);
        ShopBehaviour.SegmentRow champions = shown.segments().get(0);
        assertThat(champions.share()).isEqualTo(0.4);
        assertThat(champions.valuePerCustomer()).isEqualTo(100.0);
        assertThat(champions.probabilityActive()).isEqualTo(0.9);
        assertThat(shown.segments().get(1).valuePerCustomer()).isNull();
    }

    @Test
    void anUntrustedModelSaysWhereItMissesAndHidesItsPredictions() {
        // in total within 20% (predicted 90, bought 80), but the 40 customers with one repeat purchase are off
        ShopBehaviour shown = ShopBehaviour.of(fit(true, false), Arrays.asList(check(0, 100, 0.5, 0.6),
                check(1, 40, 1.0, 0.5), check(7, 5, 0.0, 0.0)), Collections.singletonList(segment("CHAMPIONS", 40,
                "4000", "0.9")));
        assertThat(shown.verdict()).isEqualTo("lk.customers.verdict.offClass");
        assertThat(Arrays.asList(shown.verdictArgument(0), shown.verdictArgument(1), shown.verdictArgument(2)))
                .containsExactly("1", 0.5, 1.0);
        assertThat(shown.checks()).extracting(c -> c.label() + " " + c.judged() + " " + c.off())
                .containsExactly("0 true false", "1 true true", "7+ false false");
        assertThat(shown.segments().get(0).valuePerCustomer()).as("hidden").isNull();
        assertThat(shown.segments().get(0).probabilityActive()).as("hidden").isNull();
    }

    @Test
    void aMissedTotalIsTheVerdictBeforeAnyClass() {
        ShopBehaviour shown = ShopBehaviour.of(fit(true, false), Arrays.asList(check(0, 100, 1.0, 0.5),
                check(1, 40, 1.0, 0.5)), Collections.<Map<String, Object>>emptyList());
        assertThat(shown.verdict()).isEqualTo("lk.customers.verdict.offTotal");
        assertThat(Arrays.asList(shown.verdictArgument(0), shown.verdictArgument(1))).containsExactly(70L, 140L);
    }

    @Test
    void aRefusedFitSaysWhatIsMissingAndAnUncheckedOneSaysSo() {
        Map<String, Object> refused = fit(false, false);
        ShopBehaviour notFitted = ShopBehaviour.of(refused, Collections.<Map<String, Object>>emptyList(),
                Collections.<Map<String, Object>>emptyList());
        assertThat(notFitted.verdict()).isEqualTo("lk.customers.verdict.notFitted");
        assertThat(Arrays.asList(notFitted.verdictArgument(0), notFitted.verdictArgument(1),
                notFitted.verdictArgument(2), notFitted.verdictArgument(3))).containsExactly(100, 40, 100, 30);
        ShopBehaviour unchecked = ShopBehaviour.of(fit(true, false), Collections.<Map<String, Object>>emptyList(),
                Collections.<Map<String, Object>>emptyList());
        assertThat(unchecked.verdict()).isEqualTo("lk.customers.verdict.notCheckable");
    }

    @Test
    void everyVerdictSegmentCohortAndAudienceHasItsTexts() throws IOException {
        List<String> keys = new ArrayList<String>(Arrays.asList("trusted", "notFitted", "notCheckable", "offTotal",
                "offClass"));
        keys.replaceAll(k -> "lk.customers.verdict." + k);
        for (BehaviourSegment segment : BehaviourSegment.values()) {
            keys.add("lk.behaviour." + segment.name());
            keys.add("lk.behaviour.rule." + segment.name());
        }
        for (CohortKind kind : CohortKind.values()) {
            keys.add("lk.cohorts." + kind.name());
        }
        for (Audience audience : Audience.values()) {
            keys.add("lk.offers.audience." + audience.name());
        }
        for (String language : new String[] {"", "_it", "_de"}) {
            Properties texts = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/messages/LoyaltyKpiScreens" + language
                    + ".properties")) {
                texts.load(in);
            }
            assertThat(texts.stringPropertyNames()).as(language).containsAll(keys);
        }
    }

    private static Map<String, Object> fit(boolean fitted, boolean trusted) {
        Map<String, Object> fit = new HashMap<String, Object>();
        fit.put("CURRENCY", "EUR");
        fit.put("CUSTOMERS", 100);
        fit.put("REPEAT_CUSTOMERS", 40);
        fit.put("BG_R", fitted ? new BigDecimal("0.243") : null);
        fit.put("CHECK_TRUSTED", trusted);
        fit.put("COMPUTED_AT", 0L);
        return fit;
    }

    private static Map<String, Object> check(int repeat, int customers, double predicted, double actual) {
        Map<String, Object> row = new HashMap<String, Object>();
        row.put("REPEAT_PURCHASES", repeat);
        row.put("CUSTOMERS", customers);
        row.put("PREDICTED", BigDecimal.valueOf(predicted));
        row.put("ACTUAL", BigDecimal.valueOf(actual));
        return row;
    }

    private static Map<String, Object> segment(String name, int customers, String value, String active) {
        Map<String, Object> row = new HashMap<String, Object>();
        row.put("SEGMENT", name);
        row.put("CUSTOMERS", customers);
        row.put("PREDICTED_VALUE", value == null ? null : new BigDecimal(value));
        row.put("P_ACTIVE", active == null ? null : new BigDecimal(active));
        return row;
    }
}
