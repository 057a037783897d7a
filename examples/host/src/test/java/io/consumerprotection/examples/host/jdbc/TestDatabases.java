package io.consumerprotection.examples.host.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the tests run on: private in-memory H2 databases, a PostgreSQL server on
 * 127.0.0.1:5432 (or {@code -Dcp.test.pg.server=host:port}; trust authentication, user {@code postgres}) in a
 * unique schema per use, and a MariaDB/MySQL server on 127.0.0.1:3306 (or {@code -Dcp.test.mariadb.server};
 * user {@code root}, empty password) in a unique database per use, when reachable.
 */
final class TestDatabases {

    private static final String USER = System.getProperty("cp.test.pg.user", "postgres");
    private static final String PASSWORD = System.getProperty("cp.test.pg.password", "");
    private static final String SERVER = System.getProperty("cp.test.pg.server", "127.0.0.1:5432");
    private static final String[] URLS = {
            "jdbc:postgresql://" + SERVER + "/test", "jdbc:postgresql://" + SERVER + "/postgres"};

    private static Optional<String> reachable;

    private static final String MARIADB_USER = System.getProperty("cp.test.mariadb.user", "root");
    private static final String MARIADB_PASSWORD = System.getProperty("cp.test.mariadb.password", "");
    private static final String MARIADB_SERVER = System.getProperty("cp.test.mariadb.server", "127.0.0.1:3306");
    private static Boolean mariadbReachable;

    private TestDatabases() {
    }

    /** A PostgreSQL URL that accepts connections, or empty. Probed once per JVM, with a short timeout. */
    static synchronized Optional<String> postgresUrl() {
        if (reachable == null) {
            reachable = Optional.empty();
            for (String url : URLS) {
                try (Connection c = DriverManager.getConnection(url + "?connectTimeout=2&loginTimeout=2", USER,
                        PASSWORD)) {
                    reachable = Optional.of(url);
                    break;
                } catch (SQLException unreachable) {
                    // try the next database, or skip the PostgreSQL tests
                }
            }
        }
        return reachable;
    }

    /** A host on a new schema of the PostgreSQL server; the test is skipped when no server is reachable. */
    static JdbcHost postgresHost(String schema) {
        Optional<String> url = postgresUrl();
        Assumptions.assumeTrue(url.isPresent(), "no PostgreSQL server on 127.0.0.1:5432: skipped");
        return JdbcHost.connect(url.get(), USER, PASSWORD, schema);
    }

    /** Whether the MariaDB/MySQL server accepts connections. Probed once per JVM, with a short timeout. */
    static synchronized boolean mariadbReachable() {
        if (mariadbReachable == null) {
            try (Connection c = DriverManager.getConnection(mariadbUrl("test") + "?connectTimeout=2000",
                    MARIADB_USER, MARIADB_PASSWORD)) {
                mariadbReachable = true;
            } catch (SQLException unreachable) {
                mariadbReachable = false;
            }
        }
        return mariadbReachable;
    }

    /** The URL of a database on the MariaDB/MySQL server. */
    static String mariadbUrl(String database) {
        return "jdbc:mariadb://" + MARIADB_SERVER + "/" + database;
    }

    /**
     * A host on a new database of the MariaDB/MySQL server, named like {@link #uniqueSchema()}; the test is
     * skipped when no server is reachable.
     */
    static JdbcHost mariadbHost(String database) {
        Assumptions.assumeTrue(mariadbReachable(), "no MariaDB/MySQL server on " + MARIADB_SERVER + ": skipped");
        try (Connection c = DriverManager.getConnection(mariadbUrl("test"), MARIADB_USER, MARIADB_PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + database, e);
        }
        return JdbcHost.connect(mariadbUrl(database), MARIADB_USER, MARIADB_PASSWORD, null);
    }

    /** Drops a database created by {@link #mariadbHost}. */
    static void dropMariadbDatabase(String database) {
        if (!mariadbReachable()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(mariadbUrl("test"), MARIADB_USER, MARIADB_PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test database " + database, e);
        }
    }

    /** A new schema name, unique per call. */
    static String uniqueSchema() {
        return "cp_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    }

    /** Drops a schema created by {@link #postgresHost}, with everything in it. */
    static void dropSchema(String schema) {
        Optional<String> url = postgresUrl();
        if (url.isEmpty()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(url.get(), USER, PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test schema " + schema, e);
        }
    }
}
