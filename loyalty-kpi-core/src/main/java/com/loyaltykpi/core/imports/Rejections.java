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

    /** Keeps at most twice the rows shown, trimming back to the first by line when full: one sort per SHOWN rows. */
    void add(RejectedRow row) {
        count++;
        shown.add(row);
        if (shown.size() == 2 * SHOWN) {
            trim();
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    long count() {
        return count;
    }

    List<RejectedRow> shown() {
        trim();
        return new ArrayList<RejectedRow>(shown);
    }

    private void trim() {
        Collections.sort(shown, Comparator.comparingLong(RejectedRow::line));
        if (shown.size() > SHOWN) {
            shown.subList(SHOWN, shown.size()).clear();
        }
    }
}
