package com.loyaltykpi.it.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The KPI server (loyalty-kpi-server's jar, built before this module) as a process of its own on an embedded
 * database under a directory, spoken to over HTTP as a shop would.
 */
final class ServerProcess implements AutoCloseable {

    static final Path JAR = Path.of("..", "loyalty-kpi-server", "target", "loyalty-kpi-server.jar");

    private final Path dir;
    private final List<String> settings;
    private final HttpClient http = HttpClient.newHttpClient();
    private Process process;
    private int port;
    private String key;

    ServerProcess(Path dir, String... settings) {
        this.dir = dir;
        this.settings = List.of(settings);
    }

    /** Issues a key (with the server stopped, as the embedded database needs), then starts the server. */
    ServerProcess start() throws Exception {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: build loyalty-kpi-server first");
        }
        Process keys = new ProcessBuilder(command("api-key", "create", "comparison")).redirectErrorStream(true).start();
        String output = new String(keys.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (keys.waitFor() != 0) {
            throw new IllegalStateException("api-key create failed: " + output);
        }
        key = output.lines().filter(line -> line.startsWith("lk_")).findFirst().orElseThrow();
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> serve = command("--server.port=" + port);
        process = new ProcessBuilder(serve).redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile())
                .start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped: " + Files.readString(dir.resolve("server.log")));
            }
            try {
                if (get("/actuator/health").contains("UP")) {
                    return this;
                }
            } catch (UncheckedIOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the server did not start: " + Files.readString(dir.resolve("server.log")));
    }

    private List<String> command(String... words) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(words));
        command.add("--loyalty.data-dir=" + dir);
        command.addAll(settings);
        return command;
    }

    /** POSTs JSON; returns the body, or throws with it when the answer is not 200. */
    String post(String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return send(request, true);
    }

    String get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + key).GET().build();
        return send(request, false);
    }

    private String send(HttpRequest request, boolean mustSucceed) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (mustSucceed && response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + ": " + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the server as a service manager does (SIGTERM: a graceful shutdown). */
    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
