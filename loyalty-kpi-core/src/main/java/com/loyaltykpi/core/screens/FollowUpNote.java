package com.loyaltykpi.core.screens;

/** What an operator writes when closing a follow-up: trimmed, without control characters (line breaks kept). */
public final class FollowUpNote {

    private FollowUpNote() {
    }

    /** The note as stored, or null when nothing is left to store. */
    public static String clean(String typed) {
        if (typed == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(typed.length());
        typed.codePoints().filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .forEach(kept::appendCodePoint);
        String trimmed = kept.toString().trim();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
