package com.loyaltykpi.core.survey;

import com.loyaltykpi.core.settings.SettingsStore;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.util.Map;

/**
 * The survey settings in force: those saved by the admin (LK_SETTING, shared by every node), else the module
 * properties given at startup.
 */
public class SurveyConfiguration {

    private static final String PREFIX = "survey.";
    private static final String CAP_DAYS = PREFIX + "capDays";
    private static final String SAMPLING_RATE = PREFIX + "samplingRate";
    private static final String WAVE_INTERVAL_DAYS = PREFIX + "waveIntervalDays";
    private static final String TOKEN_LIFETIME_DAYS = PREFIX + "tokenLifetimeDays";
    private static final String COMMENT_MAX_LENGTH = PREFIX + "commentMaxLength";
    private static final String REMINDER_DAYS = PREFIX + "reminderDays";

    private static final Log LOG = LogFactory.getLog(SurveyConfiguration.class);

    private final SettingsStore settings;
    private final SurveySettings defaults;

    public SurveyConfiguration(SettingsStore settings, SurveySettings defaults) {
        this.settings = settings;
        this.defaults = defaults;
    }

    public SurveySettings current() {
        Map<String, String> stored = settings.startingWith(PREFIX);
        String samplingRate = stored.get(SAMPLING_RATE);
        int tokenLifetimeDays = SettingsStore.whole(stored, TOKEN_LIFETIME_DAYS, defaults.tokenLifetimeDays());
        int reminderDays = SettingsStore.whole(stored, REMINDER_DAYS, defaults.reminderDays());
        if (reminderDays >= tokenLifetimeDays) { // a property given at startup against links the admin shortened
            LOG.warn("Loyalty: survey reminders are off: loyalty.survey.reminderDays (" + reminderDays + ") must be "
                    + "fewer than the days a link lives (" + tokenLifetimeDays + "); set both in the admin's settings");
            reminderDays = 0;
        }
        return new SurveySettings(
                SettingsStore.whole(stored, CAP_DAYS, defaults.capDays()),
                samplingRate == null ? defaults.samplingRate() : Double.parseDouble(samplingRate),
                SettingsStore.whole(stored, WAVE_INTERVAL_DAYS, defaults.waveIntervalDays()),
                tokenLifetimeDays,
                SettingsStore.whole(stored, COMMENT_MAX_LENGTH, defaults.commentMaxLength()),
                reminderDays);
    }

    /** Saves settings for every node (they were checked when built). */
    public void save(SurveySettings changed) {
        settings.put(CAP_DAYS, String.valueOf(changed.capDays()));
        settings.put(SAMPLING_RATE, String.valueOf(changed.samplingRate()));
        settings.put(WAVE_INTERVAL_DAYS, String.valueOf(changed.waveIntervalDays()));
        settings.put(TOKEN_LIFETIME_DAYS, String.valueOf(changed.tokenLifetimeDays()));
        settings.put(COMMENT_MAX_LENGTH, String.valueOf(changed.commentMaxLength()));
        settings.put(REMINDER_DAYS, String.valueOf(changed.reminderDays()));
    }
}
