package com.loyaltykpi.it.imports;

import com.loyaltykpi.core.capture.FactStatus;
import com.loyaltykpi.core.capture.OrderFact;
import com.loyaltykpi.core.imports.ImportReport;
import com.loyaltykpi.core.imports.MembershipsImport;
import com.loyaltykpi.core.imports.OrdersImport;
import com.loyaltykpi.core.imports.RejectedRow;
import com.loyaltykpi.it.ShopScenarios;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Importing history from outside the platform: reports, refusals, idempotency, member flags from the history. */
public abstract class ImportScenarios extends ShopScenarios {

    private static final String ORDERS_HEADER = "order_id,customer_id,submitted_at,currency,revenue,cost,status\n";
    private static final String MEMBERSHIPS_HEADER = "customer_id,enrolled_at,left_at,source\n";

    /** A prefix that keeps each test's ids apart from the others' (they share the database). */
    private final String p = "imp-" + UUID.randomUUID().toString().substring(0, 8) + "-";

    @Test
    void aFileWithBadRowsIsRefusedWholeUnlessBadRowsMayBeSkipped() {
        String csv = ORDERS_HEADER
                + p + "1," + p + "c1,2025-05-01T10:00:00+02:00,EUR,10.00,4.00,SUBMITTED\n"
                + p + "2," + p + "c1,yesterday,EUR,10.00,4.00,SUBMITTED\n"
                + p + "3,,2025-05-02T10:00:00Z,EUR,12.50,,SUBMITTED\n"
                + p + "4," + p + "c2,2025-05-03T10:00:00Z,EUR,7.00,1.00,SHIPPED\n"
                + p + "5," + p + "c2,2025-05-04T10:00:00Z,XBT,7.00,1.00,SUBMITTED\n"
                + p + "6," + p + "c2,2025-05-04T10:00:00Z,EUR,7.001,,SUBMITTED\n"
                + p + "1," + p + "c3,2025-05-05T10:00:00Z,EUR,9.00,,SUBMITTED\n";

        ImportReport refused = orders(csv, false);

        assertThat(refused.applied()).isFalse();
        assertThat(refused.rowsRead()).isEqualTo(7);
        assertThat(refused.rejected()).extracting(RejectedRow::line).containsExactly(3L, 5L, 6L, 7L, 8L);
        assertThat(refused.rejected().get(0).reason()).contains("submitted_at 'yesterday' is not an ISO-8601 instant");
        assertThat(refused.rejected().get(1).reason()).isEqualTo("status 'SHIPPED' is not SUBMITTED or CANCELLED");
        assertThat(refused.rejected().get(2).reason()).isEqualTo("currency 'XBT' is not an ISO 4217 code");
        assertThat(refused.rejected().get(3).reason()).contains("has more decimals than EUR allows");
        assertThat(refused.rejected().get(4).reason()).isEqualTo("order_id " + p + "1 appears again (first on line 2)");
        assertThat(facts.find(OrdersImport.ORIGIN, p + "1")).as("nothing of a refused file is imported").isNull();

        ImportReport skipping = orders(csv, true);

        assertThat(skipping.applied()).isTrue();
        assertThat(skipping.imported()).isEqualTo(2);
        assertThat(skipping.rejected()).hasSize(5);
        assertThat(facts.find(OrdersImport.ORIGIN, p + "3").guest()).isTrue();
        assertThat(facts.find(OrdersImport.ORIGIN, p + "1").revenue().amount()).isEqualByComparingTo("10.00");
    }

    @Test
    void aLargeFileWithBadRowsAtTheEndIsRefusedWholeAndTheReportShowsTheFirstOfThem() {
        StringBuilder csv = new StringBuilder(ORDERS_HEADER);
        for (int i = 0; i < 20000; i++) {
            csv.append(p).append(i).append(',').append(p).append('c').append(i % 700)
                    .append(",2025-07-01T10:00:00Z,EUR,10.00,4.00,SUBMITTED\n");
        }
        for (int i = 0; i < 300; i++) {
            csv.append(p).append("bad").append(i).append(",,2025-07-01T10:00:00Z,EUR,-,,SUBMITTED\n");
        }

        ImportReport refused = orders(csv.toString(), false);

        assertThat(refused.applied()).isFalse();
        assertThat(refused.rowsRead()).isEqualTo(20300);
        assertThat(refused.rejectedCount()).isEqualTo(300);
        assertThat(refused.rejected()).as("the first 200 bad lines are shown").hasSize(200);
        assertThat(refused.rejected().get(0).line()).isEqualTo(20002);
        assertThat(refused.refusal()).isEqualTo("300 rows are not valid");
        assertThat(facts.find(OrdersImport.ORIGIN, p + "0")).as("nothing of a refused file is imported").isNull();

        ImportReport skipping = orders(csv.toString(), true);

        assertThat(skipping.imported()).isEqualTo(20000);
        assertThat(skipping.rejectedCount()).isEqualTo(300);
        assertThat(facts.find(OrdersImport.ORIGIN, p + "19999").revenue().amount()).isEqualByComparingTo("10.00");
    }

    @Test
    void aLineLongerThanAnyImportLineRefusesTheFileWithoutReadingItIntoMemory() {
        byte[] header = ORDERS_HEADER.getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[header.length + 5_000_000];
        System.arraycopy(header, 0, file, 0, header.length);
        Arrays.fill(file, header.length, file.length, (byte) 'x');

        ImportReport refused = importOrders(file, true);

        assertThat(refused.applied()).isFalse();
        assertThat(refused.refusal()).isEqualTo("line 2 is longer than 100,000 characters; an import line is far shorter");
    }

    @Test
    void reimportingChangesNothingAndAChangedRowUpdatesItsFact() {
        String csv = ORDERS_HEADER
                + p + "1," + p + "c1,2025-06-01T10:00:00Z,EUR,10.00,4.00,SUBMITTED\n"
                + p + "2," + p + "c1,2025-06-02T10:00:00Z,EUR,20.00,8.00,SUBMITTED\n";
        assertThat(orders(csv, false).imported()).isEqualTo(2);

        ImportReport again = orders(csv, false);
        ImportReport changed = orders(csv.replace("20.00,8.00,SUBMITTED", "20.00,8.00,CANCELLED"), false);

        assertThat(again.imported()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(changed.updated()).isEqualTo(1);
        assertThat(changed.unchanged()).isEqualTo(1);
        assertThat(facts.find(OrdersImport.ORIGIN, p + "2").status()).isEqualTo(FactStatus.CANCELLED);
    }

    @Test
    void unreadableFilesAreRefusedWithAPlainReason() {
        assertThat(orders("order,customer\n1,2\n", false).refusal())
                .isEqualTo("the header must be order_id,customer_id,submitted_at,currency,revenue,cost,status but is order,customer");
        assertThat(orders("", false).refusal()).startsWith("the file is empty");
        byte[] latin1 = (ORDERS_HEADER + p + "1,Müller,2025-06-01T10:00:00Z,EUR,10.00,,SUBMITTED\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(importOrders(latin1, false).refusal()).isEqualTo("the file is not UTF-8 text");
        assertThat(orders(ORDERS_HEADER + p + "1,c,2025-06-01T10:00:00Z,EUR\n", false).rejected().get(0).reason())
                .isEqualTo("the line has 4 fields, the header has 7");
        assertThat(orders(ORDERS_HEADER + "\"unterminated,c\n", false).applied()).isFalse();
    }

    @Test
    void memberFlagsComeFromTheMembershipHistoryAndFollowItsCorrections() {
        ImportReport memberships = memberships(MEMBERSHIPS_HEADER
                + p + "c1,2025-03-01T00:00:00Z,2025-04-01T00:00:00Z,REGISTRATION\n"
                + p + "c1,2025-06-01T00:00:00Z,,\n");
        ImportReport orders = orders(ORDERS_HEADER
                + p + "1," + p + "c1,2025-03-15T10:00:00Z,EUR,10.00,,SUBMITTED\n"
                + p + "2," + p + "c1,2025-05-15T10:00:00Z,EUR,10.00,,SUBMITTED\n"
                + p + "3," + p + "c1,2025-06-15T10:00:00Z,EUR,10.00,,SUBMITTED\n", false);

        assertThat(memberships.imported()).isEqualTo(2);
        assertThat(orders.imported()).isEqualTo(3);
        assertThat(fact("1").member()).isTrue();
        assertThat(fact("2").member()).isFalse();
        assertThat(fact("3").member()).isTrue();
        assertThat(membership.history(p + "c1").openPeriod().source().name()).isEqualTo("IMPORT");

        ImportReport corrected = memberships(MEMBERSHIPS_HEADER
                + p + "c1,2025-03-01T00:00:00Z,2025-03-10T00:00:00Z,REGISTRATION\n");

        assertThat(corrected.updated()).isEqualTo(1);
        assertThat(corrected.restamped()).isEqualTo(1);
        assertThat(fact("1").member()).isFalse();
    }

    @Test
    void overlappingMembershipPeriodsAreRejected() {
        memberships(MEMBERSHIPS_HEADER + p + "c1,2025-01-01T00:00:00Z,,\n");

        ImportReport report = memberships(MEMBERSHIPS_HEADER
                + p + "c1,2025-02-01T00:00:00Z,2025-03-01T00:00:00Z,\n"
                + p + "c2,2025-01-01T00:00:00Z,2025-05-01T00:00:00Z,\n"
                + p + "c2,2025-04-01T00:00:00Z,,\n"
                + p + "c3,2025-01-01T00:00:00Z,2024-01-01T00:00:00Z,\n"
                + p + "c4,2025-01-01T00:00:00Z,,FRIEND\n");

        assertThat(report.applied()).isFalse();
        assertThat(report.rejected()).extracting(RejectedRow::line).containsExactly(2L, 4L, 5L, 6L);
        assertThat(report.rejected().get(0).reason()).startsWith("overlaps the stored period that began");
        assertThat(report.rejected().get(1).reason()).isEqualTo("overlaps the period of line 3");
        assertThat(report.rejected().get(2).reason()).isEqualTo("left_at is before enrolled_at");
        assertThat(report.rejected().get(3).reason()).startsWith("source 'FRIEND' is not one of");
        assertThat(membership.history(p + "c2").periods()).isEmpty();
    }

    private OrderFact fact(String suffix) {
        return facts.find(OrdersImport.ORIGIN, p + suffix);
    }

    private ImportReport orders(String csv, boolean skipBadRows) {
        return importOrders(csv.getBytes(StandardCharsets.UTF_8), skipBadRows);
    }

    private ImportReport importOrders(byte[] csv, boolean skipBadRows) {
        return shop.bean("lkOrdersImport", OrdersImport.class).importOrders(new ByteArrayInputStream(csv), skipBadRows);
    }

    private ImportReport memberships(String csv) {
        return shop.bean("lkMembershipsImport", MembershipsImport.class)
                .importMemberships(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), false);
    }
}
