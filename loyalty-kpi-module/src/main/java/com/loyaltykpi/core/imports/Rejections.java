package com.loyaltykpi.core.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** The rows an import rejects: all counted, the first {@value #SHOWN} by line kept to show, whatever the file. */
final class Rejections {

    static final int SHOWN = 200;

    private final List<RejectedRow> shown = new ArrayList<RejectedRow>();
    private long count;

    Rejections() {
    }

    Rejections(List<RejectedRow> rows) {
        for (RejectedRow row : rows) {
            add(row);
        }
    }

    void add(RejectedRow row) {
        count++;
        shown.add(row);
        if (shown.size() > SHOWN) {
            Collections.sort(shown, Comparator.comparingLong(RejectedRow::line));
            shown.remove(SHOWN);
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    long count() {
        return count;
    }

    List<RejectedRow> shown() {
        List<RejectedRow> sorted = new ArrayList<RejectedRow>(shown);
        Collections.sort(sorted, Comparator.comparingLong(RejectedRow::line));
        return sorted;
    }
}
