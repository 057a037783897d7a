package io.consumerprotection.examples.host.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} that keeps up to {@code maxIdle} closed connections for reuse instead of opening a
 * new one for every call: a minimal pool for the embedded demo and tests, not a production pool (no
 * validation query, no maximum size, no timeouts). A returned connection is rolled back and put back in
 * auto-commit mode; a connection that was closed underneath is dropped.
 */
public final class ReusingDataSource implements DataSource, AutoCloseable {

    private final DataSource target;
    private final int maxIdle;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    public ReusingDataSource(DataSource target, int maxIdle) {
        this.target = Objects.requireNonNull(target, "target");
        if (maxIdle < 1) {
            throw new IllegalArgumentException("maxIdle must be at least 1, was " + maxIdle);
        }
        this.maxIdle = maxIdle;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection physical;
        while ((physical = idle.pollFirst()) != null) {
            idleCount.decrementAndGet();
            if (!physical.isClosed()) {
                return wrap(physical);
            }
        }
        return wrap(target.getConnection());
    }

    private Connection wrap(Connection physical) {
        InvocationHandler handler = new InvocationHandler() {
            private boolean closed;

            @Override
            public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args) throws Throwable {
                switch (method.getName()) {
                    case "close" -> {
                        if (!closed) {
                            closed = true;
                            release(physical);
                        }
                        return null;
                    }
                    case "isClosed" -> {
                        return closed || physical.isClosed();
                    }
                    case "unwrap" -> {
                        return physical.unwrap((Class<?>) args[0]);
                    }
                    default -> {
                        if (closed) {
                            throw new SQLException("connection is closed");
                        }
                        try {
                            return method.invoke(physical, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                }
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                handler);
    }

    private void release(Connection physical) throws SQLException {
        if (physical.isClosed()) {
            return;
        }
        try {
            if (!physical.getAutoCommit()) {
                physical.rollback();
                physical.setAutoCommit(true);
            }
        } catch (SQLException e) {
            physical.close();
            return;
        }
        if (idleCount.incrementAndGet() <= maxIdle) {
            idle.offerFirst(physical);
        } else {
            idleCount.decrementAndGet();
            physical.close();
        }
    }

    /** Closes every idle connection. */
    @Override
    public void close() {
        Connection c;
        while ((c = idle.pollFirst()) != null) {
            idleCount.decrementAndGet();
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing an idle connection: nothing to recover
            }
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the user and password are fixed when the data source is made");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target.isWrapperFor(type);
    }
}
