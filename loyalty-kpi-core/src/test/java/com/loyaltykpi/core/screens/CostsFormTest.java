package com.loyaltykpi.core.screens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.loyaltykpi.core.payoff.CostPlan;
import com.loyaltykpi.core.payoff.ProgramCosts;

class CostsFormTest {

    private static final List<String> CURRENCIES = Arrays.asList("EUR", "JPY");
    private static final List<YearMonth> MONTHS = CostsForm.monthsUpTo(YearMonth.of(2026, 11));

    private final ProgramCosts costs = mock(ProgramCosts.class);

    CostsFormTest() {
        Map<YearMonth, BigDecimal> rewards = new HashMap<YearMonth, BigDecimal>();
        rewards.put(YearMonth.of(2026, 3), new BigDecimal("120.50"));
        when(costs.plan("EUR")).thenReturn(new CostPlan("EUR", new BigDecimal("900.00"), rewards));
        when(costs.plan("JPY")).thenReturn(new CostPlan("JPY", null, Collections.<YearMonth, BigDecimal>emptyMap()));
    }

    @Test
    void theLast24MonthsNewestFirst() {
        assertThat(MONTHS).hasSize(24);
        assertThat(MONTHS.get(0)).isEqualTo(YearMonth.of(2026, 11));
        assertThat(MONTHS.get(23)).isEqualTo(YearMonth.of(2024, 12));
    }

    @Test
    void showsWhatIsStoredAndKeepsWhatARequestLeavesOut() {
        Map<String, String[]> posted = new HashMap<String, String[]>();
        posted.put("fixed.JPY", new String[] {"1500"});
        posted.put("rewards.EUR.2026-03", new String[] {""});

        CostsForm shown = CostsForm.of(costs, CURRENCIES, MONTHS);
        CostsForm form = CostsForm.posted(posted, costs, CURRENCIES, MONTHS);

        assertThat(shown.value("fixed.EUR")).isEqualTo("900.00");
        assertThat(shown.value("rewards.EUR.2026-03")).isEqualTo("120.50");
        assertThat(shown.value("fixed.JPY")).isEmpty();
        assertThat(form.check()).isTrue();
        form.save(costs);
        Map<YearMonth, BigDecimal> eurRewards = new HashMap<YearMonth, BigDecimal>();
        for (YearMonth month : MONTHS) {
            eurRewards.put(month, null);
        }
        verify(costs).save(eq("EUR"), eq(new BigDecimal("900.00")), eq(eurRewards));
        verify(costs).save(eq("JPY"), eq(new BigDecimal("1500")), eq(eurRewards));
    }

    @Test
    void negativeMalformedOrTooPreciseAmountsAreNamedWithTheCurrencysDecimals() {
        Map<String, String[]> posted = new HashMap<String, String[]>();
        posted.put("fixed.EUR", new String[] {"-1"});
        posted.put("rewards.EUR.2026-01", new String[] {"12.345"});
        posted.put("rewards.EUR.2026-02", new String[] {"ten"});
        posted.put("fixed.JPY", new String[] {"10.5"});
        posted.put("rewards.JPY.2026-01", new String[] {"1e13"});
        posted.put("rewards.JPY.2026-02", new String[] {"2.000"});

        CostsForm form = CostsForm.posted(posted, costs, CURRENCIES, MONTHS);

        assertThat(form.check()).isFalse();
        assertThat(form.getErrors()).containsOnlyKeys("fixed.EUR", "rewards.EUR.2026-01", "rewards.EUR.2026-02", "fixed.JPY",
                "rewards.JPY.2026-01");
        assertThat(form.getErrors().get("fixed.EUR")).isEqualTo(Arrays.<Object>asList("lk.settings.error.amount", 2));
        assertThat(form.getErrors().get("fixed.JPY")).isEqualTo(Arrays.<Object>asList("lk.settings.error.amount", 0));
    }
}
