package com.loyaltykpi.core.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import com.loyaltykpi.core.incrementality.EstimateSettings;

class EstimateFormTest {

    private static final EstimateSettings CURRENT = new EstimateSettings(60, 14, 2, true);

    @Test
    void validValuesBecomeTheSettingsToSave() {
        EstimateForm form = EstimateForm.posted(" 120 ", "7", "0", false, true, CURRENT);

        assertThat(form.check()).isTrue();
        assertThat(form.settings()).isEqualTo(new EstimateSettings(120, 7, 0, false));
    }

    @Test
    void fieldsARequestLeavesOutKeepTheirValue() {
        EstimateForm form = EstimateForm.posted(null, null, null, false, false, CURRENT);

        assertThat(form.check()).isTrue();
        assertThat(form.settings()).isEqualTo(CURRENT);
    }

    @Test
    void everyBadFieldIsNamedWithItsBounds() {
        EstimateForm form = EstimateForm.posted("13", "0", "31", false, true, CURRENT);

        assertThat(form.check()).isFalse();
        assertThat(form.getErrors().get("windowDays")).isEqualTo(Arrays.<Object>asList("lk.settings.error.range", 14, 366));
        assertThat(form.getErrors().get("cohortDays")).isEqualTo(Arrays.<Object>asList("lk.settings.error.range", 1, 91));
        assertThat(form.getErrors().get("excludedDays")).isEqualTo(Arrays.<Object>asList("lk.settings.error.range", 0, 30));
    }
}
