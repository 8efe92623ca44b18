package com.loyaltykpi.core.screens;

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

/** The shared screens' texts: every language has every key, and every fixed key the templates name exists. */
class ScreenTextsTest {

    private static final String BUNDLE = "/messages/LoyaltyKpiScreens";
    private static final String[] TEMPLATES = {"dashboard", "data", "settings", "members", "member", "answers", "follow-ups",
        "customers"};

    @Test
    void italianAndGermanHaveEveryEnglishKey() throws IOException {
        Set<String> english = keys("");
        assertThat(english).hasSizeGreaterThan(100);
        assertThat(keys("_it")).isEqualTo(english);
        assertThat(keys("_de")).isEqualTo(english);
    }

    @Test
    void theTemplatesNameOnlyKeysThatExist() throws IOException {
        for (String name : TEMPLATES) {
            String template;
            try (InputStream in = getClass().getResourceAsStream("/loyalty_screens/templates/views/loyalty/" + name + ".html");
                 Scanner all = new Scanner(in, StandardCharsets.UTF_8.name()).useDelimiter("\\A")) {
                template = all.next();
            }
            Set<String> named = new TreeSet<String>();
            Matcher fixed = Pattern.compile("#\\{(lk\\.[A-Za-z_.]+)[}(]").matcher(template);
            while (fixed.find()) {
                named.add(fixed.group(1));
            }
            assertThat(named).as(name).hasSizeGreaterThan(4);
            assertThat(keys("")).as(name).containsAll(named);
        }
    }

    private static Set<String> keys(String language) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = ScreenTextsTest.class.getResourceAsStream(BUNDLE + language + ".properties")) {
            texts.load(in);
        }
        return new TreeSet<String>(texts.stringPropertyNames());
    }
}
