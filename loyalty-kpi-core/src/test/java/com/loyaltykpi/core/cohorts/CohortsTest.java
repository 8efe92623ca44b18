package com.loyaltykpi.core.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltykpi.core.period.Segment;

import java.io.IOException;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Retention cohorts counted by hand: who bought in which month after the cohort's, and the CSV. */
class CohortsTest {

    private static Set<YearMonth> months(String... months) {
        Set<YearMonth> set = new HashSet<YearMonth>();
        for (String month : months) {
            set.add(YearMonth.parse(month));
        }
        return set;
    }

    @Test
    void aCohortCountsWhoBoughtInEachMonthAfterItsOwn() {
        CohortCounter counter = new CohortCounter();
        YearMonth january = YearMonth.parse("2026-01");
        // three January customers: one back in February and April, one back in February, one never
        counter.add(CohortKind.FIRST_ORDER, january, Segment.MEMBER, months("2026-01", "2026-02", "2026-04"));
        counter.add(CohortKind.FIRST_ORDER, january, Segment.MEMBER, months("2026-01", "2026-02"));
        counter.add(CohortKind.FIRST_ORDER, january, Segment.MEMBER, months("2026-01"));
        // a non-member apart; a February member (enrolment kind) who bought thirteen months later: out of range
        counter.add(CohortKind.FIRST_ORDER, january, Segment.NON_MEMBER, months("2026-01", "2026-03"));
        counter.add(CohortKind.ENROLMENT, YearMonth.parse("2026-02"), Segment.MEMBER, months("2027-03"));
        List<Cohort> cohorts = counter.cohorts();
        assertThat(cohorts).extracting(c -> c.kind() + " " + c.month() + " " + c.segment() + " " + c.customers())
                .containsExactly("ENROLMENT 2026-02 MEMBER 1", "FIRST_ORDER 2026-01 MEMBER 3",
                        "FIRST_ORDER 2026-01 NON_MEMBER 1");
        Cohort members = cohorts.get(1);
        assertThat(Arrays.asList(members.active(1), members.active(2), members.active(3), members.active(12)))
                .containsExactly(2, 0, 1, 0);
        assertThat(members.share(1)).isEqualTo(2.0 / 3);
        assertThat(cohorts.get(2).active(2)).isEqualTo(1);
        assertThat(cohorts.get(0).active(12)).as("the 13th month is not counted").isZero();
        // in April 2026, months up to March are over: +1 and +2 are known, +3 (April) is not
        assertThat(members.observed(2, YearMonth.parse("2026-04"))).isTrue();
        assertThat(members.observed(3, YearMonth.parse("2026-04"))).isFalse();
    }

    @Test
    void theCsvLeavesMonthsNotOverYetEmpty() throws IOException {
        Cohort cohort = new Cohort(CohortKind.FIRST_ORDER, YearMonth.parse("2026-01"), Segment.MEMBER, 4,
                new int[] {2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        StringBuilder csv = new StringBuilder();
        CohortCsv.write(Arrays.asList(cohort), YearMonth.parse("2026-03"), csv);
        String[] lines = csv.toString().split("\n");
        assertThat(lines[0]).startsWith("kind,cohort_month,segment,customers,bought_month_1,share_month_1,bought_month_2");
        assertThat(lines[1]).startsWith("FIRST_ORDER,2026-01,MEMBER,4,2,0.5000,,,,,");
    }
}
