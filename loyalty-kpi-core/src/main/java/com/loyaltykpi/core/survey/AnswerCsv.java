package com.loyaltykpi.core.survey;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes survey answers as CSV, in the export format of docs/KPIS.md: UTF-8 (the caller's writer), comma separated,
 * a header row, ISO instants, empty cells for what is missing (a guest, a wave, an anonymised answer). A comment
 * that a spreadsheet would take for a formula (it starts with =, +, -, @) is written with a leading apostrophe.
 */
public final class AnswerCsv {

    private AnswerCsv() {
    }

    public static List<String> header() {
        return Arrays.asList("answered_at", "segment", "channel", "customer_id", "order_id", "satisfaction", "recommend",
                "comment");
    }

    /** Writes the header and every answer of the filter, oldest first, streamed from the store. */
    public static void write(AnswerStore answers, AnswerFilter filter, Appendable out) throws IOException {
        final CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build());
        printer.printRecord(header());
        try {
            answers.forEach(filter, new Consumer<SurveyAnswer>() {
                @Override
                public void accept(SurveyAnswer answer) {
                    try {
                        printer.printRecord(answer.answeredAt().toString(), answer.segment().name(),
                                answer.channel().name(), blankIfNull(answer.customerId()), blankIfNull(answer.orderId()),
                                answer.satisfaction(), answer.recommend(), safeComment(answer.comment()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }

    static String safeComment(String comment) {
        if (comment == null) {
            return "";
        }
        return !comment.isEmpty() && "=+-@".indexOf(comment.charAt(0)) >= 0 ? "'" + comment : comment;
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }
}
