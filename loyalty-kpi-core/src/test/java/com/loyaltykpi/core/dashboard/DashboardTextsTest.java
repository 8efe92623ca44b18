package com.loyaltykpi.core.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Scanner;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The shared dashboard's texts: every language has every key, and every fixed key the template names exists. */
class DashboardTextsTest {

    private static final String BUNDLE = "/messages/LoyaltyKpiDashboard";

    @Test
    void italianAndGermanHaveEveryEnglishKey() throws IOException {
        Set<String> english = keys("");
        assertThat(english).hasSizeGreaterThan(100);
        assertThat(keys("_it")).isEqualTo(english);
        assertThat(keys("_de")).isEqualTo(english);
    }

    @Test
    void theTemplateNamesOnlyKeysThatExist() throws IOException {
        String template;
        try (InputStream in = getClass().getResourceAsStream("/loyalty_dashboard/templates/views/loyalty/dashboard.html");
             Scanner all = new Scanner(in, StandardCharsets.UTF_8.name()).useDelimiter("\\A")) {
            template = all.next();
        }
        Set<String> named = new TreeSet<String>();
        Matcher fixed = Pattern.compile("#\\{(lk\\.[A-Za-z_.]+)[}(]").matcher(template);
        while (fixed.find()) {
            named.add(fixed.group(1));
        }
        assertThat(named).hasSizeGreaterThan(50);
        assertThat(keys("")).containsAll(named);
    }

    private static Set<String> keys(String language) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = DashboardTextsTest.class.getResourceAsStream(BUNDLE + language + ".properties")) {
            texts.load(in);
        }
        return new TreeSet<String>(texts.stringPropertyNames());
    }
}
