package com.loyaltykpi.bench;

import com.loyaltykpi.core.comments.CommentAnalysis;
import com.loyaltykpi.core.comments.LanguageReport;
import com.loyaltykpi.core.settings.DataVersion;
import com.loyaltykpi.core.settings.SettingsStore;
import com.loyaltykpi.it.TestDatabase;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The comment analysis on this machine: 100,000 commented answers in three languages (seeded phrases, a third
 * detractors, a third promoters) written into LK_SURVEY_ANSWER of a database of their own, then the analysis of
 * all of them, five times without its cache (each a new data version), and once more from the cache.
 *
 * <p>Run: {@code mvn -Pbenchmark-comments -pl loyalty-kpi-module -DskipTests verify -Dloyalty.bench.db=postgresql}
 * (hsqldb by default; -Dloyalty.bench.comments).
 */
public final class CommentBenchmark {

    private static final int COMMENTS = Integer.getInteger("loyalty.bench.comments", 100000);
    private static final int RUNS = 5;
    private static final String[] WORDS = {
        "the delivery was late and the box was broken", "great coffee and fast delivery, thank you",
        "the grinder is noisy but the beans are fresh", "la consegna è arrivata in ritardo", "caffè ottimo, grazie",
        "il pacco era rotto e nessuno ha risposto", "die Lieferung kam zu spät", "super Kaffee und schneller Versand",
        "das Paket war leider kaputt", "the aroma is lovely and the service kind", "price too high for what it is",
        "fresh beans, roasted this week, excellent"};

    private CommentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        TestDatabase database = TestDatabase.valueOf(System.getProperty("loyalty.bench.db", "hsqldb").toUpperCase(Locale.ROOT));
        try (BenchDatabase bench = BenchDatabase.create(database)) {
            JdbcTemplate jdbc = new JdbcTemplate(bench.dataSource());
            Instant start = Instant.parse("2025-01-01T00:00:00Z");
            double load = Timing.seconds(() -> load(jdbc, start));
            bench.analyze();
            SettingsStore settings = new SettingsStore(jdbc);
            DataVersion version = new DataVersion(settings, Clock.systemUTC(), 0);
            CommentAnalysis analysis = new CommentAnalysis(jdbc, version);
            Instant end = start.plusSeconds(COMMENTS * 60L + 60);
            double[] runs = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                version.bump();
                runs[i] = Timing.seconds(() -> analysis.of(start, end));
            }
            double cached = Timing.seconds(() -> analysis.of(start, end));
            long compared = 0;
            for (LanguageReport report : analysis.of(start, end)) {
                compared += report.detractorComments() + report.promoterComments();
            }
            System.out.printf(Locale.ROOT, "%n| database | comments | of detractors and promoters | load s | analysis s (median "
                    + "of %d) | slowest s | from the cache ms |%n| --- | --- | --- | --- | --- | --- | --- |%n| %s | %,d | %,d "
                    + "| %.1f | %.2f | %.2f | %.1f |%n", RUNS, database.key(), COMMENTS, compared, load, Timing.percentile(runs, 0.5), Timing.percentile(runs, 1),
                    cached * 1000);
        }
    }

    private static Object load(JdbcTemplate jdbc, Instant start) {
        Random random = new Random(20261201);
        List<Object[]> batch = new ArrayList<Object[]>();
        for (int i = 0; i < COMMENTS; i++) {
            int satisfaction = 1 + random.nextInt(5);
            int recommend = Math.max(0, Math.min(10, 2 * satisfaction + random.nextInt(3) - 1));
            String comment = WORDS[random.nextInt(WORDS.length)] + (random.nextBoolean() ? "" : ", " + WORDS[random.nextInt(WORDS.length)]);
            batch.add(new Object[] {i + 1, start.plusSeconds(i * 60L).toEpochMilli(), "LINK", "MEMBER", satisfaction,
                recommend, comment});
            if (batch.size() == 5000) {
                insert(jdbc, batch);
            }
        }
        insert(jdbc, batch);
        return null;
    }

    private static void insert(JdbcTemplate jdbc, List<Object[]> batch) {
        jdbc.batchUpdate("INSERT INTO LK_SURVEY_ANSWER (INVITATION_ID, ANSWERED_AT, CHANNEL, SEGMENT, SATISFACTION, "
                + "RECOMMEND, COMMENT_TEXT) VALUES (?, ?, ?, ?, ?, ?, ?)", batch);
        batch.clear();
    }
}
