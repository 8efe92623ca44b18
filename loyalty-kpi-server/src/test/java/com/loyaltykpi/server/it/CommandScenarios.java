package com.loyaltykpi.server.it;

import com.loyaltykpi.it.TestDatabase;
import com.loyaltykpi.server.cli.Commands;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line on a real database: API keys, imports of files too large for a browser, and an import killed
 * with SIGKILL halfway and run again (nothing lost, nothing doubled). Run on the three databases by the subclasses.
 */
abstract class CommandScenarios {

    static final int ROWS = 3000;

    @TempDir
    Path dir;
    String url;
    JdbcTemplate jdbc;

    /** A new database's JDBC URL that another process can open too. */
    abstract String newDatabase(Path dir);

    abstract TestDatabase kind();

    @BeforeEach
    void database() {
        url = newDatabase(dir);
        jdbc = new JdbcTemplate(new DriverManagerDataSource(url, kind().user(), kind().password()));
    }

    int run(String... words) {
        List<String> args = new ArrayList<>(List.of(words));
        args.add("--spring.datasource.url=" + url);
        args.add("--spring.datasource.username=" + kind().user());
        args.add("--spring.datasource.password=" + kind().password());
        args.add("--loyalty.data-dir=" + dir);
        return Commands.run(args.toArray(new String[0]));
    }

    /** orders.csv of n orders of 1 November 2026 onwards: order i costs 10 + i % 7 euros. */
    Path orders(int n) throws IOException {
        StringBuilder csv = new StringBuilder("order_id,customer_id,submitted_at,currency,revenue,cost,status\n");
        Instant start = Instant.parse("2026-11-01T08:00:00Z");
        for (int i = 0; i < n; i++) {
            csv.append("O").append(i).append(",c").append(i % 50).append(',').append(start.plusSeconds(60L * i))
                    .append(",EUR,").append(10 + i % 7).append(".00,5.00,SUBMITTED\n");
        }
        Path file = dir.resolve("orders-" + n + ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    static BigDecimal revenueOf(int n) {
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += 10 + i % 7;
        }
        return BigDecimal.valueOf(total);
    }

    long facts() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM LK_ORDER_FACT", Long.class);
    }

    BigDecimal revenue() {
        return jdbc.queryForObject("SELECT COALESCE(SUM(REVENUE), 0) FROM LK_ORDER_FACT", BigDecimal.class);
    }

    @Test
    void importsOrdersAndMembershipsFromTheCommandLine() throws IOException {
        assertThat(run("api-key", "create", "shop", "Web", "shop")).isZero();
        assertThat(jdbc.queryForObject("SELECT LABEL FROM LK_API_KEY", String.class)).isEqualTo("Web shop");
        assertThat(run("api-key", "create", "Not A Source")).isEqualTo(1);
        assertThat(run("api-key", "revoke", "999")).isEqualTo(1);
        assertThat(run("api-key")).isEqualTo(2);

        InputStream keyboard = System.in;
        try {
            System.setIn(new ByteArrayInputStream("a-long-password-123\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(run("operator", "create", "anna", "ADMINISTRATOR")).isZero();
            System.setIn(new ByteArrayInputStream("short\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(run("operator", "create", "bob", "VIEWER")).as("a short password").isEqualTo(1);
        } finally {
            System.setIn(keyboard);
        }
        assertThat(jdbc.queryForObject("SELECT PASSWORD_HASH FROM LK_OPERATOR WHERE USERNAME = 'anna'", String.class))
                .startsWith("{bcrypt}");

        Path orders = orders(ROWS);
        assertThat(run("import", orders.toString())).isZero();
        assertThat(facts()).isEqualTo(ROWS);
        assertThat(revenue()).isEqualByComparingTo(revenueOf(ROWS));
        long recorded = jdbc.queryForObject("SELECT MAX(RECORDED_AT) FROM LK_ORDER_FACT", Long.class);
        assertThat(run("import", orders.toString())).as("a second run changes nothing").isZero();
        assertThat(jdbc.queryForObject("SELECT MAX(RECORDED_AT) FROM LK_ORDER_FACT", Long.class)).isEqualTo(recorded);

        Path memberships = dir.resolve("memberships.csv");
        Files.writeString(memberships, "customer_id,enrolled_at,left_at,source\nc1,2026-10-01T00:00:00Z,,LOYALTY_CARD\n");
        assertThat(run("import", memberships.toString())).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM LK_ORDER_FACT WHERE IS_MEMBER = ?", Long.class, true))
                .as("c1's orders re-stamped").isEqualTo(ROWS / 50);

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "order_id,customer_id,submitted_at,currency,revenue,cost,status\n"
                + "N1,c,2026-11-01T00:00:00Z,EUR,1.00,,SUBMITTED\nN2,c,2026-11-01T00:00:00Z,EUR,-1,,SUBMITTED\n");
        assertThat(run("import", bad.toString())).as("refused whole").isEqualTo(1);
        assertThat(facts()).isEqualTo(ROWS);
        assertThat(run("import", bad.toString(), "--skip-bad-rows")).isZero();
        assertThat(facts()).isEqualTo(ROWS + 1);
        assertThat(run("import", dir.resolve("missing.csv").toString())).isEqualTo(1);
    }

    @Test
    void anImportKilledHalfwayLosesNothingAndDoublesNothingWhenRunAgain() throws Exception {
        int rows = 30_000;
        Path orders = orders(rows);
        assertThat(run("api-key", "list")).as("creates the tables").isZero();
        ServerJvm importing = ServerJvm.start(dir.resolve("killed.log"), "import", orders.toString(),
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + kind().user(),
                "--spring.datasource.password=" + kind().password(), "--loyalty.import-chunk-size=500",
                "--loyalty.data-dir=" + dir);
        // the embedded database admits one process at a time: the child's progress bar (redrawn five times a second)
        // says when it has written its first chunk (a count of 1,000 rows handed over means the first 500 are
        // committed); it is killed then
        Path log = dir.resolve("killed.log");
        Pattern written = Pattern.compile("Writing[^\\n\\r]*\\s[1-9][0-9]{3,}/" + rows + " rows");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (importing.alive() && Instant.now().isBefore(deadline) && !written.matcher(Files.readString(log)).find()) {
            Thread.sleep(10);
        }
        assertThat(importing.alive()).as("still importing when killed: %s", Files.readString(log)).isTrue();
        importing.kill();
        long partial = facts();
        assertThat(partial).as("killed halfway").isBetween(1L, (long) rows - 1);
        assertThat(partial % 500).as("whole chunks only").isZero();

        assertThat(run("import", orders.toString())).isZero();
        assertThat(facts()).isEqualTo(rows);
        assertThat(revenue()).isEqualByComparingTo(revenueOf(rows));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM LK_FACT_CHANGE", Long.class))
                .as("one change row per fact: none counted twice").isEqualTo(rows);
    }
}
