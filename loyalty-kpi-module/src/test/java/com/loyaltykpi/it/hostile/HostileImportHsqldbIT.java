package com.loyaltykpi.it.hostile;

import com.loyaltykpi.core.imports.ImportReport;
import com.loyaltykpi.core.imports.OrdersImport;
import com.loyaltykpi.core.imports.RejectedRow;
import com.loyaltykpi.it.BroadleafShop;
import com.loyaltykpi.it.TestDatabase;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.ByteArrayInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated hostile orders.csv files against the real import on the shop's database: never an exception, a
 * plain reason for every refusal and every rejected line, nothing written from a refused file, and with
 * "skip bad rows" exactly the good rows. Fixed seed; tries: -Djqwik.tries.default (CI 200, reliability 5,000).
 */
class HostileImportHsqldbIT {

    private static final int LONGEST_REASON = 1000;

    @Property(seed = "20261123")
    void aFileWithBadLinesIsRefusedWholeWithAReasonPerLine(@ForAll("files") HostileCsv file) throws Exception {
        BroadleafShop shop = BroadleafShop.on(TestDatabase.HSQLDB);
        long before = importedFacts(shop);

        ImportReport report = shop.bean("lkOrdersImport", OrdersImport.class).importOrders(new ByteArrayInputStream(file.bytes()), false);

        if (report.applied()) {
            assertThat(report.rejected()).isEmpty();
            assertThat(report.imported() + report.updated() + report.unchanged()).isEqualTo(report.rowsRead());
        } else {
            assertThat(report.refusal()).isNotBlank().hasSizeLessThan(LONGEST_REASON);
            assertReasons(report);
            assertThat(importedFacts(shop)).as("nothing written from a refused file").isEqualTo(before);
        }
    }

    @Property(seed = "20261124")
    void skippingBadRowsImportsExactlyTheGoodOnes(@ForAll("files") HostileCsv file) throws Exception {
        BroadleafShop shop = BroadleafShop.on(TestDatabase.HSQLDB);
        long before = importedFacts(shop);

        ImportReport report = shop.bean("lkOrdersImport", OrdersImport.class).importOrders(new ByteArrayInputStream(file.bytes()), true);

        assertReasons(report);
        if (report.applied()) {
            assertThat(report.imported() + report.updated() + report.unchanged())
                    .isEqualTo(report.rowsRead() - report.rejected().size());
            assertThat(importedFacts(shop)).isEqualTo(before + report.imported());
        } else {
            assertThat(report.refusal()).as("only an unreadable file is refused").isNotBlank().hasSizeLessThan(LONGEST_REASON);
            assertThat(importedFacts(shop)).isEqualTo(before);
        }
    }

    @Provide
    Arbitrary<HostileCsv> files() {
        return HostileCsv.orders();
    }

    private static void assertReasons(ImportReport report) {
        for (RejectedRow row : report.rejected()) {
            assertThat(row.line()).isPositive();
            assertThat(row.reason()).isNotBlank().hasSizeLessThan(LONGEST_REASON);
        }
    }

    private static long importedFacts(BroadleafShop shop) {
        return shop.jdbc().queryForObject("SELECT COUNT(*) FROM LK_ORDER_FACT WHERE ORIGIN = ?", Long.class, OrdersImport.ORIGIN);
    }
}
