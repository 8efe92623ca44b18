package com.loyaltykpi.core.kpi;

import com.loyaltykpi.core.period.SatisfactionMeasures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The satisfaction KPIs of docs/KPIS.md against numbers computed by hand. */
class SatisfactionKpisTest {

    /** Five answers (satisfaction, recommend): (5,10) (4,9) (3,7) (5,6) (1,0); eight invitations, five answered. */
    private static SatisfactionMeasures fiveAnswers() {
        SatisfactionMeasures m = new SatisfactionMeasures();
        int[][] answers = {{5, 10}, {4, 9}, {3, 7}, {5, 6}, {1, 0}};
        for (int[] answer : answers) {
            answer(m, answer[0], answer[1]);
        }
        for (int i = 0; i < 8; i++) {
            m.addInvitation(1, i < 2); // two of a wave, six of checkouts
        }
        for (int i = 0; i < 5; i++) {
            m.addAnsweredInvitation(1, i < 1); // one of the wave's
        }
        return m;
    }

    private static void answer(SatisfactionMeasures m, int satisfaction, int recommend) {
        m.addSatisfaction(1, satisfaction);
        m.addRecommend(1, recommend);
    }

    private static Map<Kpi, BigDecimal> kpis(SatisfactionMeasures p, SatisfactionMeasures previous) {
        Map<Kpi, BigDecimal> values = new EnumMap<Kpi, BigDecimal>(Kpi.class);
        KpiCalculator.satisfaction(values, p, previous);
        return values;
    }

    @Test
    void csatCsiAndNpsOfFiveAnswers() {
        Map<Kpi, BigDecimal> kpis = kpis(fiveAnswers(), null);

        assertThat(kpis.get(Kpi.ANSWERS)).isEqualByComparingTo("5");
        assertThat(kpis.get(Kpi.CSAT)).isEqualByComparingTo("0.6"); // 4 and 5: three of five
        assertThat(kpis.get(Kpi.CSI)).isEqualByComparingTo("65"); // mean 3.6: (3.6 - 1) / 4 x 100
        assertThat(kpis.get(Kpi.NPS)).isEqualByComparingTo("0"); // promoters 10, 9; detractors 6, 0: 40% - 40%
        assertThat(kpis.get(Kpi.INVITATIONS)).isEqualByComparingTo("8");
        assertThat(kpis.get(Kpi.RESPONSE_RATE)).isEqualByComparingTo("0.625");
        assertThat(kpis.get(Kpi.RESPONSE_RATE_CHECKOUT).doubleValue()).isCloseTo(4 / 6.0, within(1e-12));
        assertThat(kpis.get(Kpi.RESPONSE_RATE_WAVE)).isEqualByComparingTo("0.5");
    }

    @Test
    void theNpsCountsOnlyTheAnswersThatGaveARecommendation() {
        SatisfactionMeasures m = fiveAnswers();
        m.addSatisfaction(1, 5); // two more answers, satisfaction only: the shoppers skipped the second question
        m.addSatisfaction(1, 2);

        Map<Kpi, BigDecimal> kpis = kpis(m, null);

        assertThat(kpis.get(Kpi.ANSWERS)).isEqualByComparingTo("7");
        // satisfaction 5+4+3+5+1+5+2 = 25 over 7 answers: (25 / 7 - 1) / 4 x 100
        assertThat(kpis.get(Kpi.CSI).doubleValue()).isCloseTo(64.285714286, within(1e-6));
        assertThat(kpis.get(Kpi.NPS_ANSWERS)).isEqualByComparingTo("5");
        assertThat(kpis.get(Kpi.NPS)).isEqualByComparingTo("0"); // still 2 promoters and 2 detractors of 5
        assertThat(kpis.get(Kpi.NPS_MARGIN).doubleValue()).isCloseTo(78.4, within(1e-9)); // n = 5, not 7
    }

    @Test
    void marginsOfError() {
        Map<Kpi, BigDecimal> kpis = kpis(fiveAnswers(), null);

        // nps: p = d = 0.4; 1.96 x sqrt((0.4 + 0.4 - 0) / 5) x 100 = 1.96 x 0.4 x 100
        assertThat(kpis.get(Kpi.NPS_MARGIN).doubleValue()).isCloseTo(78.4, within(1e-9));
        // csi: sample variance (76 - 18^2/5) / 4 = 2.8; 1.96 x sqrt(2.8 / 5) x 25
        assertThat(kpis.get(Kpi.CSI_MARGIN).doubleValue()).isCloseTo(36.668242393, within(1e-6));
    }

    @Test
    void changesAgainstThePreviousPeriod() {
        SatisfactionMeasures previous = new SatisfactionMeasures();
        answer(previous, 5, 10);
        answer(previous, 5, 10);

        Map<Kpi, BigDecimal> kpis = kpis(fiveAnswers(), previous);

        assertThat(kpis.get(Kpi.CSI_CHANGE)).isEqualByComparingTo("-35"); // 65 - 100
        assertThat(kpis.get(Kpi.NPS_CHANGE)).isEqualByComparingTo("-100"); // 0 - 100
    }

    @Test
    void withoutAnswersEverythingButTheCountsIsUndefined() {
        Map<Kpi, BigDecimal> kpis = kpis(new SatisfactionMeasures(), fiveAnswers());

        assertThat(kpis.get(Kpi.ANSWERS)).isEqualByComparingTo("0");
        assertThat(kpis.get(Kpi.INVITATIONS)).isEqualByComparingTo("0");
        for (Kpi kpi : new Kpi[] {Kpi.CSAT, Kpi.CSI, Kpi.CSI_MARGIN, Kpi.CSI_CHANGE, Kpi.NPS, Kpi.NPS_MARGIN,
            Kpi.NPS_CHANGE, Kpi.RESPONSE_RATE}) {
            assertThat(kpis.get(kpi)).as(kpi.column()).isNull();
        }
    }

    @Test
    void oneAnswerHasNoCsiMarginAndTheNpsFormulaAsWritten() {
        SatisfactionMeasures one = new SatisfactionMeasures();
        answer(one, 4, 8);
        one.addInvitation(1, false);

        Map<Kpi, BigDecimal> kpis = kpis(one, null);

        assertThat(kpis.get(Kpi.CSI)).isEqualByComparingTo("75");
        assertThat(kpis.get(Kpi.CSI_MARGIN)).isNull(); // no spread can be estimated from one answer
        assertThat(kpis.get(Kpi.NPS)).isEqualByComparingTo("0"); // a passive
        assertThat(kpis.get(Kpi.NPS_MARGIN)).isEqualByComparingTo("0"); // p = d = 0: docs/KPIS.md's formula gives 0
        assertThat(kpis.get(Kpi.RESPONSE_RATE)).isEqualByComparingTo("0"); // issued in the period, not answered
    }

    @Test
    void exportWritesScoresWithFourDecimals() {
        assertThat(KpiCsv.header()).contains("invitations", "response_rate", "answers", "csat", "csi", "csi_margin",
                "csi_change", "nps_answers", "nps", "nps_margin", "nps_change");
        assertThat(KpiCsv.format(Kpi.CSI_MARGIN, new BigDecimal("36.668242393"), "EUR")).isEqualTo("36.6682");
        assertThat(KpiCsv.format(Kpi.ANSWERS, new BigDecimal("5"), "EUR")).isEqualTo("5");
    }
}
