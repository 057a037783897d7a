package io.consumerprotection.examples.host.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A minimal {@link DataSource} that opens a new connection through {@link DriverManager} for every call,
 * optionally switched to one schema. Enough for embedded H2 and for tests; a production host passes its
 * own pooled data source to the stores instead.
 */
public final class UrlDataSource implements DataSource {

    private final String url;
    private final Properties properties = new Properties();
    private final String schema;

    /**
     * A data source for this URL.
     *
     * @param url      the JDBC URL, for example {@code jdbc:h2:mem:demo} or {@code jdbc:postgresql://host/db}
     * @param user     the user, or {@code null} to use the URL's
     * @param password the password, or {@code null}
     * @param schema   the schema every connection works in, or {@code null} for the default
     */
    public UrlDataSource(String url, String user, String password, String schema) {
        this.url = Objects.requireNonNull(url, "url");
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        this.schema = schema;
    }

    /** The JDBC URL. */
    public String url() {
        return url;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection c = DriverManager.getConnection(Dialect.driverUrl(url), properties);
        if (schema != null) {
            try {
                c.setSchema(schema);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
        }
        return c;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the user and password are fixed when the data source is made");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // DriverManager logging is configured globally, not per data source
    }

    @Override
    public void setLoginTimeout(int seconds) {
        DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return DriverManager.getLoginTimeout();
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
        throw new SQLException("not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public String toString() {
        return "UrlDataSource[" + url.replaceAll("(?i)password=[^;&]*", "password=***") + "]";
    }
}
