package com.loyaltykpi.core.incrementality;

import com.loyaltykpi.core.settings.SettingsStore;

import java.util.Map;

/**
 * The estimate's settings in force: those saved by the admin (LK_SETTING, shared by every node), else the module
 * properties given at startup.
 */
public class EstimateConfiguration {

    private static final String PREFIX = "estimate.";
    private static final String WINDOW_DAYS = PREFIX + "windowDays";
    private static final String COHORT_DAYS = PREFIX + "cohortDays";
    private static final String EXCLUDED_DAYS = PREFIX + "excludedDays";
    private static final String NEVER_MEMBER_FALLBACK = PREFIX + "neverMemberFallback";

    private final SettingsStore settings;
    private final EstimateSettings defaults;

    public EstimateConfiguration(SettingsStore settings, EstimateSettings defaults) {
        this.settings = settings;
        this.defaults = defaults;
    }

    public EstimateSettings current() {
        Map<String, String> stored = settings.startingWith(PREFIX);
        String fallback = stored.get(NEVER_MEMBER_FALLBACK);
        return new EstimateSettings(SettingsStore.whole(stored, WINDOW_DAYS, defaults.windowDays()),
                SettingsStore.whole(stored, COHORT_DAYS, defaults.cohortDays()),
                SettingsStore.whole(stored, EXCLUDED_DAYS, defaults.excludedDays()),
                fallback == null ? defaults.neverMemberFallback() : Boolean.parseBoolean(fallback));
    }

    /** Saves settings for every node (they were checked when built). */
    public void save(EstimateSettings changed) {
        settings.put(WINDOW_DAYS, String.valueOf(changed.windowDays()));
        settings.put(COHORT_DAYS, String.valueOf(changed.cohortDays()));
        settings.put(EXCLUDED_DAYS, String.valueOf(changed.excludedDays()));
        settings.put(NEVER_MEMBER_FALLBACK, String.valueOf(changed.neverMemberFallback()));
    }
}
