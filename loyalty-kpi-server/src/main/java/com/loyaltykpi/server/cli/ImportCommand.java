package com.loyaltykpi.server.cli;

import com.loyaltykpi.core.imports.ImportReport;
import com.loyaltykpi.core.imports.MembershipsImport;
import com.loyaltykpi.core.imports.OrdersImport;
import com.loyaltykpi.core.imports.RejectedRow;

import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code import <file> [--skip-bad-rows]}: an orders or memberships file of the CSV formats of docs/IMPORT.md, told
 * apart by its header, of any size; the orders' progress is drawn in the terminal. Idempotent like every import: a
 * run again after an interruption finishes the job and counts nothing twice.
 */
@Component
class ImportCommand {

    private static final int SHOWN_REJECTIONS = 20;

    private final OrdersImport orders;
    private final MembershipsImport memberships;

    ImportCommand(OrdersImport orders, MembershipsImport memberships) {
        this.orders = orders;
        this.memberships = memberships;
    }

    int run(List<String> words, PrintStream out) {
        boolean skipBadRows = words.contains("--skip-bad-rows");
        List<String> files = words.stream().filter(w -> !w.startsWith("--")).toList();
        if (files.size() != 1) {
            out.println(Commands.USAGE);
            return 2;
        }
        Path file = Path.of(files.get(0));
        String header;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            header = reader.readLine();
        } catch (IOException e) {
            out.println("cannot read " + file + ": " + e.getMessage());
            return 1;
        }
        ImportReport report;
        if (header != null && header.replace("\uFEFF", "").startsWith("order_id")) {
            try (TerminalProgress progress = new TerminalProgress()) {
                report = orders.importOrders(file, skipBadRows, progress);
            }
        } else {
            try (InputStream in = Files.newInputStream(file)) {
                report = memberships.importMemberships(in, skipBadRows);
            } catch (IOException e) {
                out.println("cannot read " + file + ": " + e.getMessage());
                return 1;
            }
        }
        print(report, out);
        return report.applied() ? 0 : 1;
    }

    private static void print(ImportReport report, PrintStream out) {
        out.println(report.applied() ? report.toString()
                : report.file() + " refused, nothing imported: " + report.refusal());
        List<RejectedRow> rejected = report.rejected();
        for (RejectedRow row : rejected.subList(0, Math.min(SHOWN_REJECTIONS, rejected.size()))) {
            out.println("  line " + row.line() + ": " + row.reason());
        }
        if (report.rejectedCount() > SHOWN_REJECTIONS) {
            out.println("  ... and " + (report.rejectedCount() - SHOWN_REJECTIONS) + " more rejected rows");
        }
    }
}
