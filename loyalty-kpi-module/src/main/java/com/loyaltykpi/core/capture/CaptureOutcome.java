package com.loyaltykpi.core.capture;

/** What capturing one order did. */
public enum CaptureOutcome {
    /** A new fact was written. */
    RECORDED,
    /** The existing fact was marked cancelled. */
    CANCELLED,
    /** The fact was already there and up to date (a replay). */
    UNCHANGED,
    /** The order cannot be recorded; the reason is logged and kept in LK_CAPTURE_SKIP. */
    SKIPPED
}
