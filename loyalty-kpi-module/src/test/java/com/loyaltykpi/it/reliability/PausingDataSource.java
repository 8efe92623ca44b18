package com.loyaltykpi.it.reliability;

import org.springframework.jdbc.datasource.DelegatingDataSource;

import java.io.Closeable;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javax.sql.DataSource;

/**
 * A node's database, with a pause point for crash tests: once armed, the thread that prepares the n-th
 * statement containing a fragment (say the third "LK_JOB_STATE" write of a backfill) announces it and stops
 * there for good, in the middle of its transaction, until the test kills the node.
 */
public class PausingDataSource extends DelegatingDataSource implements Closeable {

    private volatile String fragment;
    private final AtomicInteger remaining = new AtomicInteger();
    private volatile Consumer<String> announce = System.out::println;

    public PausingDataSource(DataSource target) {
        super(target);
    }

    /** Pauses the thread preparing the n-th statement (from now) whose SQL contains the fragment. */
    public void arm(String sqlFragment, int nth, Consumer<String> announcer) {
        remaining.set(nth);
        announce = announcer;
        fragment = sqlFragment.toUpperCase(Locale.ROOT);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return watched(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return watched(super.getConnection(username, password));
    }

    @Override
    public void close() throws IOException {
        if (getTargetDataSource() instanceof Closeable) {
            ((Closeable) getTargetDataSource()).close();
        }
    }

    private Connection watched(final Connection connection) {
        InvocationHandler handler = new InvocationHandler() {
            @Override
            public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String) {
                    pauseAt((String) args[0]);
                }
                try {
                    return method.invoke(connection, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private void pauseAt(String sql) throws InterruptedException {
        String armed = fragment;
        if (armed == null || !sql.toUpperCase(Locale.ROOT).contains(armed) || remaining.decrementAndGet() != 0) {
            return;
        }
        announce.accept("paused at " + armed);
        while (true) {
            Thread.sleep(60_000); // until the test kills this node
        }
    }
}
