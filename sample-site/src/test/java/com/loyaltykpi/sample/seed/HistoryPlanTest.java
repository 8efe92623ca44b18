package com.loyaltykpi.sample.seed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;

/** The sample's history: the same from the same seed, and shaped as docs/SAMPLE.md says. */
class HistoryPlanTest {

    private static final Instant END = Instant.parse("2026-11-23T00:00:00Z");
    private final HistoryPlan plan = HistoryPlan.until(END, 7);

    @Test
    void theSameSeedPlansTheSameShop() {
        HistoryPlan again = HistoryPlan.until(END, 7);
        assertThat(again.orders).hasSameSizeAs(plan.orders);
        for (int i = 0; i < plan.orders.size(); i++) {
            assertThat(again.orders.get(i).id).isEqualTo(plan.orders.get(i).id);
            assertThat(again.orders.get(i).at).isEqualTo(plan.orders.get(i).at);
            assertThat(again.orders.get(i).revenue).isEqualByComparingTo(plan.orders.get(i).revenue);
        }
        assertThat(HistoryPlan.until(END, 8).orders.get(0).at).isNotEqualTo(plan.orders.get(0).at);
    }

    @Test
    void twoYearsOfOrdersBeforeTheEndWithGuestsCancellationsAndTwoCurrencies() {
        assertThat(plan.start).isEqualTo(END.minus(Duration.ofDays(730)));
        assertThat(plan.launch).isEqualTo(END.minus(Duration.ofDays(365)));
        assertThat(plan.orders).allMatch(o -> !o.at.isBefore(plan.start) && o.at.isBefore(END));
        assertThat(plan.orders).anyMatch(o -> o.customer < 0);
        assertThat(plan.orders.stream().map(o -> o.currency).collect(Collectors.toSet())).containsExactlyInAnyOrder("USD", "EUR");
        double cancelled = plan.orders.stream().filter(o -> o.cancelled).count() / (double) plan.orders.size();
        assertThat(cancelled).isBetween(0.01, 0.06);
        assertThat(plan.orders).allMatch(o -> o.revenue.compareTo(o.cost) > 0);
    }

    @Test
    void membersJoinAfterTheLaunchAndHeavierBuyersJoinMoreOften() {
        assertThat(plan.customers).filteredOn(c -> c.joinedAt != null)
                .isNotEmpty().allMatch(c -> !c.joinedAt.isBefore(plan.launch) && c.joinedAt.isBefore(END))
                .allMatch(c -> c.leftAt == null || c.leftAt.isAfter(c.joinedAt));
        double heavy = joinShare(5, 1000);
        double light = joinShare(0, 1.5);
        assertThat(heavy).isGreaterThan(light);
    }

    @Test
    void answersFollowTheirOrdersOnlyForOrdersThatWentThroughAndMembersAreMoreSatisfied() {
        assertThat(plan.orders).filteredOn(o -> o.answer != null)
                .isNotEmpty()
                .allMatch(o -> !o.cancelled && o.at.plus(o.answer.after).isBefore(END))
                .allMatch(o -> o.answer.satisfaction >= 1 && o.answer.satisfaction <= 5)
                .allMatch(o -> o.answer.recommend >= 0 && o.answer.recommend <= 10);
        assertThat(meanSatisfaction(true)).isGreaterThan(meanSatisfaction(false));
    }

    private double joinShare(double minOrdersPerYear, double maxOrdersPerYear) {
        return plan.customers.stream().filter(c -> c.ordersPerYear >= minOrdersPerYear && c.ordersPerYear < maxOrdersPerYear)
                .mapToDouble(c -> c.joinedAt != null ? 1 : 0).average().orElse(0);
    }

    private double meanSatisfaction(boolean members) {
        return plan.orders.stream().filter(o -> o.answer != null)
                .filter(o -> members == (o.customer >= 0 && plan.customers.get(o.customer).memberAt(o.at)))
                .mapToInt(o -> o.answer.satisfaction).average().orElse(0);
    }
}
