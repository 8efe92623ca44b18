package com.loyaltykpi.core.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What an import did: rows read, imported (new), updated (changed), unchanged (already there as they are),
 * rejected (line and reason), and whether anything was written at all: a file with bad rows is refused whole
 * unless bad rows may be skipped.
 */
public final class ImportReport {

    private final String file;
    private final long read;
    private final long imported;
    private final long updated;
    private final long unchanged;
    private final long restamped;
    private final List<RejectedRow> rejected;
    private final long rejectedCount;
    private final String refusal;

    ImportReport(String file, long read, long imported, long updated, long unchanged, long restamped,
                 List<RejectedRow> rejected, String refusal) {
        this(file, read, imported, updated, unchanged, restamped, new Rejections(rejected), refusal);
    }

    ImportReport(String file, long read, long imported, long updated, long unchanged, long restamped,
                 Rejections rejections, String refusal) {
        this.file = file;
        this.read = read;
        this.imported = imported;
        this.updated = updated;
        this.unchanged = unchanged;
        this.restamped = restamped;
        this.rejected = Collections.unmodifiableList(new ArrayList<RejectedRow>(rejections.shown()));
        this.rejectedCount = rejections.count();
        this.refusal = refusal;
    }

    static ImportReport refused(String file, long read, List<RejectedRow> rejected, String refusal) {
        return new ImportReport(file, read, 0, 0, 0, 0, rejected, refusal);
    }

    static ImportReport refused(String file, long read, Rejections rejected, String refusal) {
        return new ImportReport(file, read, 0, 0, 0, 0, rejected, refusal);
    }

    /** Which file: orders.csv or memberships.csv. */
    public String file() {
        return file;
    }

    public long rowsRead() {
        return read;
    }

    public long imported() {
        return imported;
    }

    public long updated() {
        return updated;
    }

    public long unchanged() {
        return unchanged;
    }

    /** Imported orders whose member flag changed because the membership history did (memberships import). */
    public long restamped() {
        return restamped;
    }

    /** The first {@value Rejections#SHOWN} rejected rows, by line. */
    public List<RejectedRow> rejected() {
        return rejected;
    }

    /** All rejected rows, shown or not. */
    public long rejectedCount() {
        return rejectedCount;
    }

    /** False when the file was refused and nothing was written. */
    public boolean applied() {
        return refusal == null;
    }

    /** Why the file was refused, or null. */
    public String refusal() {
        return refusal;
    }

    @Override
    public String toString() {
        if (!applied()) {
            return file + " refused, nothing imported: " + refusal + (rejected.isEmpty() ? "" : " " + rejected);
        }
        return file + ": " + read + " rows read, " + imported + " imported, " + updated + " updated, " + unchanged
                + " unchanged, " + rejectedCount + " rejected" + (restamped > 0 ? ", " + restamped + " orders re-stamped" : "");
    }
}
