package com.loyaltykpi.it.kpi;

import com.loyaltykpi.core.imports.MembershipsImport;
import com.loyaltykpi.core.imports.OrdersImport;
import com.loyaltykpi.core.incrementality.Estimate;
import com.loyaltykpi.core.incrementality.EstimateRequest;
import com.loyaltykpi.core.incrementality.IncrementalRevenue;
import com.loyaltykpi.core.settings.ShopTimeZone;
import com.loyaltykpi.it.ShopScenarios;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The incremental-revenue estimate read from the module's tables, on a case small enough to compute by hand. */
public abstract class IncrementalRevenueScenarios extends ShopScenarios {

    @Test
    void oneMatchedPairGivesItsLiftAndAMemberWithoutHistoryIsLeftOut() {
        shop.bean("lkShopTimeZone", ShopTimeZone.class).change(ZoneId.of("UTC"));
        load("customer_id,enrolled_at,left_at,source\n"
                + "inc-m,2022-06-01T00:00:00Z,,\n"
                + "inc-x,2022-06-05T00:00:00Z,,\n", true);
        load("order_id,customer_id,submitted_at,currency,revenue,cost,status\n"
                // member: bought 2021-01-10 (history); a year before joining 2 orders, 1 in the 30 days before
                + "inc-1,inc-m,2021-01-10T10:00:00Z,THB,30.00,,SUBMITTED\n"
                + "inc-2,inc-m,2021-08-01T10:00:00Z,THB,100.00,,SUBMITTED\n"
                + "inc-3,inc-m,2022-05-20T10:00:00Z,THB,50.00,,SUBMITTED\n"   // pre 50
                + "inc-4,inc-m,2022-06-10T10:00:00Z,THB,80.00,,SUBMITTED\n"
                + "inc-5,inc-m,2022-06-20T10:00:00Z,THB,40.00,,SUBMITTED\n"   // post 120: change +70
                // control: never joined, the same orders counts before 1 June 2022
                + "inc-6,inc-c,2021-02-01T10:00:00Z,THB,20.00,,SUBMITTED\n"
                + "inc-7,inc-c,2021-09-01T10:00:00Z,THB,90.00,,SUBMITTED\n"
                + "inc-8,inc-c,2022-05-25T10:00:00Z,THB,60.00,,SUBMITTED\n"   // pre 60
                + "inc-9,inc-c,2022-06-15T10:00:00Z,THB,70.00,,SUBMITTED\n"   // post 70: change +10
                // a member whose first order is less than 30 days before joining
                + "inc-10,inc-x,2022-05-20T10:00:00Z,THB,25.00,,SUBMITTED\n", false);

        Estimate estimate = shop.bean("lkIncrementalRevenue", IncrementalRevenue.class).estimate(
                new EstimateRequest(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 6, 30), "THB", 30, 1000, 1L));

        assertThat(estimate.analysed()).isEqualTo(2);
        assertThat(estimate.matched()).isEqualTo(1);
        assertThat(estimate.leftOut()).containsOnlyKeys("less than the window's days of purchases before enrolling");
        assertThat(estimate.incrementalRevenue()).isEqualByComparingTo("60.00"); // (120 - 50) - (70 - 60)
        assertThat(estimate.low()).isEqualByComparingTo("60.00");
        assertThat(estimate.high()).isEqualByComparingTo("60.00");
        assertThat(estimate.memberPrePostChange()).isEqualByComparingTo("70.00");
        assertThat(estimate.controlPrePostChange()).isEqualByComparingTo("10.00");
        assertThat(estimate.memberPostRevenue()).isEqualByComparingTo("120.00");
    }

    private void load(String csv, boolean memberships) {
        ByteArrayInputStream in = new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
        boolean applied = memberships
                ? shop.bean("lkMembershipsImport", MembershipsImport.class).importMemberships(in, false).applied()
                : shop.bean("lkOrdersImport", OrdersImport.class).importOrders(in, false).applied();
        assertThat(applied).isTrue();
    }
}
