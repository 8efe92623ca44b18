package com.loyaltykpi.core.incrementality;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The estimate's sentences in English, Italian and German (messages/LoyaltyKpiEstimate*.properties), for the Java
 * API and the admin alike. A shop adds a language with a LoyaltyKpiEstimate_xx.properties of its own.
 */
public final class EstimateTexts {

    static final String BUNDLE = "messages/LoyaltyKpiEstimate";

    private EstimateTexts() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ENGLISH : locale,
                EstimateTexts.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, locale == null ? Locale.ENGLISH : locale).format(arguments);
    }
}
