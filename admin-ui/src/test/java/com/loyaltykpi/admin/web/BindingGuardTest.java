package com.loyaltykpi.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.web.bind.WebDataBinder;

import com.loyaltykpi.core.dashboard.RangeParameters;

class BindingGuardTest {

    private static final String[] ATTACK = {"class.module.classLoader.defaultAssertionStatus",
            "Class.module.classLoader.defaultAssertionStatus", "currency.class.module.classLoader.defaultAssertionStatus"};

    @Test
    void theClassLoaderAttacksParametersAreIgnoredAndTheOthersBound() {
        RangeParameters form = new RangeParameters();
        WebDataBinder binder = new WebDataBinder(form);
        BindingGuard.apply(binder);
        MutablePropertyValues values = new MutablePropertyValues();
        for (String path : ATTACK) {
            values.add(path, "true");
        }
        values.add("currency", "EUR");

        binder.bind(values);

        assertThat(binder.getBindingResult().getSuppressedFields()).containsExactlyInAnyOrder(ATTACK);
        assertThat(form.getCurrency()).isEqualTo("EUR");
    }
}
