package com.loyaltykpi.core.survey;

/** When shoppers are asked, and the limits of an answer; every value has a sensible default. */
public final class SurveySettings {

    private final int capDays;
    private final double samplingRate;
    private final int waveIntervalDays;
    private final int tokenLifetimeDays;
    private final int commentMaxLength;

    /**
     * @param capDays           at most one invitation per customer in so many days (default 30)
     * @param samplingRate      share of orders invited, 0 to 1 (default 1)
     * @param waveIntervalDays  days between relationship waves (default 90)
     * @param tokenLifetimeDays days a survey link stays valid (default 30)
     * @param commentMaxLength  longest comment accepted (default 1,000 characters)
     */
    public SurveySettings(int capDays, double samplingRate, int waveIntervalDays, int tokenLifetimeDays, int commentMaxLength) {
        require(capDays >= 0 && capDays <= 365, "the invitation cap must be between 0 and 365 days");
        require(samplingRate >= 0 && samplingRate <= 1, "the sampling rate must be between 0 and 1");
        require(waveIntervalDays >= 7 && waveIntervalDays <= 366, "the wave interval must be between 7 and 366 days");
        require(tokenLifetimeDays >= 1 && tokenLifetimeDays <= 365, "a survey link must live between 1 and 365 days");
        require(commentMaxLength >= 0 && commentMaxLength <= 10000, "the comment limit must be between 0 and 10,000");
        this.capDays = capDays;
        this.samplingRate = samplingRate;
        this.waveIntervalDays = waveIntervalDays;
        this.tokenLifetimeDays = tokenLifetimeDays;
        this.commentMaxLength = commentMaxLength;
    }

    public static SurveySettings defaults() {
        return new SurveySettings(30, 1.0, 90, 30, 1000);
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
}
