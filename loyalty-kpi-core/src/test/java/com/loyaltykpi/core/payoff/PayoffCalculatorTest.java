package com.loyaltykpi.core.payoff;

import com.loyaltykpi.core.incrementality.Estimate;
import com.loyaltykpi.core.incrementality.EstimateFixtures;
import com.loyaltykpi.core.incrementality.Estimated;
import com.loyaltykpi.core.incrementality.Note;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The payoff by hand: margin, cost for the estimated members' days, net contribution, return on cost, the answer. */
class PayoffCalculatorTest {

    private static CostPlan costs(String fixed, String juneRewards) {
        Map<YearMonth, BigDecimal> rewards = new HashMap<YearMonth, BigDecimal>();
        if (juneRewards != null) {
            rewards.put(YearMonth.of(2022, 6), new BigDecimal(juneRewards));
        }
        return new CostPlan("EUR", fixed == null ? null : new BigDecimal(fixed), rewards);
    }

    @Test
    void aProgramThatCostsMoreThanItsMarginDoesNotPayOff() {
        // June: (100 + 50) x 22 / 23 = 143.478; July: 100 x 8 / 31 = 25.806; cost 169.28
        // incremental margin 57.50 x 40% = 23.00; net 23.00 - 169.28 = -146.28; return on cost -146.28 / 169.28
        Payoff payoff = PayoffCalculator.of(EstimateFixtures.oneMemberAgainstTen(), costs("100", "50"));

        assertThat(payoff.incrementalMargin().value()).isEqualByComparingTo("23.00");
        assertThat(payoff.cost()).isEqualByComparingTo("169.28");
        assertThat(payoff.netContribution().value()).isEqualByComparingTo("-146.28");
        assertThat(payoff.netContribution().high()).isEqualByComparingTo("-146.28");
        assertThat(payoff.returnOnCost().value()).isEqualByComparingTo("-0.8641");
        assertThat(payoff.verdict()).isEqualTo(Payoff.Verdict.DOES_NOT_PAY_OFF);
        assertThat(payoff.reasons()).extracting(Note::key).containsExactly("payoff.margin", "payoff.cost");
        assertThat(payoff.reasons().get(0).text(Locale.ENGLISH)).contains("40.0%").contains("66.7%");
    }

    @Test
    void aCheapProgramPaysOff() {
        // 10 x 22 / 23 + 10 x 8 / 31 = 12.15; net 23.00 - 12.15 = 10.85; return 10.85 / 12.15
        Payoff payoff = PayoffCalculator.of(EstimateFixtures.oneMemberAgainstTen(), costs("10", null));

        assertThat(payoff.cost()).isEqualByComparingTo("12.15");
        assertThat(payoff.netContribution().value()).isEqualByComparingTo("10.85");
        assertThat(payoff.returnOnCost().value()).isEqualByComparingTo("0.8930");
        assertThat(payoff.verdict()).isEqualTo(Payoff.Verdict.PAYS_OFF);
    }

    @Test
    void withoutCostsTheAnswerIsNotKnownAndSaysWhereToEnterThem() {
        Payoff payoff = PayoffCalculator.of(EstimateFixtures.oneMemberAgainstTen(), costs(null, null));

        assertThat(payoff.verdict()).isEqualTo(Payoff.Verdict.NOT_KNOWN);
        assertThat(payoff.incrementalMargin().value()).isEqualByComparingTo("23.00");
        assertThat(payoff.cost()).isNull();
        assertThat(payoff.netContribution().defined()).isFalse();
        assertThat(payoff.returnOnCost().defined()).isFalse();
        assertThat(payoff.reasons().get(1).text(Locale.ITALIAN)).contains("Impostazioni");
    }

    @Test
    void aNegativeStoredCostIsNamedNotUsed() {
        Payoff payoff = PayoffCalculator.of(EstimateFixtures.oneMemberAgainstTen(), costs("-5", null));

        assertThat(payoff.verdict()).isEqualTo(Payoff.Verdict.NOT_KNOWN);
        assertThat(payoff.cost()).isNull();
        assertThat(payoff.reasons()).extracting(Note::key).contains("payoff.negativeCost");
    }

    @Test
    void aZeroCostLeavesTheReturnUndefinedNotInfinite() {
        Payoff payoff = PayoffCalculator.of(EstimateFixtures.oneMemberAgainstTen(), costs("0", null));

        assertThat(payoff.netContribution().value()).isEqualByComparingTo("23.00");
        assertThat(payoff.returnOnCost().defined()).isFalse();
        assertThat(payoff.verdict()).isEqualTo(Payoff.Verdict.PAYS_OFF);
    }

    @Test
    void anIntervalAcrossZeroIsNotKnownYet() {
        Estimate estimate = estimate(Estimated.of(new BigDecimal("1000.00"), new BigDecimal("-200.00"), new BigDecimal("2200.00")), true);

        Payoff payoff = PayoffCalculator.of(estimate, costs("0", null));

        // margin 50%: 500.00 [-100.00; 1100.00]
        assertThat(payoff.netContribution().low()).isEqualByComparingTo("-100.00");
        assertThat(payoff.verdict()).isEqualTo(Payoff.Verdict.NOT_KNOWN);
        assertThat(payoff.reasons().get(0).key()).isEqualTo("payoff.straddles");
    }

    @Test
    void anEstimateWhoseChecksFailIsNotKnownWhateverItsInterval() {
        Estimate estimate = estimate(Estimated.of(new BigDecimal("1000.00"), new BigDecimal("800.00"), new BigDecimal("1200.00")), false);

        Payoff payoff = PayoffCalculator.of(estimate, costs("0", null));

        assertThat(payoff.verdict()).isEqualTo(Payoff.Verdict.NOT_KNOWN);
        assertThat(payoff.reasons().get(0).key()).isEqualTo("payoff.untrusted");
    }

    @Test
    void withoutAnEstimateOrAKnownCostThereIsNothingToSetCostsAgainst() {
        Estimate none = estimate(Estimated.UNDEFINED, false);
        Estimate noMargin = estimate(Estimated.of(BigDecimal.TEN, BigDecimal.ONE, BigDecimal.TEN), true);
        when(noMargin.margin()).thenReturn(null);

        assertThat(PayoffCalculator.of(none, costs("10", null)).reasons()).extracting(Note::key).containsExactly("payoff.noEstimate");
        Payoff payoff = PayoffCalculator.of(noMargin, costs("10", null));
        assertThat(payoff.verdict()).isEqualTo(Payoff.Verdict.NOT_KNOWN);
        assertThat(payoff.incrementalMargin().defined()).isFalse();
        assertThat(payoff.reasons()).extracting(Note::key).contains("payoff.noMargin");
    }

    /** An estimate of these figures, margin 50% with full coverage, no member-days (no cost counted). */
    private static Estimate estimate(Estimated incremental, boolean trusted) {
        Estimate estimate = mock(Estimate.class);
        when(estimate.request()).thenReturn(EstimateFixtures.oneMemberAgainstTen().request());
        when(estimate.incremental()).thenReturn(incremental);
        when(estimate.margin()).thenReturn(new BigDecimal("0.5000"));
        when(estimate.marginCoverage()).thenReturn(BigDecimal.ONE);
        when(estimate.memberDays()).thenReturn(Collections.emptyList());
        when(estimate.trusted()).thenReturn(trusted);
        return estimate;
    }
}
