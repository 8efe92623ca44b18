package com.loyaltykpi.core.cohorts;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The retention cohorts as CSV: one line per cohort (kind, month, segment, customers), then for each of the 12
 * months after, the customers who bought and their share (empty for a month not over yet).
 */
public final class CohortCsv {

    private CohortCsv() {
    }

    public static void write(List<Cohort> cohorts, YearMonth current, Appendable out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build());
        List<String> header = new ArrayList<String>();
        header.add("kind");
        header.add("cohort_month");
        header.add("segment");
        header.add("customers");
        for (int k = 1; k <= Cohort.MONTHS; k++) {
            header.add("bought_month_" + k);
            header.add("share_month_" + k);
        }
        printer.printRecord(header);
        for (Cohort c : cohorts) {
            List<Object> line = new ArrayList<Object>();
            line.add(c.kind().name());
            line.add(c.month().toString());
            line.add(c.segment().name());
            line.add(c.customers());
            for (int k = 1; k <= Cohort.MONTHS; k++) {
                boolean observed = c.observed(k, current);
                line.add(observed ? String.valueOf(c.active(k)) : "");
                line.add(observed ? String.format(java.util.Locale.ROOT, "%.4f", c.share(k)) : "");
            }
            printer.printRecord(line);
        }
        printer.flush();
    }
}
