package com.loyaltykpi.core.kpi;

import com.loyaltykpi.core.money.Money;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

/**
 * Writes a KPI table as CSV in the format of docs/KPIS.md: UTF-8 (the caller's writer), comma separated, a header row,
 * ISO dates, '.' as decimal separator, amounts with the currency's scale, ratios (and percentage points) with 4
 * decimals, counts whole, undefined as an empty cell. Columns: period_start, period, segment, currency, then
 * every KPI by its name.
 */
public final class KpiCsv {

    private static final int RATIO_SCALE = 4;

    private KpiCsv() {
    }

    public static List<String> header() {
        List<String> header = new ArrayList<String>(Arrays.asList("period_start", "period", "segment", "currency"));
        for (Kpi kpi : Kpi.values()) {
            header.add(kpi.column());
        }
        return header;
    }

    public static void write(KpiTable table, Appendable out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build());
        printer.printRecord(header());
        for (KpiRow row : table.rows()) {
            List<String> record = new ArrayList<String>(Arrays.asList(row.start().toString(), row.granularity().name(),
                    row.segment().name(), row.currency()));
            for (Kpi kpi : Kpi.values()) {
                record.add(format(kpi, row.value(kpi), row.currency()));
            }
            printer.printRecord(record);
        }
        printer.flush();
    }

    /** One value as the export writes it; empty when undefined. */
    public static String format(Kpi kpi, BigDecimal value, String currency) {
        if (value == null) {
            return "";
        }
        switch (kpi.kind()) {
            case COUNT:
                return value.setScale(0, RoundingMode.HALF_EVEN).toPlainString();
            case MONEY:
                return value.setScale(Money.scaleOf(Currency.getInstance(currency)), RoundingMode.HALF_EVEN).toPlainString();
            default:
                return value.setScale(RATIO_SCALE, RoundingMode.HALF_EVEN).toPlainString();
        }
    }
}
