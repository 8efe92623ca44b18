package com.loyaltykpi.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every {@code -Dsample.*} setting the README and docs/SAMPLE.md document for {@code mvn -Prun package} reaches the
 * shop's JVM: the run profile passes it on (a setting Maven does not pass on is silently ignored, as
 * {@code -Dsample.db.name} once was).
 */
class RunProfileTest {

    private static final Pattern DOCUMENTED = Pattern.compile("-D(sample\\.[A-Za-z.]*[A-Za-z])");

    @Test
    void everyDocumentedSettingIsPassedToTheShop() throws IOException {
        Set<String> documented = new TreeSet<String>();
        for (String doc : new String[] {"../README.md", "../docs/SAMPLE.md"}) {
            Matcher setting = DOCUMENTED.matcher(read(doc));
            while (setting.find()) {
                documented.add(setting.group(1));
            }
        }
        String pom = read("pom.xml");
        int shop = pom.indexOf("com.loyaltykpi.sample.SampleShop</commandlineArgs>");
        String command = pom.substring(pom.lastIndexOf("<commandlineArgs>", shop), shop);

        assertThat(documented).contains("sample.db.name", "sample.sessionMinutes");
        for (String name : documented) {
            assertThat(command).as("the run profile passes -D%s", name).contains("-D" + name + "=${" + name + "}");
        }
    }

    @Test
    void aBlankSettingIsTheDefault() {
        System.setProperty("sample.test.blank", " ");
        try {
            assertThat(SampleDatabase.setting("sample.test.blank", "loyalty_sample")).isEqualTo("loyalty_sample");
            assertThat(SampleDatabase.setting("sample.test.unset", "root")).isEqualTo("root");
        } finally {
            System.clearProperty("sample.test.blank");
        }
    }

    private static String read(String path) throws IOException {
        return new String(Files.readAllBytes(Paths.get(path)), StandardCharsets.UTF_8);
    }
}
