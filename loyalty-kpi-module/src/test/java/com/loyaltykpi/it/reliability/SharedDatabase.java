package com.loyaltykpi.it.reliability;

import com.loyaltykpi.it.TestDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * A database of the test's own that node processes share, with their lock journals; created for one test
 * class, dropped afterwards with every node still running killed.
 */
final class SharedDatabase implements AutoCloseable {

    final TestDatabase database;
    final String name;
    final String url;
    final ClusterChecks checks;
    private final Path folder;
    private final List<NodeProcess> nodes = new ArrayList<NodeProcess>();

    SharedDatabase(TestDatabase database) throws Exception {
        database.assumeAvailable();
        database.dropStaleDatabases();
        this.database = database;
        this.name = TestDatabase.uniqueName();
        this.url = database.create(name);
        this.checks = new ClusterChecks(url, database.user(), database.password());
        this.folder = Files.createDirectories(Paths.get("target", "nodes", name));
    }

    /** Starts a node (its journal is journal(nodeName)) and waits until it is up. */
    NodeProcess start(String nodeName, String... settings) throws Exception {
        NodeProcess node = NodeProcess.start(nodeName, database, url, journal(nodeName), settings);
        nodes.add(node);
        return node;
    }

    Path journal(String nodeName) {
        return folder.resolve(nodeName + ".journal").toAbsolutePath();
    }

    Path file(String fileName) {
        return folder.resolve(fileName).toAbsolutePath();
    }

    @Override
    public void close() throws Exception {
        for (NodeProcess node : nodes) {
            node.kill();
        }
        database.drop(name);
    }
}
