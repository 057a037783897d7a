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
 * The databases the tests run on: private in-memory H2 databases, and a PostgreSQL server on
 * 127.0.0.1:5432 (or {@code -Dcp.test.pg.server=host:port}; trust authentication, user {@code postgres}) in a
 * unique schema per use, when reachable.
 */
final class TestDatabases {

    private static final String USER = System.getProperty("cp.test.pg.user", "postgres");
    private static final String PASSWORD = System.getProperty("cp.test.pg.password", "");
    private static final String SERVER = System.getProperty("cp.test.pg.server", "127.0.0.1:5432");
    private static final String[] URLS = {
            "jdbc:postgresql://" + SERVER + "/test", "jdbc:postgresql://" + SERVER + "/postgres"};

    private static Optional<String> reachable;

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
