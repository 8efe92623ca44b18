package com.loyaltykpi.core.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import com.loyaltykpi.core.membership.MembershipPolicy;
import com.loyaltykpi.core.membership.MembershipSource;
import com.loyaltykpi.core.survey.SurveySettings;

class SettingsFormTest {

    @Test
    void validValuesBecomeTheSettingsToSave() {
        SettingsForm form = new SettingsForm(" Europe/Rome ", SettingsForm.sources(new String[] {"ADMIN", "IMPORT", "NOPE"}),
                "14", "12,5", "30", "7", "500", "3",
                "care@shop.example; boss@shop.example");
        assertThat(form.check()).isTrue();
        assertThat(form.zone()).isEqualTo(ZoneId.of("Europe/Rome"));
        assertThat(form.policy().enabled()).containsExactly(MembershipSource.ADMIN, MembershipSource.IMPORT);
        SurveySettings survey = form.survey();
        assertThat(survey.capDays()).isEqualTo(14);
        assertThat(survey.samplingRate()).isEqualTo(0.125);
        assertThat(survey.waveIntervalDays()).isEqualTo(30);
        assertThat(survey.tokenLifetimeDays()).isEqualTo(7);
        assertThat(survey.commentMaxLength()).isEqualTo(500);
        assertThat(survey.reminderDays()).isEqualTo(3);
        assertThat(form.recipients()).containsExactly("care@shop.example", "boss@shop.example");
    }

    @Test
    void everyBadFieldIsNamedWithItsBounds() {
        SettingsForm form = new SettingsForm("Mars/Olympus", SettingsForm.sources(null), "366", "101", "6", "zero", "",
                "-1", "care@shop.example, nobody");
        assertThat(form.check()).isFalse();
        assertThat(form.getErrors()).containsOnlyKeys("timeZone", "capDays", "samplingPercent", "waveIntervalDays",
                "tokenLifetimeDays", "commentMaxLength", "reminderDays", "alertRecipients");
        assertThat(form.error("capDays")).isEqualTo(Arrays.<Object>asList("lk.settings.error.range", 0, 365));
        assertThat(form.error("waveIntervalDays")).isEqualTo(Arrays.<Object>asList("lk.settings.error.range", 7, 366));
        assertThat(form.error("timeZone")).isEqualTo(Arrays.<Object>asList("lk.settings.error.timeZone", "Mars/Olympus"));
        assertThat(form.error("reminderDays")).isEqualTo(Arrays.<Object>asList("lk.settings.error.range", 0, 364));
        assertThat(form.error("alertRecipients")).isEqualTo(Arrays.<Object>asList("lk.settings.error.recipient", "nobody", 20));
    }

    @Test
    void theReminderMustComeBeforeTheLinkExpires() {
        SettingsForm form = new SettingsForm("UTC", SettingsForm.sources(null), "30", "100", "90", "7", "1000", "7", "");
        assertThat(form.check()).isFalse();
        assertThat(form.getErrors()).containsOnlyKeys("reminderDays");
        assertThat(form.error("reminderDays")).isEqualTo(Arrays.<Object>asList("lk.settings.error.reminder", 7));
        assertThat(new SettingsForm("UTC", SettingsForm.sources(null), "30", "100", "90", "7", "1000", "6", null).check())
                .isTrue();
    }

    @Test
    void theStoredSettingsShowAsTheyWereTyped() {
        SettingsForm form = SettingsForm.of(ZoneId.of("UTC"), MembershipPolicy.parse("REGISTRATION"),
                new SurveySettings(30, 0.5, 90, 30, 1000, 5), Arrays.asList("care@shop.example"));
        assertThat(form.getSamplingPercent()).isEqualTo("50");
        assertThat(form.getSources()).containsExactly("REGISTRATION");
        assertThat(form.check()).isTrue();
    }
}
