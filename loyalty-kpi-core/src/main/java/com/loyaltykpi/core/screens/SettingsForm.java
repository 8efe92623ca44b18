package com.loyaltykpi.core.screens;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.loyaltykpi.core.followup.AlertRecipients;
import com.loyaltykpi.core.membership.MembershipPolicy;
import com.loyaltykpi.core.membership.MembershipSource;
import com.loyaltykpi.core.settings.ShopTimeZone;
import com.loyaltykpi.core.survey.SurveySettings;

/**
 * The settings screen's form: the values as typed, and after {@link #check()} either the settings to save or,
 * per field, the message key and arguments of what is wrong (nothing is saved while anything is).
 */
public final class SettingsForm {

    private final String timeZone;
    private final Set<MembershipSource> sources;
    private final String capDays;
    private final String samplingPercent;
    private final String waveIntervalDays;
    private final String tokenLifetimeDays;
    private final String commentMaxLength;
    private final String reminderDays;
    private final String alertRecipients;
    private final Map<String, List<Object>> errors = new LinkedHashMap<String, List<Object>>();

    public SettingsForm(String timeZone, Set<MembershipSource> sources, String capDays, String samplingPercent,
                        String waveIntervalDays, String tokenLifetimeDays, String commentMaxLength,
                        String reminderDays, String alertRecipients) {
        this.timeZone = timeZone;
        this.sources = sources;
        this.capDays = capDays;
        this.samplingPercent = samplingPercent;
        this.waveIntervalDays = waveIntervalDays;
        this.tokenLifetimeDays = tokenLifetimeDays;
        this.commentMaxLength = commentMaxLength;
        this.reminderDays = reminderDays;
        this.alertRecipients = alertRecipients == null ? "" : alertRecipients;
    }

    /** The form showing what is stored now. */
    public static SettingsForm of(ZoneId zone, MembershipPolicy policy, SurveySettings survey, List<String> recipients) {
        return new SettingsForm(zone.getId(), policy.enabled(), String.valueOf(survey.capDays()),
                percent(survey.samplingRate()), String.valueOf(survey.waveIntervalDays()),
                String.valueOf(survey.tokenLifetimeDays()), String.valueOf(survey.commentMaxLength()),
                String.valueOf(survey.reminderDays()), String.join(", ", recipients));
    }

    /** Parses the form's sources: names of {@link MembershipSource}, unknown ones are ignored. */
    public static Set<MembershipSource> sources(String[] names) {
        Set<MembershipSource> chosen = EnumSet.noneOf(MembershipSource.class);
        for (String name : names == null ? new String[0] : names) {
            for (MembershipSource source : MembershipSource.choosable()) {
                if (source.name().equals(name)) {
                    chosen.add(source);
                }
            }
        }
        return chosen;
    }

    private static String percent(double rate) {
        double percent = rate * 100;
        return percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent);
    }

    /** Checks every field; true when all are valid. */
    public boolean check() {
        errors.clear();
        try {
            ShopTimeZone.parse(timeZone);
        } catch (IllegalArgumentException e) {
            errors.put("timeZone", Arrays.<Object>asList("lk.settings.error.timeZone", String.valueOf(timeZone)));
        }
        whole("capDays", capDays, SurveySettings.MIN_CAP_DAYS, SurveySettings.MAX_CAP_DAYS);
        whole("waveIntervalDays", waveIntervalDays, SurveySettings.MIN_WAVE_INTERVAL_DAYS, SurveySettings.MAX_WAVE_INTERVAL_DAYS);
        whole("tokenLifetimeDays", tokenLifetimeDays, SurveySettings.MIN_TOKEN_LIFETIME_DAYS, SurveySettings.MAX_TOKEN_LIFETIME_DAYS);
        whole("commentMaxLength", commentMaxLength, SurveySettings.MIN_COMMENT_LENGTH, SurveySettings.MAX_COMMENT_LENGTH);
        whole("reminderDays", reminderDays, SurveySettings.MIN_REMINDER_DAYS, SurveySettings.MAX_REMINDER_DAYS);
        Integer reminder = wholeNumber(reminderDays);
        Integer lifetime = wholeNumber(tokenLifetimeDays);
        if (!errors.containsKey("reminderDays") && !errors.containsKey("tokenLifetimeDays") && reminder >= lifetime) {
            errors.put("reminderDays", Arrays.<Object>asList("lk.settings.error.reminder", lifetime));
        }
        List<String> recipients = recipients();
        String invalid = AlertRecipients.firstInvalid(recipients);
        if (invalid != null || recipients.size() > AlertRecipients.MAX) {
            errors.put("alertRecipients", Arrays.<Object>asList("lk.settings.error.recipient",
                    invalid != null ? invalid : recipients.get(AlertRecipients.MAX), AlertRecipients.MAX));
        }
        Double percent = decimal(samplingPercent);
        if (percent == null || percent < 0 || percent > 100) {
            errors.put("samplingPercent", Arrays.<Object>asList("lk.settings.error.percent"));
        }
        return errors.isEmpty();
    }

    private void whole(String field, String value, int min, int max) {
        Integer parsed = wholeNumber(value);
        if (parsed == null || parsed < min || parsed > max) {
            errors.put(field, Arrays.<Object>asList("lk.settings.error.range", min, max));
        }
    }

    /** The whole number typed, or null when it is not one. */
    static Integer wholeNumber(String value) {
        try {
            return Integer.valueOf(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double decimal(String value) {
        try {
            return Double.valueOf(value == null ? "" : value.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The checked zone (call after a successful {@link #check()}). */
    public ZoneId zone() {
        return ShopTimeZone.parse(timeZone);
    }

    public MembershipPolicy policy() {
        return new MembershipPolicy(sources);
    }

    public SurveySettings survey() {
        return new SurveySettings(Integer.parseInt(capDays.trim()), decimal(samplingPercent) / 100,
                Integer.parseInt(waveIntervalDays.trim()), Integer.parseInt(tokenLifetimeDays.trim()),
                Integer.parseInt(commentMaxLength.trim()), Integer.parseInt(reminderDays.trim()));
    }

    /** The operators' addresses typed (check them with {@link #check()}). */
    public List<String> recipients() {
        return AlertRecipients.split(alertRecipients);
    }

    /** Field name to [message key, arguments...]; empty when valid or not yet checked. */
    public Map<String, List<Object>> getErrors() {
        return errors;
    }

    /** The message key and arguments of one field's problem, or null. */
    public List<Object> error(String field) {
        return errors.get(field);
    }

    public String getTimeZone() {
        return timeZone;
    }

    public List<String> getSources() {
        List<String> names = new ArrayList<String>();
        for (MembershipSource source : sources) {
            names.add(source.name());
        }
        return names;
    }

    public String getCapDays() {
        return capDays;
    }

    public String getSamplingPercent() {
        return samplingPercent;
    }

    public String getWaveIntervalDays() {
        return waveIntervalDays;
    }

    public String getTokenLifetimeDays() {
        return tokenLifetimeDays;
    }

    public String getCommentMaxLength() {
        return commentMaxLength;
    }

    public String getReminderDays() {
        return reminderDays;
    }

    public String getAlertRecipients() {
        return alertRecipients;
    }
}
