package com.loyaltykpi.core.imports;

/** A line of an imported file that was not imported, and why. */
public final class RejectedRow {

    private final long line;
    private final String reason;

    public RejectedRow(long line, String reason) {
        this.line = line;
        this.reason = reason;
    }

    /** The line in the file (the header is line 1). */
    public long line() {
        return line;
    }

    public String reason() {
        return reason;
    }

    @Override
    public String toString() {
        return "line " + line + ": " + reason;
    }
}
