package com.loyaltykpi.core.behaviour;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SegmentsTest {

    @Test
    void everyCellHasOneSegmentAsTheGridInTheDocsSays() {
        String[] grid = {
            "LOST LOST AT_RISK AT_RISK CANNOT_LOSE",
            "HIBERNATING HIBERNATING AT_RISK AT_RISK CANNOT_LOSE",
            "HIBERNATING POTENTIAL POTENTIAL LOYAL LOYAL",
            "NEW POTENTIAL POTENTIAL LOYAL LOYAL",
            "NEW POTENTIAL POTENTIAL CHAMPIONS CHAMPIONS"};
        Map<BehaviourSegment, Integer> cells = new EnumMap<BehaviourSegment, Integer>(BehaviourSegment.class);
        for (int r = 1; r <= 5; r++) {
            String[] row = grid[r - 1].split(" ");
            for (int f = 1; f <= 5; f++) {
                BehaviourSegment segment = BehaviourSegment.of(r, f);
                assertThat(segment.name()).as("R" + r + " F" + f).isEqualTo(row[f - 1]);
                cells.merge(segment, 1, Integer::sum);
            }
        }
        assertThat(cells).as("every segment is used").hasSize(BehaviourSegment.values().length);
        assertThatThrownBy(() -> BehaviourSegment.of(0, 3)).hasMessageContaining("from 1 to 5");
    }

    @Test
    void quintilesScoreByTheShareOfCustomersBelow() {
        // ten customers: six bought once, two twice, one three times, one ten times
        Quintiles frequency = Quintiles.of(new double[] {1, 1, 1, 1, 1, 1, 2, 2, 3, 10});
        assertThat(frequency.score(1)).isEqualTo(1);  // none below
        assertThat(frequency.score(2)).isEqualTo(4);  // 6 of 10 below: 1 + floor(3.0)
        assertThat(frequency.score(3)).isEqualTo(5);  // 8 of 10 below: 1 + floor(4.0)
        assertThat(frequency.score(10)).isEqualTo(5); // 9 of 10 below: 1 + floor(4.5)
        Quintiles even = Quintiles.of(new double[] {10, 20, 30, 40, 50, 60, 70, 80, 90, 100});
        assertThat(new int[] {even.score(10), even.score(30), even.score(50), even.score(70), even.score(90)})
                .containsExactly(1, 2, 3, 4, 5);
        assertThat(even.score(5)).as("below every customer").isEqualTo(1);
        assertThat(even.score(1000)).as("above every customer").isEqualTo(5);
    }

    @Test
    void theCutPointsScoreAsTheShareBelowDoesAndSurviveBeingStored() {
        java.util.Random random = new java.util.Random(2005);
        for (int trial = 0; trial < 500; trial++) {
            int n = 1 + random.nextInt(60);
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = random.nextInt(8); // many ties, as purchases and days have
            }
            Quintiles quintiles = Quintiles.of(values);
            Quintiles stored = Quintiles.ofCuts(quintiles.cuts());
            for (double value = -1; value <= 9; value += 0.5) {
                int below = 0;
                for (double v : values) {
                    below += v < value ? 1 : 0;
                }
                int byDefinition = 1 + Math.min(4, (int) Math.floor(5.0 * below / n));
                assertThat(quintiles.score(value)).as("n %d, value %s", n, value).isEqualTo(byDefinition);
                assertThat(stored.score(value)).isEqualTo(byDefinition);
            }
        }
    }
}
