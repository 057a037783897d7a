package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.spi.notification.NotificationSender;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A host's persistence in one place: a migrated database with its {@link JdbcComplaintStore},
 * {@link OutboxNotificationSender}, {@link JdbcAuditSink} and, for a downstream gateway, an
 * {@link OutboxDispatcher}. Embedded H2 needs no server ({@link #h2InMemory()}, {@link #h2File(Path)});
 * PostgreSQL is reached by URL ({@link #connect(String, String, String)}).
 *
 * <p>Opening migrates the schema with Flyway (scripts in {@code db/migration}, plus
 * {@code db/postgresql} on PostgreSQL). For H2 the host keeps one connection open until {@link #close()},
 * so that the embedded database stays open between calls. Thread-safe.
 */
public final class JdbcHost implements AutoCloseable {

    private final DataSource dataSource;
    private final Connection keepAlive;
    private final JdbcComplaintStore complaintStore;
    private final OutboxNotificationSender notificationSender;
    private final JdbcAuditSink auditSink;

    private JdbcHost(DataSource dataSource, Connection keepAlive) {
        this.dataSource = dataSource;
        this.keepAlive = keepAlive;
        this.complaintStore = new JdbcComplaintStore(dataSource);
        this.notificationSender = new OutboxNotificationSender(dataSource);
        this.auditSink = complaintStore.auditSink();
    }

    /** A new, empty, private in-memory H2 database; it disappears on {@link #close()}. */
    public static JdbcHost h2InMemory() {
        return connect("jdbc:h2:mem:consumer-protection-" + UUID.randomUUID(), null, null);
    }

    /**
     * An H2 database in a file ({@code file} plus H2's {@code .mv.db} suffix), created if absent. Every
     * commit is written through ({@code WRITE_DELAY=0}), so a killed process loses no committed change.
     */
    public static JdbcHost h2File(Path file) {
        Objects.requireNonNull(file, "file");
        return connect("jdbc:h2:file:" + file.toAbsolutePath() + ";WRITE_DELAY=0", null, null);
    }

    /** The database at this JDBC URL, H2 or PostgreSQL, with the URL's own credentials if any. */
    public static JdbcHost connect(String jdbcUrl) {
        return connect(jdbcUrl, null, null);
    }

    /** The database at this JDBC URL, H2 or PostgreSQL. */
    public static JdbcHost connect(String jdbcUrl, String user, String password) {
        return connect(jdbcUrl, user, password, null);
    }

    /**
     * The database at this JDBC URL, with every table in one schema, created if absent.
     *
     * @param jdbcUrl  a {@code jdbc:h2:} or {@code jdbc:postgresql:} URL
     * @param user     the user, or {@code null}
     * @param password the password, or {@code null}
     * @param schema   the schema, or {@code null} for the database's default
     */
    public static JdbcHost connect(String jdbcUrl, String user, String password, String schema) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        boolean h2 = jdbcUrl.startsWith("jdbc:h2:");
        boolean postgres = jdbcUrl.startsWith("jdbc:postgresql:");
        if (!h2 && !postgres) {
            throw new IllegalArgumentException("jdbcUrl must start with jdbc:h2: or jdbc:postgresql:");
        }
        Connection keepAlive = null;
        try {
            if (h2) {
                keepAlive = new UrlDataSource(jdbcUrl, user, password, null).getConnection();
            }
            migrate(new UrlDataSource(jdbcUrl, user, password, null), postgres, schema);
            // connections are reused (up to 4 idle): opening one per call costs more than the statements
            return new JdbcHost(new ReusingDataSource(new UrlDataSource(jdbcUrl, user, password, schema), 4), keepAlive);
        } catch (SQLException e) {
            closeQuietly(keepAlive);
            throw new JdbcAccessException("opening the database", e);
        } catch (RuntimeException e) {
            closeQuietly(keepAlive);
            throw e;
        }
    }

    /**
     * Migrates a host's own data source (for example a connection pool) to the current schema and
     * returns a host on it. The caller keeps the data source open; {@link #close()} does nothing to it.
     *
     * @param dataSource a data source whose connections are already in the right schema
     * @param postgres   whether it is PostgreSQL (adds the PostgreSQL-only scripts)
     */
    public static JdbcHost on(DataSource dataSource, boolean postgres) {
        Objects.requireNonNull(dataSource, "dataSource");
        migrate(dataSource, postgres, null);
        return new JdbcHost(dataSource, null);
    }

    private static void migrate(DataSource dataSource, boolean postgres, String schema) {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (postgres) {
            locations.add("classpath:db/postgresql");
        }
        var config = Flyway.configure(JdbcHost.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .placeholders(Map.of("text_type", postgres ? "TEXT" : "CHARACTER VARYING(1000000)",
                        "varchar64_type", varchar(64, postgres), "varchar200_type", varchar(200, postgres)))
                .failOnMissingLocations(true);
        if (schema != null) {
            config = config.schemas(schema).createSchemas(true);
        }
        config.load().migrate();
    }

    /**
     * The type of a column of at most this many code points (ComplaintLimits): {@code VARCHAR(n)} on PostgreSQL,
     * which counts code points, {@code VARCHAR(2n)} on H2, which counts UTF-16 units.
     */
    private static String varchar(int codePoints, boolean postgres) {
        return "VARCHAR(" + (postgres ? codePoints : 2 * codePoints) + ")";
    }

    /** The data source every component of this host uses. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The complaint store. */
    public JdbcComplaintStore complaintStore() {
        return complaintStore;
    }

    /** The outbox sender: notifications are queued, and delivered by a {@link #dispatcher}. */
    public OutboxNotificationSender notificationSender() {
        return notificationSender;
    }

    /** The append-only audit trail. */
    public JdbcAuditSink auditSink() {
        return auditSink;
    }

    /** A dispatcher that delivers this host's outbox to the downstream, with default settings. */
    public OutboxDispatcher dispatcher(NotificationSender downstream) {
        return dispatcher(downstream, OutboxDispatcher.Settings.defaults(), Clock.systemUTC());
    }

    /** A dispatcher that delivers this host's outbox to the downstream. */
    public OutboxDispatcher dispatcher(NotificationSender downstream, OutboxDispatcher.Settings settings,
                                       Clock clock) {
        return new OutboxDispatcher(dataSource, downstream, settings, clock);
    }

    /** Closes the connection that keeps an embedded H2 database open (an in-memory one is then gone). */
    @Override
    public void close() {
        if (dataSource instanceof ReusingDataSource reusing) {
            reusing.close();
        }
        closeQuietly(keepAlive);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // nothing left to release
            }
        }
    }
}
