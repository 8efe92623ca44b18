package com.loyaltykpi.core.followup;

/** Which answers open a follow-up: satisfaction 1-2, or a recommendation of 0-6 (a detractor). */
public final class FollowUpRule {

    public static final int UNHAPPY_SATISFACTION = 2;
    public static final int DETRACTOR_RECOMMEND = 6;

    private FollowUpRule() {
    }

    /** Whether these scores (either may be null: not given) call for a follow-up. */
    public static boolean unhappy(Integer satisfaction, Integer recommend) {
        return (satisfaction != null && satisfaction <= UNHAPPY_SATISFACTION)
                || (recommend != null && recommend <= DETRACTOR_RECOMMEND);
    }
}
