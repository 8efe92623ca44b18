package com.loyaltykpi.core.survey;

/** When shoppers are asked, and the limits of an answer; every value has a sensible default. */
public final class SurveySettings {

    /** The bounds of each setting (the admin's settings screen checks them too). */
    public static final int MIN_CAP_DAYS = 0, MAX_CAP_DAYS = 365;
    public static final int MIN_WAVE_INTERVAL_DAYS = 7, MAX_WAVE_INTERVAL_DAYS = 366;
    public static final int MIN_TOKEN_LIFETIME_DAYS = 1, MAX_TOKEN_LIFETIME_DAYS = 365;
    public static final int MIN_COMMENT_LENGTH = 0, MAX_COMMENT_LENGTH = 10000;
    public static final int MIN_REMINDER_DAYS = 0, MAX_REMINDER_DAYS = 364;

    private final int capDays;
    private final double samplingRate;
    private final int waveIntervalDays;
    private final int tokenLifetimeDays;
    private final int commentMaxLength;
    private final int reminderDays;

    /**
     * @param capDays           at most one invitation per customer in so many days (default 30)
     * @param samplingRate      share of orders invited, 0 to 1 (default 1)
     * @param waveIntervalDays  days between relationship waves (default 90)
     * @param tokenLifetimeDays days a survey link stays valid (default 30)
     * @param commentMaxLength  longest comment accepted (default 1,000 characters)
     * @param reminderDays      days after an invitation without an answer before its one reminder e-mail; 0 (the
     *                          default) sends none; fewer days than a link lives
     */
    public SurveySettings(int capDays, double samplingRate, int waveIntervalDays, int tokenLifetimeDays, int commentMaxLength,
                          int reminderDays) {
        require(capDays >= MIN_CAP_DAYS && capDays <= MAX_CAP_DAYS, "the invitation cap must be between 0 and 365 days");
        require(samplingRate >= 0 && samplingRate <= 1, "the sampling rate must be between 0 and 1");
        require(waveIntervalDays >= MIN_WAVE_INTERVAL_DAYS && waveIntervalDays <= MAX_WAVE_INTERVAL_DAYS, "the wave interval must be between 7 and 366 days");
        require(tokenLifetimeDays >= MIN_TOKEN_LIFETIME_DAYS && tokenLifetimeDays <= MAX_TOKEN_LIFETIME_DAYS, "a survey link must live between 1 and 365 days");
        require(commentMaxLength >= MIN_COMMENT_LENGTH && commentMaxLength <= MAX_COMMENT_LENGTH, "the comment limit must be between 0 and 10,000");
        require(reminderDays >= MIN_REMINDER_DAYS && reminderDays <= MAX_REMINDER_DAYS, "the reminder must come between 0 and 364 days after the invitation");
        require(reminderDays < tokenLifetimeDays, "the reminder must come before the survey link expires (fewer days than a link lives)");
        this.capDays = capDays;
        this.samplingRate = samplingRate;
        this.waveIntervalDays = waveIntervalDays;
        this.tokenLifetimeDays = tokenLifetimeDays;
        this.commentMaxLength = commentMaxLength;
        this.reminderDays = reminderDays;
    }

    public static SurveySettings defaults() {
        return new SurveySettings(30, 1.0, 90, 30, 1000, 0);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    public int capDays() {
        return capDays;
    }

    public double samplingRate() {
        return samplingRate;
    }

    public int waveIntervalDays() {
        return waveIntervalDays;
    }

    public int tokenLifetimeDays() {
        return tokenLifetimeDays;
    }

    public int commentMaxLength() {
        return commentMaxLength;
    }

    /** Days after an unanswered invitation before its reminder; 0 when reminders are off. */
    public int reminderDays() {
        return reminderDays;
    }
}
