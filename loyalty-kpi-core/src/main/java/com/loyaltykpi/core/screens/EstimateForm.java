package com.loyaltykpi.core.screens;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.loyaltykpi.core.incrementality.EstimateSettings;

/**
 * The settings screen's fields of the incremental-revenue estimate, as typed; after {@link #check()} either the
 * settings to save or, per field, the message key and arguments of what is wrong.
 */
public final class EstimateForm {

    private final String windowDays;
    private final String cohortDays;
    private final String excludedDays;
    private final boolean neverMemberFallback;
    private final Map<String, List<Object>> errors = new LinkedHashMap<String, List<Object>>();

    public EstimateForm(String windowDays, String cohortDays, String excludedDays, boolean neverMemberFallback) {
        this.windowDays = windowDays;
        this.cohortDays = cohortDays;
        this.excludedDays = excludedDays;
        this.neverMemberFallback = neverMemberFallback;
    }

    /**
     * The fields as posted; a field the request leaves out keeps its current value (the checkbox counts as posted
     * when its marker field {@code _neverMemberFallback} is).
     */
    public static EstimateForm posted(String windowDays, String cohortDays, String excludedDays, boolean fallbackChecked,
                                      boolean fallbackPosted, EstimateSettings current) {
        return new EstimateForm(windowDays == null ? String.valueOf(current.windowDays()) : windowDays,
                cohortDays == null ? String.valueOf(current.cohortDays()) : cohortDays,
                excludedDays == null ? String.valueOf(current.excludedDays()) : excludedDays,
                fallbackPosted ? fallbackChecked : current.neverMemberFallback());
    }

    public static EstimateForm of(EstimateSettings settings) {
        return new EstimateForm(String.valueOf(settings.windowDays()), String.valueOf(settings.cohortDays()),
                String.valueOf(settings.excludedDays()), settings.neverMemberFallback());
    }

    public boolean check() {
        errors.clear();
        whole("windowDays", windowDays, EstimateSettings.MIN_WINDOW_DAYS, EstimateSettings.MAX_WINDOW_DAYS);
        whole("cohortDays", cohortDays, EstimateSettings.MIN_COHORT_DAYS, EstimateSettings.MAX_COHORT_DAYS);
        whole("excludedDays", excludedDays, EstimateSettings.MIN_EXCLUDED_DAYS, EstimateSettings.MAX_EXCLUDED_DAYS);
        return errors.isEmpty();
    }

    private void whole(String field, String value, int min, int max) {
        Integer parsed = SettingsForm.wholeNumber(value);
        if (parsed == null || parsed < min || parsed > max) {
            errors.put(field, Arrays.<Object>asList("lk.settings.error.range", min, max));
        }
    }

    /** The checked settings (call after a successful {@link #check()}). */
    public EstimateSettings settings() {
        return new EstimateSettings(Integer.parseInt(windowDays.trim()), Integer.parseInt(cohortDays.trim()),
                Integer.parseInt(excludedDays.trim()), neverMemberFallback);
    }

    public Map<String, List<Object>> getErrors() {
        return errors;
    }

    public String getWindowDays() {
        return windowDays;
    }

    public String getCohortDays() {
        return cohortDays;
    }

    public String getExcludedDays() {
        return excludedDays;
    }

    public boolean isNeverMemberFallback() {
        return neverMemberFallback;
    }
}
