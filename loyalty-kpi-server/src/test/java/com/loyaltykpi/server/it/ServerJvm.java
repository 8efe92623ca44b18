package com.loyaltykpi.server.it;

import com.loyaltykpi.server.LoyaltyServer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The server (a command or serving) in a JVM of its own, as an operator runs it, for tests that kill it. */
public final class ServerJvm {

    private final Process process;

    private ServerJvm(Process process) {
        this.process = process;
    }

    /** Starts {@code java LoyaltyServer <args>} on the test's class path, its output into the log. */
    public static ServerJvm start(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LoyaltyServer.class.getName()));
        command.addAll(List.of(args));
        return new ServerJvm(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start());
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL, as a crash or {@code kill -9} ends it; returns once it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server's JVM did not end");
        }
    }
}
