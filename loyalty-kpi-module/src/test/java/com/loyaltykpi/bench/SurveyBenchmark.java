package com.loyaltykpi.bench;

import com.loyaltykpi.core.period.BusinessCalendar;
import com.loyaltykpi.core.period.Granularity;
import com.loyaltykpi.core.kpi.KpiQuery;
import com.loyaltykpi.core.period.Segment;
import com.loyaltykpi.core.membership.MembershipStore;
import com.loyaltykpi.core.followup.FollowUpStore;
import com.loyaltykpi.core.kpi.KpiService;
import com.loyaltykpi.core.mix.MixRollupStore;
import com.loyaltykpi.core.rollup.RollupStore;
import com.loyaltykpi.core.settings.DataVersion;
import com.loyaltykpi.core.settings.ShopTimeZone;
import com.loyaltykpi.core.survey.AnswerChannel;
import com.loyaltykpi.core.survey.Invitation;
import com.loyaltykpi.core.survey.Invitations;
import com.loyaltykpi.core.survey.SurveyAggregator;
import com.loyaltykpi.core.survey.SurveyRollupStore;
import com.loyaltykpi.it.BroadleafShop;
import com.loyaltykpi.it.Browser;
import com.loyaltykpi.it.ShopWeb;
import com.loyaltykpi.it.TestDatabase;

import org.jsoup.Jsoup;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Survey figures on this machine, with the module in a real Broadleaf context.
 *
 * <p>Answers through the real web stack: embedded Tomcat, Spring MVC, Thymeleaf, the module's controller and its
 * database writes. Each client is a browser session (one GET for its CSRF token), then answers survey links
 * issued beforehand as a shopper does, as fast as it can: the one click on a score (a POST), then the follow-up
 * with the recommendation and sometimes a comment (a second POST). Throughput is whole answers per second over the
 * measured run (both POSTs accepted), latency is per POST. Satisfaction KPIs: one million answers over two years written straight into the survey
 * tables, the satisfaction rollups rebuilt, then KPI tables for the two years at DAY, WEEK and MONTH computed from
 * the rollups without the cache.
 *
 * <p>Run: {@code mvn -Pbenchmark-survey -pl loyalty-kpi-module -DskipTests verify -Dloyalty.bench.db=postgresql}
 * (hsqldb by default; -Dloyalty.bench.clients, -Dloyalty.bench.answers, -Dloyalty.bench.kpiAnswers).
 */
public final class SurveyBenchmark {

    private static final int CLIENTS = Integer.getInteger("loyalty.bench.clients", 8);
    private static final int WARMUP = Integer.getInteger("loyalty.bench.warmup", 1000);
    private static final int ANSWERS = Integer.getInteger("loyalty.bench.answers", 5000);
    private static final int KPI_ANSWERS = Integer.getInteger("loyalty.bench.kpiAnswers", 1000000);
    private static final int QUERY_RUNS = 20;
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    private static final int DAYS = 731;

    private SurveyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        TestDatabase database = TestDatabase.valueOf(System.getProperty("loyalty.bench.db", "hsqldb").toUpperCase(Locale.ROOT));
        BroadleafShop shop = BroadleafShop.on(database);
        ShopWeb web = ShopWeb.on(shop);
        StringBuilder report = new StringBuilder();
        report.append("Database: ").append(database.label()).append(", ").append(CLIENTS).append(" clients\n\n");

        answerThroughTheWeb(shop, web, WARMUP);
        double[] figures = answerThroughTheWeb(shop, web, ANSWERS);
        report.append(String.format(Locale.ROOT, "| answers (click + follow-up) | seconds | answers/s | POST p50 ms "
                + "| POST p95 ms | POST p99 ms |%n"
                + "| --- | --- | --- | --- | --- | --- |%n| %,d | %.1f | %.0f | %.1f | %.1f | %.1f |%n%n", ANSWERS, figures[0],
                ANSWERS / figures[0], figures[1], figures[2], figures[3]));

        double load = Timing.seconds(() -> loadAnswers(shop.jdbc(), KPI_ANSWERS));
        double rebuild = Timing.seconds(() -> rebuildSatisfactionRollups(shop));
        KpiService service = new KpiService(shop.bean("lkRollupStore", RollupStore.class),
                shop.bean("lkSurveyRollupStore", SurveyRollupStore.class), shop.bean("lkFollowUpStore", FollowUpStore.class),
                shop.bean("lkMixRollupStore", MixRollupStore.class), shop.bean("lkMembershipStore", MembershipStore.class),
                shop.bean("lkShopTimeZone", ShopTimeZone.class), shop.bean("lkDataVersion", DataVersion.class), new NoCache());
        report.append(String.format(Locale.ROOT, "| answers in the tables | load s | satisfaction rollup rebuild s "
                + "| 2 years by DAY, p95 ms | by WEEK | by MONTH |%n| --- | --- | --- | --- | --- | --- |%n"
                + "| %,d | %.1f | %.1f | %.1f | %.1f | %.1f |%n", KPI_ANSWERS, load, rebuild,
                twoYears(service, Granularity.DAY), twoYears(service, Granularity.WEEK),
                twoYears(service, Granularity.MONTH)));

        System.out.println(report);
        Files.write(Paths.get("target", "benchmark-survey-" + database.key() + ".md"),
                report.toString().getBytes(StandardCharsets.UTF_8));
        System.exit(0);
    }

    /** Posts so many answers from the clients; returns {seconds, p50, p95, p99 of a POST in ms}. */
    private static double[] answerThroughTheWeb(BroadleafShop shop, ShopWeb web, int count) throws Exception {
        Invitations invitations = shop.bean("lkInvitations", Invitations.class);
        final List<String> links = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            Invitation invitation = invitations.forWave("bench-" + System.nanoTime() + "-" + i,
                    i % 2 == 0 ? Segment.MEMBER : Segment.NON_MEMBER, Instant.now());
            links.add(web.baseUrl() + "/loyalty/survey/" + invitations.token(invitation, AnswerChannel.LINK));
        }
        final double[] latencies = new double[2 * count];
        final AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Integer>> accepted = new ArrayList<Future<Integer>>();
        long start = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            final Random random = new Random(c);
            accepted.add(clients.submit(() -> {
                Browser browser = new Browser("en");
                String csrf = Jsoup.parse(browser.get(links.get(0)).body()).select("input[name=csrfToken]").attr("value");
                int ok = 0;
                for (int i = next.getAndIncrement(); i < links.size(); i = next.getAndIncrement()) {
                    Map<String, String> rating = new LinkedHashMap<String, String>();
                    rating.put("csrfToken", csrf);
                    rating.put("step", "rate");
                    rating.put("satisfaction", String.valueOf(1 + random.nextInt(5)));
                    long sent = System.nanoTime();
                    HttpResponse<String> rated = browser.post(links.get(i), rating);
                    latencies[2 * i] = (System.nanoTime() - sent) / 1e6;
                    Map<String, String> followUp = new LinkedHashMap<String, String>();
                    followUp.put("csrfToken", csrf);
                    followUp.put("step", "more");
                    followUp.put("recommend", String.valueOf(random.nextInt(11)));
                    followUp.put("comment", random.nextInt(4) == 0 ? "Quick delivery, thank you" : "");
                    sent = System.nanoTime();
                    HttpResponse<String> followed = browser.post(links.get(i), followUp);
                    latencies[2 * i + 1] = (System.nanoTime() - sent) / 1e6;
                    ok += rated.statusCode() == 200 && followed.statusCode() == 200 ? 1 : 0;
                }
                return ok;
            }));
        }
        int total = 0;
        for (Future<Integer> f : accepted) {
            total += f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        clients.shutdown();
        clients.awaitTermination(1, TimeUnit.MINUTES);
        if (total != count) {
            throw new IllegalStateException("only " + total + " of " + count + " answers were accepted");
        }
        return new double[] {seconds, Timing.percentile(latencies, 0.50), Timing.percentile(latencies, 0.95),
            Timing.percentile(latencies, 0.99)};
    }

    /** Answers spread over two years, each with its invitation (issued the day before), written in batches. */
    private static int loadAnswers(JdbcTemplate jdbc, int count) {
        final Random random = new Random(7);
        final long firstMillis = FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        final long idBase = 10000000L;
        final int batch = 10000;
        for (int from = 0; from < count; from += batch) {
            final int offset = from;
            final int size = Math.min(batch, count - from);
            final long[] answeredAt = new long[size];
            final int[][] scores = new int[size][2];
            for (int i = 0; i < size; i++) {
                answeredAt[i] = firstMillis + (long) (random.nextDouble() * DAYS * 86400000L);
                scores[i][0] = 1 + random.nextInt(5);
                scores[i][1] = random.nextInt(11);
            }
            jdbc.batchUpdate("INSERT INTO LK_SURVEY_INVITATION (ID, CUSTOMER_ID, CHANNEL, SEGMENT, ISSUED_AT, EXPIRES_AT, "
                    + "ANSWERED_AT) VALUES (?, ?, 'CHECKOUT', ?, ?, ?, ?)", new BatchPreparedStatementSetter() {
                        @Override
                        public void setValues(PreparedStatement ps, int i) throws SQLException {
                            long id = idBase + offset + i;
                            ps.setLong(1, id);
                            ps.setString(2, "c" + (id % 200000));
                            ps.setString(3, id % 3 == 0 ? "MEMBER" : "NON_MEMBER");
                            ps.setLong(4, answeredAt[i] - 86400000L);
                            ps.setLong(5, answeredAt[i] + 29 * 86400000L);
                            ps.setLong(6, answeredAt[i]);
                        }

                        @Override
                        public int getBatchSize() {
                            return size;
                        }
                    });
            jdbc.batchUpdate("INSERT INTO LK_SURVEY_ANSWER (ID, INVITATION_ID, ANSWERED_AT, CHANNEL, SEGMENT, CUSTOMER_ID, "
                    + "SATISFACTION, RECOMMEND) VALUES (?, ?, ?, 'LINK', ?, ?, ?, ?)", new BatchPreparedStatementSetter() {
                        @Override
                        public void setValues(PreparedStatement ps, int i) throws SQLException {
                            long id = idBase + offset + i;
                            ps.setLong(1, id);
                            ps.setLong(2, id);
                            ps.setLong(3, answeredAt[i]);
                            ps.setString(4, id % 3 == 0 ? "MEMBER" : "NON_MEMBER");
                            ps.setString(5, "c" + (id % 200000));
                            ps.setInt(6, scores[i][0]);
                            ps.setInt(7, scores[i][1]);
                        }

                        @Override
                        public int getBatchSize() {
                            return size;
                        }
                    });
        }
        return count;
    }

    private static Object rebuildSatisfactionRollups(BroadleafShop shop) {
        final SurveyAggregator aggregator = shop.bean("lkSurveyAggregator", SurveyAggregator.class);
        final BusinessCalendar calendar = new BusinessCalendar(shop.bean("lkShopTimeZone", ShopTimeZone.class).current());
        return shop.bean("lkNewTransaction", TransactionTemplate.class).execute(status -> {
            aggregator.rebuild(calendar);
            return null;
        });
    }

    private static double twoYears(KpiService service, Granularity granularity) throws Exception {
        KpiQuery query = new KpiQuery(FIRST_DAY, FIRST_DAY.plusDays(DAYS - 1), granularity, "USD");
        return Timing.p95(QUERY_RUNS, () -> service.query(query));
    }
}
