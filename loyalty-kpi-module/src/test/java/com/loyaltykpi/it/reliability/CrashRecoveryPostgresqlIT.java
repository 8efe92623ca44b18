package com.loyaltykpi.it.reliability;

import com.loyaltykpi.it.TestDatabase;
import com.loyaltykpi.it.TestMail;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.mail.Address;
import javax.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 of a node in the middle of a backfill, a rollup rebuild, a CSV import and a survey wave, each stopped
 * at a pause point inside its transaction (so the kill lands mid-work every time, not by luck); a new node then
 * runs the same job again, and the result is what an uninterrupted run gives: every order once, rollups equal to
 * a rebuild, every imported row once, every chosen customer invited and mailed once.
 */
class CrashRecoveryPostgresqlIT {

    private static final int ORDERS = Integer.getInteger("loyalty.reliability.crashOrders", 300);
    private static final int IMPORTED = 1000;
    private static final String[] SETTINGS = {"loyalty.reconcile.chunkSize=50", "loyalty.import.chunkSize=200",
            "loyalty.survey.samplingRate=0"}; // no invitation after orders: the wave has customers to ask

    @Test
    void aNodeKilledMidJobLeavesNothingHalfDoneOnceTheJobRunsAgain() throws Exception {
        try (SharedDatabase shared = new SharedDatabase(TestDatabase.POSTGRESQL)) {
            ClusterChecks checks = shared.checks;
            NodeProcess node = shared.start("n1", SETTINGS);
            assertThat(node.run("shop " + ORDERS + " 4 3", 1800)).endsWith("failed=0");
            forgetFacts(checks); // as if the module had been installed after these orders

            // backfill: killed with three chunks committed and the fourth written but not committed
            node.pauseDuring("backfill", "UPDATE LK_JOB_STATE", 4);
            node.kill();
            long factsAfterKill = checks.platformFacts().size();
            node = shared.start("n2", SETTINGS);
            String resumed = node.run("backfill", 600);
            assertThat(factsAfterKill).isEqualTo(150);
            assertThat(resumed).contains("finished=true");
            assertThat(checks.platformFacts()).isEqualTo(checks.platformOrders());
            assertThat(checks.memberFlagsAgainstHistory()).isEmpty();
            node.run("aggregate", 600);
            List<String> rollups = checks.rollups();

            // rollup rebuild: killed after deleting the rollups and writing the first new ones, before its commit
            node.pauseDuring("rebuild", "INSERT INTO LK_ROLLUP", 1);
            node.kill();
            assertThat(checks.rollups()).as("the killed rebuild's transaction rolled back").isEqualTo(rollups);
            node = shared.start("n3", SETTINGS);
            node.run("rebuild", 600);
            assertThat(checks.rollups()).isEqualTo(rollups);

            // CSV import: killed in its third chunk of 200 rows
            Path csv = ordersCsv(shared.file("orders.csv"), checks);
            node.pauseDuring("import " + csv, "INSERT INTO LK_ORDER_FACT", 3);
            node.kill();
            long importedAfterKill = checks.count("SELECT COUNT(*) FROM LK_ORDER_FACT WHERE ORIGIN = 'import'");
            node = shared.start("n4", SETTINGS);
            String rerun = node.run("import " + csv, 600);
            assertThat(importedAfterKill).isEqualTo(400);
            assertThat(rerun).contains("600 imported").contains("400 unchanged");
            assertThat(checks.count("SELECT COUNT(*) FROM LK_ORDER_FACT WHERE ORIGIN = 'import'")).isEqualTo(IMPORTED);
            assertThat(checks.jdbc().queryForObject("SELECT SUM(REVENUE) FROM LK_ORDER_FACT WHERE ORIGIN = 'import'",
                    BigDecimal.class)).isEqualByComparingTo(importedRevenue());
            assertThat(checks.memberFlagsAgainstHistory()).isEmpty();
            node.run("aggregate", 600);
            List<String> withImport = checks.rollups();
            node.run("rebuild", 600);
            assertThat(checks.rollups()).isEqualTo(withImport);

            // survey wave: killed while inviting (the fifth invitation)
            node.pauseDuring("wave", "INSERT INTO LK_SURVEY_INVITATION", 5);
            node.kill();
            long invitedAfterKill = checks.count("SELECT COUNT(*) FROM LK_SURVEY_INVITATION WHERE CHANNEL = 'WAVE'");
            node = shared.start("n5", SETTINGS);
            String wave = node.run("wave", 600);
            List<String> invited = checks.jdbc().queryForList(
                    "SELECT CUSTOMER_ID FROM LK_SURVEY_INVITATION WHERE CHANNEL = 'WAVE'", String.class);
            assertThat(invitedAfterKill).isEqualTo(4);
            assertThat(invited).as("each chosen customer invited once").doesNotHaveDuplicates().hasSizeGreaterThan(4);
            assertThat(checks.count("SELECT COUNT(*) FROM LK_SURVEY_INVITATION WHERE CHANNEL = 'WAVE' AND DELIVERED_AT IS NULL"))
                    .isZero();
            assertThat(mailedTo(checks)).as("one e-mail per invitation").hasSize(invited.size())
                    .doesNotHaveDuplicates();
            System.out.printf("[reliability] crashes: %d orders, backfill killed at %d facts then %s; rebuild killed"
                    + " and re-run, %d rollup rows unchanged; import killed at %d of %d rows, re-run %s; wave killed at"
                    + " %d invitations, re-run %s, %d invited and mailed once%n", ORDERS, factsAfterKill, resumed,
                    rollups.size(), importedAfterKill, IMPORTED, rerun, invitedAfterKill, wave, invited.size());
        }
    }

    private static void forgetFacts(ClusterChecks checks) {
        for (String table : new String[] {"LK_ORDER_FACT", "LK_FACT_CHANGE", "LK_ROLLUP", "LK_JOB_STATE"}) {
            checks.jdbc().update("DELETE FROM " + table);
        }
    }

    /** Orders of the registered customers, placed last year: the file the import reads. */
    private static Path ordersCsv(Path file, ClusterChecks checks) throws Exception {
        List<String> customers = checks.jdbc().queryForList(
                "SELECT CUSTOMER_ID FROM BLC_CUSTOMER WHERE IS_REGISTERED = TRUE ORDER BY CUSTOMER_ID", String.class);
        List<String> lines = new ArrayList<String>();
        lines.add("order_id,customer_id,submitted_at,currency,revenue,cost,status");
        for (int i = 0; i < IMPORTED; i++) {
            String customer = i % 4 == 0 ? "" : customers.get(i % customers.size());
            lines.add("legacy-" + i + "," + customer + ",2025-0" + (1 + i % 9) + "-1" + (i % 10) + "T10:00:00Z,USD,"
                    + revenue(i) + ",5.00," + (i % 25 == 0 ? "CANCELLED" : "SUBMITTED"));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static String revenue(int i) {
        return (10 + i % 90) + ".50";
    }

    private static BigDecimal importedRevenue() {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < IMPORTED; i++) {
            sum = sum.add(new BigDecimal(revenue(i)));
        }
        return sum;
    }

    /** Recipients of the test mail server's messages to this database's customers. */
    private static List<String> mailedTo(ClusterChecks checks) throws Exception {
        Set<String> ours = new HashSet<String>(checks.jdbc().queryForList(
                "SELECT EMAIL_ADDRESS FROM BLC_CUSTOMER WHERE EMAIL_ADDRESS IS NOT NULL", String.class));
        List<String> recipients = new ArrayList<String>();
        for (MimeMessage message : TestMail.server().getReceivedMessages()) {
            for (Address to : message.getAllRecipients()) {
                if (ours.contains(to.toString())) {
                    recipients.add(to.toString());
                }
            }
        }
        return recipients;
    }
}
