package com.loyaltykpi.core.payoff;

import com.loyaltykpi.core.incrementality.EstimateFixtures;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The estimate and its payoff as CSV, on the hand-computed estimate (one member against ten, 30-day windows). */
class EstimateCsvTest {

    @Test
    void oneRowPerFigureInTheExportFormat() throws IOException {
        StringBuilder csv = new StringBuilder();

        EstimateCsv.write(EstimateFixtures.oneMemberAgainstTen(), new CostPlan("EUR", new BigDecimal("10"),
                Collections.<YearMonth, BigDecimal>emptyMap()), Locale.ENGLISH, csv);

        String[] lines = csv.toString().split("\n");
        assertThat(lines[0]).isEqualTo("section,figure,period_start,period_end,week,members,comparisons,value,low,high,text");
        assertThat(csv.toString())
                .contains("\nrequest,enrolled,2022-06-06,2022-06-12,,1,,,,,EUR\n")
                .contains("\nestimate,incremental_revenue,,,,1,10,57.50,57.50,57.50,\n")
                .contains("\nestimate,member_change,,,,,,70.00,,,\n")
                .contains("\nestimate,control_change,,,,,,12.50,,,\n")
                .contains("\nestimate,margin,,,,,,0.4000,,,\n")
                .contains("\nestimate,trusted,,,,,,,,,true\n")
                .contains("\npayoff,verdict,,,,,,,,,PAYS_OFF\n")
                .contains("\npayoff,incremental_margin,,,,,,23.00,23.00,23.00,\n")
                .contains("\npayoff,cost,,,,,,12.15,,,\n")
                .contains("\npayoff,net_contribution,,,,,,10.85,10.85,10.85,\n")
                .contains("\npayoff,return_on_cost,,,,,,0.8930,0.8930,0.8930,\n")
                .contains("\nplacebo,incremental_revenue,,,,1,10,0.00,0.00,0.00,\n")
                .contains("\nevent_study,lift_per_member,,,1,1,,80.00,80.00,80.00,\n")
                .contains("\nevent_study,lift_per_member,,,2,1,,-62.50,-62.50,-62.50,\n")
                .contains("\ncohort,incremental_revenue,2022-06-06,2022-06-12,,1,10,57.50,,,\n")
                .contains("\nassumption,assumption.parallelGrowth,,,,,,,,,\"Without the program, members' spending");
        assertThat(csv.toString()).doesNotContain("never_members");
    }
}
