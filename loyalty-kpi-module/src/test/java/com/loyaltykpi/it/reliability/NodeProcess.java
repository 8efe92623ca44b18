package com.loyaltykpi.it.reliability;

import com.loyaltykpi.it.TestDatabase;
import com.loyaltykpi.it.TestMail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link ShopNode} process, seen from the test: started with this JVM's class path and flags, commanded line
 * by line, killed with SIGKILL when the test says so. Its output goes to name.log beside its journal.
 */
final class NodeProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final PrintWriter commands;
    private final Map<String, CompletableFuture<String>> answers = new ConcurrentHashMap<String, CompletableFuture<String>>();
    private final CompletableFuture<Void> ready = new CompletableFuture<Void>();
    private final AtomicInteger ids = new AtomicInteger();

    private NodeProcess(String name, Process process, Path log) throws IOException {
        this.name = name;
        this.process = process;
        this.commands = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
        Writer logFile = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Thread reader = new Thread(() -> read(logFile), "node-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts a node on the database and waits until its Broadleaf context is up. */
    static NodeProcess start(String name, TestDatabase database, String url, Path journal, String... settings)
            throws Exception {
        File logs = journal.getParent().toFile();
        List<String> command = new ArrayList<String>();
        command.add(System.getProperty("java.home") + "/bin/java");
        for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (flag.startsWith("--add-opens")) {
                command.add(flag);
            }
        }
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Dloyalty.node.name=" + name);
        command.add("-Dloyalty.node.db=" + database.key());
        command.add("-Dloyalty.node.url=" + url);
        command.add("-Dloyalty.node.journal=" + journal);
        command.add("-Dloyalty.it.smtpPort=" + TestMail.server().getSmtp().getPort());
        for (String setting : settings) {
            command.add("-D" + setting);
        }
        command.add(ShopNode.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        NodeProcess node = new NodeProcess(name, process, new File(logs, name + ".log").toPath());
        try {
            node.ready.get(180, TimeUnit.SECONDS);
        } catch (Exception e) {
            node.kill();
            throw new IllegalStateException("node " + name + " did not start (see " + logs + "/" + name + ".log)", e);
        }
        return node;
    }

    /** Sends a command; the answer (after "ok") completes the future, a "fail" fails it. */
    CompletableFuture<String> send(String command) {
        String id = "c" + ids.incrementAndGet();
        CompletableFuture<String> answer = new CompletableFuture<String>();
        answers.put(id, answer);
        commands.println(id + " " + command);
        return answer;
    }

    /** Sends a command and waits for its answer. */
    String run(String command, int timeoutSeconds) throws Exception {
        return send(command).get(timeoutSeconds, TimeUnit.SECONDS);
    }

    /** Arms a pause point, starts the command, and returns once the node has stopped at the pause point. */
    void pauseDuring(String command, String sqlFragment, int nth) throws Exception {
        CompletableFuture<String> paused = new CompletableFuture<String>();
        answers.put("pause", paused);
        run("pause " + sqlFragment.replace(' ', '+') + " " + nth, 30);
        CompletableFuture<String> running = send(command);
        CompletableFuture.anyOf(paused, running).get(120, TimeUnit.SECONDS);
        if (running.isDone()) {
            throw new IllegalStateException(name + " finished '" + command + "' before the pause point: " + running.get());
        }
    }

    /** kill -9: no shutdown hook, no drained queue, open transactions left to the database to roll back. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            commands.println("q quit");
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private void read(Writer log) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                log.write(line + "\n");
                log.flush();
                answer(line);
            }
        } catch (IOException e) {
            // the process is gone
        } finally {
            IllegalStateException gone = new IllegalStateException("node " + name + " ended");
            ready.completeExceptionally(gone);
            for (CompletableFuture<String> waiting : answers.values()) {
                waiting.completeExceptionally(gone);
            }
            try {
                log.close();
            } catch (IOException ignored) {
                // nothing more to log
            }
        }
    }

    private void answer(String line) {
        if ("ready".equals(line)) {
            ready.complete(null);
            return;
        }
        String[] parts = line.split(" ", 3);
        if (parts.length < 2) {
            return;
        }
        if (parts[1].equals("paused")) {
            CompletableFuture<String> paused = answers.remove("pause");
            if (paused != null) {
                paused.complete(line);
            }
            return;
        }
        CompletableFuture<String> waiting = answers.get(parts[0]);
        if (waiting == null || parts.length < 3 && !"ok".equals(parts[1])) {
            return;
        }
        if ("ok".equals(parts[1])) {
            answers.remove(parts[0]).complete(parts.length > 2 ? parts[2] : "");
        } else if ("fail".equals(parts[1])) {
            answers.remove(parts[0]).completeExceptionally(new IllegalStateException(name + ": " + parts[2]));
        }
    }
}
