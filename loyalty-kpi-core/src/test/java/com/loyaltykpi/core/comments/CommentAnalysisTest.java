package com.loyaltykpi.core.comments;

import com.loyaltykpi.core.settings.DataVersion;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Comment analysis: languages told apart, the expected words on each side of a seeded set, the formula by hand. */
class CommentAnalysisTest {

    private static final Instant AT = Instant.parse("2026-06-15T10:00:00Z");

    private JdbcTemplate jdbc;
    private CommentAnalysis analysis;

    @BeforeEach
    void database() {
        jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:hsqldb:mem:comments" + System.nanoTime(), "SA", ""));
        jdbc.execute("CREATE TABLE LK_SURVEY_ANSWER (ANSWERED_AT BIGINT, SATISFACTION INTEGER, RECOMMEND INTEGER, "
                + "COMMENT_TEXT VARCHAR(10000))");
        DataVersion version = mock(DataVersion.class);
        when(version.current()).thenReturn(1L);
        analysis = new CommentAnalysis(jdbc, version);
    }

    @AfterEach
    void drop() {
        jdbc.execute("SHUTDOWN");
    }

    private void answer(int satisfaction, Integer recommend, String comment) {
        jdbc.update("INSERT INTO LK_SURVEY_ANSWER VALUES (?, ?, ?, ?)", AT.toEpochMilli(), satisfaction, recommend, comment);
    }

    @Test
    void theLanguageIsTheOneWhoseStopWordsTheCommentUses() {
        assertThat(CommentLanguage.of("The delivery was late and the box was broken")).isEqualTo(CommentLanguage.EN);
        assertThat(CommentLanguage.of("La consegna è arrivata in ritardo e il pacco era rotto")).isEqualTo(CommentLanguage.IT);
        assertThat(CommentLanguage.of("Die Lieferung kam zu spät und das Paket war kaputt")).isEqualTo(CommentLanguage.DE);
        assertThat(CommentLanguage.of("OK!!! 10/10")).isNull();
    }

    @Test
    void detractorsAndPromotersWordsInEachLanguageWithExamples() {
        Random random = new Random(20261201);
        String[][] english = {
            {"The delivery was late again", "Late delivery and the box was broken", "Package arrived broken",
                "Very late delivery, nobody answered", "The grinder arrived broken and late"},
            {"Fast delivery and great coffee", "Great coffee, fast shipping", "The coffee is great, thank you",
                "Fast delivery as always", "Great taste and fresh beans"}};
        String[][] italian = {
            {"La consegna è arrivata in ritardo", "Pacco rotto e consegna in ritardo", "Ancora in ritardo"},
            {"Caffè ottimo e consegna veloce", "Ottimo caffè, grazie", "Consegna veloce e caffè ottimo"}};
        String[][] german = {
            {"Die Lieferung kam zu spät", "Paket kaputt und zu spät", "Wieder zu spät geliefert"},
            {"Schnelle Lieferung und super Kaffee", "Super Kaffee, danke", "Der Kaffee ist super und frisch"}};
        // a shop mostly in English: comments of a few words without stop words are read as English
        for (String[][] language : new String[][][] {english, italian, german}) {
            for (int i = 0; i < (language == english ? 60 : 30); i++) {
                answer(1 + random.nextInt(2), random.nextInt(7), language[0][random.nextInt(language[0].length)]);
                answer(5, 9 + random.nextInt(2), language[1][random.nextInt(language[1].length)]);
                answer(4, 7 + random.nextInt(2), "It was fine / Andava bene / War okay");
            }
        }

        Map<CommentLanguage, LanguageReport> reports = new HashMap<CommentLanguage, LanguageReport>();
        for (LanguageReport report : analysis.of(AT.minusSeconds(1), AT.plusSeconds(1))) {
            reports.put(report.language(), report);
        }

        LanguageReport en = reports.get(CommentLanguage.EN);
        // every English one, and the few Italian and German ones of two words without stop words ("Paket kaputt")
        assertThat(en.detractorComments()).isBetween(60L, 80L);
        assertThat(shown(en.detractorTerms())).contains("late", "broken", "late delivery").doesNotContain("great");
        assertThat(shown(en.promoterTerms())).contains("great", "fast", "coffee", "fast delivery", "great coffee");
        assertThat(en.detractorTerms().get(0).z()).isGreaterThan(1.96);
        TermFinding late = en.detractorTerms().stream().filter(t -> t.shown().equals("late")).findFirst().get();
        assertThat(late.examples()).isNotEmpty().allMatch(example -> example.toLowerCase().contains("late"));
        assertThat(late.promoterCount()).isZero();
        assertThat(shown(reports.get(CommentLanguage.IT).detractorTerms())).contains("ritardo", "rotto");
        assertThat(shown(reports.get(CommentLanguage.IT).promoterTerms())).contains("ottimo", "veloce");
        assertThat(shown(reports.get(CommentLanguage.DE).detractorTerms())).contains("spät", "kaputt");
        assertThat(shown(reports.get(CommentLanguage.DE).promoterTerms())).contains("super", "kaffee");
        assertThat(analysis.of(AT.minusSeconds(1), AT.plusSeconds(1))).as("kept until the data changes")
                .isSameAs(analysis.of(AT.minusSeconds(1), AT.plusSeconds(1)));
    }

    @Test
    void aCommentOfAFewWordsIsReadInTheShopsUsualLanguage() {
        for (int i = 0; i < 10; i++) {
            answer(1, 2, "The parcel was late and the lid was broken");
            answer(5, 10, "The coffee is fresh and the service is kind");
        }
        answer(1, 0, "Arrived broken");
        LanguageReport en = analysis.of(AT.minusSeconds(1), AT.plusSeconds(1)).get(0);
        assertThat(en.language()).isEqualTo(CommentLanguage.EN);
        assertThat(en.detractorComments()).isEqualTo(11);
    }

    private static List<String> shown(List<TermFinding> terms) {
        return terms.stream().map(TermFinding::shown).collect(Collectors.toList());
    }

    @Test
    void theZScoreIsTheWeightedLogOddsRatioOverItsStandardDeviation() {
        Map<String, Long> detractors = new HashMap<String, Long>();
        detractors.put("late", 8L);
        detractors.put("coffee", 2L);
        Map<String, Long> promoters = new HashMap<String, Long>();
        promoters.put("late", 1L);
        promoters.put("coffee", 9L);
        Map<String, Long> all = new HashMap<String, Long>();
        all.put("late", 9L);
        all.put("coffee", 11L);

        List<FightinWords.Score> scores = FightinWords.scores(detractors, promoters, all);

        // by hand: n = 10 in each group, a0 = max(10, 0.1 x 20) = 10, alpha(late) = 10 x 9 / 20 = 4.5:
        // (ln(12.5 / 7.5) - ln(5.5 / 14.5)) / sqrt(1 / 12.5 + 1 / 5.5) = (0.51083 + 0.96940) / 0.51168 = 2.8929
        double alpha = 4.5;
        double expected = (Math.log((8 + alpha) / (10 + 10 - 8 - alpha)) - Math.log((1 + alpha) / (10 + 10 - 1 - alpha)))
                / Math.sqrt(1 / (8 + alpha) + 1 / (1 + alpha));
        assertThat(scores.get(0).term).isEqualTo("late");
        assertThat(scores.get(0).z).isCloseTo(expected, within(1e-12));
        assertThat(scores.get(0).z).isCloseTo(2.8929, within(1e-4));
        assertThat(scores.get(1).z).as("coffee: promoters").isNegative();
    }
}
