package com.loyaltykpi.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.loyaltykpi.it.LoopbackPorts;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The README's quick start, as a newcomer runs it: {@code mvn -Prun package} in the top folder (here on a free port
 * and a new data folder), twice. Each time the storefront's home page and the admin's login page answer 200, and a
 * stop (SIGTERM, what Ctrl-C sends) ends the shop cleanly and Maven with success; the second start reuses the data.
 */
class QuickStartIT {

    private static final Duration READY_WITHIN = Duration.ofMinutes(6);

    @Test
    void theReadmeCommandStartsServesAndStopsTheShopTwice() throws Exception {
        File dataDir = Files.createTempDirectory("lk-sample-quickstart").toFile();
        int port = LoopbackPorts.free();

        List<String> first = runOnce(dataDir, port);
        assertThat(first).anyMatch(line -> line.contains("first start: seeding"));

        List<String> second = runOnce(dataDir, port);
        assertThat(second).noneMatch(line -> line.contains("seeding"));
    }

    /** Starts the shop with the README's command, checks both webapps, stops it; returns what it printed. */
    private static List<String> runOnce(File dataDir, int port) throws Exception {
        String maven = new File(System.getProperty("maven.home", "/usr/share/maven"), "bin/mvn").getPath();
        List<String> command = Arrays.asList(maven, "-B", "-Prun", "package",
                "-Dsample.port=" + port, "-Dsample.dataDir=" + dataDir.getAbsolutePath());
        Process mvn = new ProcessBuilder(command).directory(new File(System.getProperty("sample.rootDir")))
                .redirectErrorStream(true).start();
        List<String> output = new ArrayList<String>();
        Thread reader = new Thread(() -> read(mvn, output));
        reader.start();
        try {
            long deadline = System.nanoTime() + READY_WITHIN.toNanos();
            while (!printed(output, "sample shop ready") && mvn.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            assertThat(printed(output, "sample shop ready")).as("ready line; output:\n%s", String.join("\n", copy(output))).isTrue();
            String base = "http://127.0.0.1:" + port;
            assertThat(get(base + "/")).isEqualTo(200);
            assertThat(get(base + "/admin/login")).isEqualTo(200);

            ProcessHandle shop = shopProcess(mvn).orElseThrow(() -> new AssertionError("no java process under Maven"));
            shop.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the shop's shutdown hook stops Tomcat and the database
            assertThat(mvn.waitFor(90, TimeUnit.SECONDS)).as("Maven ends after the shop stops").isTrue();
            reader.join(10000);
            assertThat(mvn.exitValue()).as("Maven's exit code; output:\n%s", String.join("\n", copy(output))).isZero();
            assertThat(copy(output)).contains("[sample] stopped");
            assertThat(refused(base + "/")).as("nothing listens on the port any more").isTrue();
            return copy(output);
        } finally {
            mvn.descendants().forEach(ProcessHandle::destroyForcibly);
            mvn.destroyForcibly();
        }
    }

    private static void read(Process process, List<String> output) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (output) {
                    output.add(line);
                }
            }
        } catch (IOException e) {
            synchronized (output) {
                output.add("(output not readable: " + e + ")");
            }
        }
    }

    private static boolean printed(List<String> output, String text) {
        return copy(output).stream().anyMatch(line -> line.contains(text));
    }

    private static List<String> copy(List<String> output) {
        synchronized (output) {
            return new ArrayList<String>(output);
        }
    }

    /** The JVM Maven started for the shop (its command line may sit in an argument file: found by its program). */
    private static Optional<ProcessHandle> shopProcess(Process mvn) {
        return mvn.descendants().filter(p -> p.info().command().orElse("").endsWith("/java")).findFirst();
    }

    private static int get(String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
        connection.setConnectTimeout(5000);
        connection.setReadTimeout(30000);
        try {
            return connection.getResponseCode();
        } finally {
            connection.disconnect();
        }
    }

    private static boolean refused(String url) throws IOException {
        try {
            get(url);
            return false;
        } catch (ConnectException e) {
            return true;
        }
    }
}
