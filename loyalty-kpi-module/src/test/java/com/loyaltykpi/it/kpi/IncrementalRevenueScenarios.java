package com.loyaltykpi.it.kpi;

import com.loyaltykpi.core.imports.MembershipsImport;
import com.loyaltykpi.core.imports.OrdersImport;
import com.loyaltykpi.core.incrementality.Estimate;
import com.loyaltykpi.core.incrementality.EstimateRequest;
import com.loyaltykpi.core.incrementality.EstimateSettings;
import com.loyaltykpi.core.incrementality.EventStudy;
import com.loyaltykpi.core.incrementality.IncrementalRevenue;
import com.loyaltykpi.core.incrementality.LeftOut;
import com.loyaltykpi.core.incrementality.SimulatedShopFiles;
import com.loyaltykpi.core.settings.ShopTimeZone;
import com.loyaltykpi.it.ShopScenarios;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incremental-revenue estimate read from the module's tables: a case small enough to compute by hand, and a
 * simulated shop imported as a shop would import it (guests, cancelled orders, a second currency, leavers), whose
 * estimate from the tables equals the estimator's on the same shop in memory.
 */
public abstract class IncrementalRevenueScenarios extends ShopScenarios {

    private IncrementalRevenue incrementalRevenue() {
        return shop.bean("lkIncrementalRevenue", IncrementalRevenue.class);
    }

    @Test
    void oneMemberAgainstTenCustomersWhoJoinLater() {
        shop.bean("lkShopTimeZone", ShopTimeZone.class).change(ZoneId.of("UTC"));
        StringBuilder memberships = new StringBuilder("customer_id,enrolled_at,left_at,source\n")
                .append("inc-m,2022-06-08T09:00:00Z,,\n")
                .append("inc-x,2022-06-09T00:00:00Z,,\n");
        StringBuilder orders = new StringBuilder("order_id,customer_id,submitted_at,currency,revenue,cost,status\n")
                // member: bought long before; 50.00 ten days before joining; 300.00 on the day (excluded); 120.00 after
                .append("inc-1,inc-m,2021-11-20T10:00:00Z,THB,30.00,,SUBMITTED\n")
                .append("inc-2,inc-m,2022-05-29T10:00:00Z,THB,50.00,,SUBMITTED\n")
                .append("inc-3,inc-m,2022-06-08T11:00:00Z,THB,300.00,,SUBMITTED\n")
                .append("inc-4,inc-m,2022-06-13T10:00:00Z,THB,80.00,48.00,SUBMITTED\n")
                .append("inc-5,inc-m,2022-06-28T10:00:00Z,THB,40.00,,SUBMITTED\n")
                .append("inc-6,inc-m,2022-06-20T10:00:00Z,THB,999.00,,CANCELLED\n")
                // a member whose first order is only 20 days before joining
                .append("inc-7,inc-x,2022-05-20T10:00:00Z,THB,25.00,,SUBMITTED\n");
        for (int i = 0; i < 10; i++) {
            // ten customers who join in December: 60.00 five days before the member joined, 75.00 ten days after
            memberships.append("inc-c").append(i).append(",2022-12-01T00:00:00Z,,\n");
            orders.append("inc-c").append(i).append("a,inc-c").append(i).append(",2022-01-09T10:00:00Z,THB,20.00,,SUBMITTED\n")
                    .append("inc-c").append(i).append("b,inc-c").append(i).append(",2022-06-03T10:00:00Z,THB,60.00,,SUBMITTED\n")
                    .append("inc-c").append(i).append("c,inc-c").append(i).append(",2022-06-18T10:00:00Z,THB,75.00,,SUBMITTED\n");
        }
        // a guest and another currency change nothing
        orders.append("inc-g,,2022-06-15T10:00:00Z,THB,500.00,,SUBMITTED\n").append("inc-u,inc-c0,2022-06-15T10:00:00Z,USD,500.00,,SUBMITTED\n");
        load(memberships.toString(), true);
        load(orders.toString(), false);

        Estimate estimate = incrementalRevenue().estimate(new EstimateRequest(LocalDate.of(2022, 6, 6),
                LocalDate.of(2022, 6, 12), "THB", new EstimateSettings(30, 7, 1, false), 1000, 1L));

        assertThat(estimate.analysed()).isEqualTo(2);
        assertThat(estimate.matched()).isEqualTo(1);
        assertThat(estimate.comparisons()).isEqualTo(10);
        assertThat(estimate.leftOut()).containsOnlyKeys(LeftOut.NO_HISTORY);
        // comparisons grew from 600.00 to 750.00 (x1.25); the member from 50.00 to 120.00: 120 - 50 x 1.25
        assertThat(estimate.incrementalRevenue()).isEqualByComparingTo("57.50");
        assertThat(estimate.low()).isEqualByComparingTo("57.50");
        assertThat(estimate.high()).isEqualByComparingTo("57.50");
        assertThat(estimate.memberPrePostChange()).isEqualByComparingTo("70.00");
        assertThat(estimate.controlPrePostChange()).isEqualByComparingTo("12.50");
        assertThat(estimate.memberPostRevenue()).isEqualByComparingTo("120.00");
        assertThat(estimate.margin()).isEqualByComparingTo("0.4000");
        assertThat(estimate.marginCoverage()).isEqualByComparingTo("0.6667");
    }

    @Test
    void aSimulatedShopImportedGivesTheEstimateOfTheSameShopInMemory() {
        shop.bean("lkShopTimeZone", ShopTimeZone.class).change(ZoneId.of("UTC"));
        SimulatedShopFiles files = new SimulatedShopFiles(2026L, 1000, 0.2, 0.1, "MXN", "INR");
        load(new String(files.membershipsCsv("inc-"), StandardCharsets.UTF_8), true);
        load(new String(files.ordersCsv("inc-"), StandardCharsets.UTF_8), false);
        EstimateSettings settings = new EstimateSettings(60, 7, 1, false);

        Estimate fromTables = incrementalRevenue().estimate(new EstimateRequest(SimulatedShopFiles.rangeFrom(),
                SimulatedShopFiles.rangeTo(), "MXN", settings, 1000, 5L));
        Estimate inMemory = files.inMemory(new EstimateRequest(SimulatedShopFiles.rangeFrom(), SimulatedShopFiles.rangeTo(),
                "MXN", settings, 1000, 5L), "inc-");

        assertThat(fromTables.matched()).isGreaterThan(50).isEqualTo(inMemory.matched());
        assertThat(fromTables.comparisons()).isEqualTo(inMemory.comparisons());
        assertThat(fromTables.incrementalRevenue()).isEqualByComparingTo(inMemory.incrementalRevenue());
        assertThat(fromTables.low()).isEqualByComparingTo(inMemory.low());
        assertThat(fromTables.high()).isEqualByComparingTo(inMemory.high());
        assertThat(fromTables.placebo().incrementalRevenue().value())
                .isEqualByComparingTo(inMemory.placebo().incrementalRevenue().value());
        assertThat(fromTables.margin()).isEqualByComparingTo(inMemory.margin());
        // the member-days the payoff shares the program's cost by: open memberships count until today
        assertThat(fromTables.memberDays()).isNotEmpty().hasSameSizeAs(inMemory.memberDays());
        for (int m = 0; m < fromTables.memberDays().size(); m++) {
            assertThat(fromTables.memberDays().get(m).month()).isEqualTo(inMemory.memberDays().get(m).month());
            assertThat(fromTables.memberDays().get(m).estimated()).isEqualTo(inMemory.memberDays().get(m).estimated());
        }
        for (int w = 0; w < fromTables.eventStudy().weeks().size(); w++) {
            EventStudy.Week week = fromTables.eventStudy().weeks().get(w);
            assertThat(week.lift().value()).isEqualByComparingTo(inMemory.eventStudy().weeks().get(w).lift().value());
        }
    }

    private void load(String csv, boolean memberships) {
        ByteArrayInputStream in = new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
        boolean applied = memberships
                ? shop.bean("lkMembershipsImport", MembershipsImport.class).importMemberships(in, false).applied()
                : shop.bean("lkOrdersImport", OrdersImport.class).importOrders(in, false).applied();
        assertThat(applied).isTrue();
    }
}
