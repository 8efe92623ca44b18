package com.loyaltykpi.core.incrementality;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The estimator on shops small enough to compute by hand: one member against ten identical comparison customers
 * (the figures below are worked out in the comments), and each way an estimate can have no figure.
 */
class IncrementalRevenueEstimatorTest {

    private static final int E = EstimateFixtures.E;
    private static final int LAST_DAY = EstimateFixtures.LAST_DAY;
    private static final int LATER = EstimateFixtures.LATER;
    private static final EstimateSettings W30 = EstimateFixtures.W30;

    private static Estimate estimate(EstimationData data, EstimateSettings settings) {
        return EstimateFixtures.estimate(data, settings);
    }

    @Test
    void oneMemberAgainstTenComparisonCustomers() {
        Estimate estimate = estimate(EstimateFixtures.oneMemberTenComparisons().build(), W30);

        // comparisons grew from 600.00 to 750.00 (x1.25); the member from 50.00 to 120.00: 120 - 50 x 1.25 = 57.50
        assertThat(estimate.analysed()).isEqualTo(1);
        assertThat(estimate.matched()).isEqualTo(1);
        assertThat(estimate.comparisons()).isEqualTo(10);
        assertThat(estimate.incrementalRevenue()).isEqualByComparingTo("57.50");
        assertThat(estimate.memberPrePostChange()).isEqualByComparingTo("70.00");
        assertThat(estimate.controlPrePostChange()).isEqualByComparingTo("12.50");
        assertThat(estimate.memberPostRevenue()).isEqualByComparingTo("120.00");
        // identical comparisons and one member: nothing varies, so neither does the interval
        assertThat(estimate.low()).isEqualByComparingTo("57.50");
        assertThat(estimate.high()).isEqualByComparingTo("57.50");
        assertThat(estimate.cohorts()).hasSize(1);
        CohortResult cohort = estimate.cohorts().get(0);
        assertThat(cohort.start()).isEqualTo(LocalDate.of(2022, 6, 6));
        assertThat(cohort.end()).isEqualTo(LocalDate.of(2022, 6, 12));
        assertThat(cohort.comparisons()).isEqualTo(10);
        assertThat(cohort.incrementalRevenue()).isEqualByComparingTo("57.50");
        // margin of the member's orders after joining: (80 - 48) / 80, for 80 of 120 of revenue
        assertThat(estimate.margin()).isEqualByComparingTo("0.4000");
        assertThat(estimate.marginCoverage()).isEqualByComparingTo("0.6667");
        assertThat(estimate.problems()).isEmpty();
        assertThat(estimate.trusted()).isTrue();
    }

    @Test
    void eventStudyWeeksAndPlaceboByHand() {
        Estimate estimate = estimate(EstimateFixtures.oneMemberTenComparisons().build(), W30);

        EventStudy study = estimate.eventStudy();
        assertThat(study.weeks()).hasSize(24);
        assertThat(study.weeks().get(0).week()).isEqualTo(-12);
        assertThat(study.weeks().get(11).week()).isEqualTo(-1);
        assertThat(study.weeks().get(12).week()).isEqualTo(1);
        // week 1 is [e+1, e+8): the member's 80.00, the comparisons nothing: 80 - 50 x 0
        assertThat(lift(study, 1)).isEqualByComparingTo("80.00");
        // week 2 [e+8, e+15): the comparisons' 750.00 over their 600.00 before; the member bought nothing: 0 - 50 x 1.25
        assertThat(lift(study, 2)).isEqualByComparingTo("-62.50");
        // week -2 [e-14, e-7): the member's 50.00; comparisons nothing there
        assertThat(lift(study, -2)).isEqualByComparingTo("50.00");
        // week -1 [e-7, e): the comparisons' 600.00 over their 600.00 before: 0 - 50 x 1
        assertThat(lift(study, -1)).isEqualByComparingTo("-50.00");
        // placebo: 31 days earlier, both grew by nothing (50 to 50, 600 to 600): 50 - 50 x 1
        assertThat(estimate.placebo().incrementalRevenue().value()).isEqualByComparingTo("0.00");
        assertThat(estimate.placebo().members()).isEqualTo(1);
        assertThat(estimate.neverMembers()).isNull();
    }

    private static BigDecimal lift(EventStudy study, int week) {
        for (EventStudy.Week w : study.weeks()) {
            if (w.week() == week) {
                return w.lift().value();
            }
        }
        throw new AssertionError("no week " + week);
    }

    @Test
    void membersWithoutHistoryOrWithOpenWindowsAreLeftOutAndCounted() {
        EstimationData.Builder shop = EstimateFixtures.oneMemberTenComparisons();
        shop.membership("new", E + 1, EstimationData.NEVER).order("new", E - 20, 1000, 0, 0);
        EstimationData data = shop.build();

        Estimate estimate = IncrementalRevenueEstimator.estimate(data, new EstimateRequest(LocalDate.ofEpochDay(E - 2),
                LocalDate.ofEpochDay(LAST_DAY), "EUR", W30, 1000, 7L));

        assertThat(estimate.analysed()).isEqualTo(12);
        assertThat(estimate.leftOut()).containsEntry(LeftOut.NO_HISTORY, 1).containsEntry(LeftOut.WINDOW_OPEN, 10);
        assertThat(estimate.matched()).isEqualTo(1);
        assertThat(estimate.incrementalRevenue()).isEqualByComparingTo("57.50");
    }

    @Test
    void cohortsWithTooFewComparisonsAreLeftOutWithTheReason() {
        EstimationData.Builder shop = new EstimationData.Builder(E - 400, LAST_DAY);
        shop.membership("m", E, EstimationData.NEVER).order("m", E - 200, 5000, 0, 0).order("m", E - 10, 5000, 0, 0);
        for (int i = 0; i < DiffInDiff.MIN_COMPARISONS - 1; i++) {
            shop.membership("c" + i, LATER, EstimationData.NEVER).order("c" + i, E - 150, 2000, 0, 0);
        }

        Estimate estimate = estimate(shop.build(), W30);

        assertThat(estimate.incremental().defined()).isFalse();
        assertThat(estimate.leftOut()).containsOnlyKeys(LeftOut.FEW_COMPARISONS);
        assertThat(estimate.cohorts().get(0).leftOut()).isEqualTo(LeftOut.FEW_COMPARISONS);
        assertThat(estimate.cohorts().get(0).comparisons()).isEqualTo(9);
        assertThat(estimate.problems()).extracting(Note::key)
                .containsExactly("problem.noneEstimated", "problem.leftOut.FEW_COMPARISONS");
    }

    @Test
    void withNobodyJoiningLaterTheCohortHasNoComparisonAndTheMessageNamesTheFallback() {
        EstimationData.Builder shop = new EstimationData.Builder(E - 400, LAST_DAY);
        shop.membership("m", E, EstimationData.NEVER).order("m", E - 200, 5000, 0, 0);
        shop.order("never", E - 200, 5000, 0, 0);

        Estimate estimate = estimate(shop.build(), W30);

        assertThat(estimate.incrementalRevenue()).isNull();
        assertThat(estimate.low()).isNull();
        assertThat(estimate.leftOut()).containsOnlyKeys(LeftOut.NO_COMPARISON);
        assertThat(estimate.problems().get(1).text(Locale.ENGLISH)).contains("never-member comparison");
        assertThat(estimate.problems().get(1).text(Locale.ITALIAN)).contains("confronto con i non iscritti");
        assertThat(estimate.problems().get(1).text(Locale.GERMAN)).contains("Nie-Mitgliedern");
        assertThat(estimate.eventStudy().defined()).isFalse();
        assertThat(estimate.placebo().incrementalRevenue().defined()).isFalse();
        assertThat(estimate.trusted()).isFalse();
    }

    @Test
    void theNeverMemberFallbackIsASecondEstimateBesideTheFirst() {
        EstimationData.Builder shop = EstimateFixtures.oneMemberTenComparisons();
        for (int i = 0; i < 10; i++) {
            // never joined: 30.00 before and 60.00 after, so they doubled
            shop.order("n" + i, E - 100, 1000, 0, 0).order("n" + i, E - 3, 3000, 0, 0).order("n" + i, E + 3, 6000, 0, 0);
        }

        Estimate estimate = estimate(shop.build(), new EstimateSettings(30, 7, 1, true));

        assertThat(estimate.incrementalRevenue()).isEqualByComparingTo("57.50");
        assertThat(estimate.neverMembers().members()).isEqualTo(1);
        assertThat(estimate.neverMembers().comparisons()).isEqualTo(10);
        // 120 - 50 x 2
        assertThat(estimate.neverMembers().incrementalRevenue().value()).isEqualByComparingTo("20.00");
        assertThat(estimate.assumptions()).extracting(Note::key).contains("assumption.neverMembers");
    }

    @Test
    void noEnrolmentsInTheRangeSaySoWithoutAFigure() {
        Estimate estimate = IncrementalRevenueEstimator.estimate(EstimateFixtures.oneMemberTenComparisons().build(),
                new EstimateRequest(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 3, 31), "EUR", W30, 1000, 7L));

        assertThat(estimate.analysed()).isZero();
        assertThat(estimate.incremental().defined()).isFalse();
        assertThat(estimate.problems()).extracting(Note::key).containsExactly("problem.noEnrolments");
        assertThat(estimate.problems().get(0).text(Locale.GERMAN)).contains("2021-01-01").contains("2021-03-31");
    }

    @Test
    void enrolmentsBeforeTheFirstRecordedOrderAndWindowsLongerThanTheHistoryLeaveEveryoneOut() {
        EstimationData.Builder shop = new EstimationData.Builder(E - 400, LAST_DAY);
        shop.membership("m", E, EstimationData.NEVER).order("m", E + 3, 5000, 0, 0);
        for (int i = 0; i < 10; i++) {
            shop.membership("c" + i, LATER, EstimationData.NEVER).order("c" + i, E + 1, 2000, 0, 0);
        }

        Estimate enrolledFirst = estimate(shop.build(), W30);
        Estimate longWindow = estimate(EstimateFixtures.oneMemberTenComparisons().build(), new EstimateSettings(366, 7, 1, false));

        assertThat(enrolledFirst.leftOut()).containsOnlyKeys(LeftOut.NO_HISTORY);
        assertThat(enrolledFirst.problems().get(1).text(Locale.ENGLISH)).contains("start on 2022-06-09");
        assertThat(longWindow.incremental().defined()).isFalse();
        assertThat(longWindow.leftOut()).containsOnlyKeys(LeftOut.NO_HISTORY);
    }

    @Test
    void aCurrencyWithoutOrdersSaysSo() {
        EstimationData.Builder shop = new EstimationData.Builder(E - 400, LAST_DAY);
        shop.membership("m", E, EstimationData.NEVER);

        Estimate estimate = estimate(shop.build(), W30);

        assertThat(estimate.problems()).extracting(Note::key).startsWith("problem.noOrders");
        assertThat(estimate.leftOut()).containsOnlyKeys(LeftOut.NO_HISTORY);
    }

    @Test
    void assumptionsInThreeLanguages() {
        Estimate estimate = estimate(EstimateFixtures.oneMemberTenComparisons().build(), W30);

        assertThat(estimate.assumptions()).hasSize(7);
        for (Note note : estimate.assumptions()) {
            assertThat(note.text(Locale.ENGLISH)).isNotEqualTo(note.key());
            assertThat(note.text(Locale.ITALIAN)).isNotEqualTo(note.text(Locale.ENGLISH));
            assertThat(note.text(Locale.GERMAN)).isNotEqualTo(note.text(Locale.ENGLISH));
        }
        assertThat(estimate.assumptions().get(6).text(Locale.ENGLISH)).contains("1,000 resamples of customers");
        assertThat(estimate.assumptions().get(6).text(Locale.GERMAN)).contains("1.000");
    }
}
