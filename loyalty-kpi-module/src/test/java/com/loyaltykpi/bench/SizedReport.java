package com.loyaltykpi.bench;

import com.loyaltykpi.it.TestDatabase;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Locale;

/**
 * What the size-by-size benchmarks share: the database of {@code -Dloyalty.bench.db}, one table row per size of
 * {@code -Dloyalty.bench.sizes}, the table printed as it grows and written to target/benchmark-NAME-DB.md.
 */
final class SizedReport {

    /** One row of the table for so many synthetic facts. */
    interface Row {
        String run(TestDatabase database, int facts) throws Exception;
    }

    private SizedReport() {
    }

    static TestDatabase database() {
        return TestDatabase.valueOf(System.getProperty("loyalty.bench.db", "hsqldb").toUpperCase(Locale.ROOT));
    }

    /** @param header the table's header line, without its separator line */
    static void run(String name, String header, Row row) throws Exception {
        TestDatabase database = database();
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "Database: %s; JVM %s, max heap %d MB; CPUs: %d%n%n",
                database.label(), System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors()));
        report.append(header).append('\n').append(header.replaceAll("[^|]+", " --- ").trim()).append('\n');
        for (String size : System.getProperty("loyalty.bench.sizes", "100000,1000000").split(",")) {
            report.append(row.run(database, Integer.parseInt(size.trim()))).append('\n');
            System.out.println(report);
        }
        Files.write(Paths.get("target", "benchmark-" + name + "-" + database.key() + ".md"),
                report.toString().getBytes(StandardCharsets.UTF_8));
        System.exit(0);
    }
}
