package com.loyaltykpi.core.mix;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The weighted satisfaction index against numbers computed by hand. */
class PostStratificationTest {

    @Test
    void eachCellCountsWithItsShareOfTheOrdersNotOfTheAnswers() {
        // A: 300 orders, 10 answers (five 5s, five 3s): mean 4, variance 10/9
        // B: 100 orders, 30 answers (fifteen 2s, fifteen 4s): mean 3, variance 30/29
        // weighted mean 0.75 x 4 + 0.25 x 3 = 3.75, csi 68.75 (the raw mean 130 / 40 = 3.25 would give 56.25)
        // variance 0.75^2 x (10/9) / 10 + 0.25^2 x (30/29) / 30 = 0.0625 + 0.00215517 = 0.06465517
        // margin 1.96 x sqrt(0.06465517) x 25 = 12.4594
        WeightedMean weighted = PostStratification.ofBands(Arrays.asList(
                cell(300, 5, 5, 5, 3), cell(100, 15, 2, 15, 4), cell(0, 0, 0, 0, 0), cell(0, 0, 0, 0, 0)));
        assertThat(weighted.csi()).isCloseTo(68.75, within(1e-9));
        assertThat(weighted.csiMargin()).isCloseTo(12.4594, within(1e-4));
    }

    @Test
    void aBandWithTooFewAnswersIsMergedWithTheNextOneUpAndTheLastWithTheOneBelow() {
        // bands 1 + 2 make the first cell (4 + 10 answers), band 3 has 12, band 4 has 3 and joins band 3
        List<Stratum> bands = Arrays.asList(cell(100, 4, 5, 0, 0), cell(100, 10, 3, 0, 0), cell(100, 12, 2, 0, 0),
                cell(100, 3, 4, 0, 0));
        List<Stratum> cells = PostStratification.merged(bands);
        assertThat(cells).hasSize(2);
        assertThat(cells.get(0).orders()).isEqualTo(200);
        assertThat(cells.get(0).answers()).isEqualTo(14);
        assertThat(cells.get(1).orders()).isEqualTo(200);
        assertThat(cells.get(1).answers()).isEqualTo(15);
        // cell 1: (20 + 30) / 14, cell 2: (24 + 12) / 15, each half of the orders
        double mean = 0.5 * 50 / 14 + 0.5 * 36 / 15;
        assertThat(PostStratification.ofBands(bands).csi()).isCloseTo((mean - 1) * 25, within(1e-9));
    }

    @Test
    void tooFewAnswersOrNoOrdersGiveNoIndex() {
        assertThat(PostStratification.ofBands(Arrays.asList(cell(100, 9, 5, 0, 0), cell(100, 0, 0, 0, 0),
                cell(0, 0, 0, 0, 0), cell(0, 0, 0, 0, 0)))).isNull();
        assertThat(PostStratification.ofBands(Arrays.asList(cell(0, 20, 5, 0, 0), cell(0, 0, 0, 0, 0),
                cell(0, 0, 0, 0, 0), cell(0, 0, 0, 0, 0)))).isNull();
    }

    @Test
    void aSegmentWithTooFewAnswersIsWeightedByBandTogetherWithTheOther() {
        // members have 5 answers only: the two segments' bands are added up, so each band holds half the orders
        List<Stratum> nonMembers = Arrays.asList(cell(100, 10, 5, 0, 0), cell(100, 10, 3, 0, 0),
                cell(0, 0, 0, 0, 0), cell(0, 0, 0, 0, 0));
        List<Stratum> members = Arrays.asList(cell(100, 5, 1, 0, 0), cell(100, 0, 0, 0, 0),
                cell(0, 0, 0, 0, 0), cell(0, 0, 0, 0, 0));
        // band 1: 200 orders, 15 answers, mean (50 + 5) / 15; band 2: 200 orders, 10 answers, mean 3
        double mean = 0.5 * 55 / 15 + 0.5 * 3;
        assertThat(PostStratification.ofSegments(nonMembers, members).csi()).isCloseTo((mean - 1) * 25, within(1e-9));
    }

    /** A cell of these orders whose answers are {@code n1} scores of {@code s1} and {@code n2} of {@code s2}. */
    static Stratum cell(long orders, int n1, int s1, int n2, int s2) {
        Stratum cell = new Stratum();
        cell.addOrders(orders);
        cell.addAnswers(n1 + n2, (long) n1 * s1 + (long) n2 * s2, (long) n1 * s1 * s1 + (long) n2 * s2 * s2);
        return cell;
    }
}
