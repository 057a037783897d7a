package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.spi.notification.NotificationSender;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * A host's persistence in one place: a migrated database with its {@link JdbcComplaintStore},
 * {@link OutboxNotificationSender}, {@link JdbcAuditSink} and, for a downstream gateway, an
 * {@link OutboxDispatcher}. Embedded H2 needs no server ({@link #h2InMemory()}, {@link #h2File(Path)});
 * PostgreSQL and MariaDB/MySQL are reached by URL ({@link #connect(String, String, String)}).
 *
 * <p>{@code connect} creates what is missing and migrates the schema with Flyway (scripts in
 * {@code db/migration}, common to every database through placeholders, plus {@code db/postgresql} on
 * PostgreSQL); {@link #openExisting} only opens a database whose schema is current. For H2 the host keeps
 * one connection open until {@link #close()}, so that the embedded database stays open between calls.
 * Thread-safe.
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

    /** The database at this JDBC URL (H2, PostgreSQL, MariaDB/MySQL), with the URL's own credentials if any. */
    public static JdbcHost connect(String jdbcUrl) {
        return connect(jdbcUrl, null, null);
    }

    /** The database at this JDBC URL: H2, PostgreSQL or MariaDB/MySQL. */
    public static JdbcHost connect(String jdbcUrl, String user, String password) {
        return connect(jdbcUrl, user, password, null);
    }

    /**
     * The database at this JDBC URL, with every table in one schema, created if absent, migrated to the
     * current schema.
     *
     * @param jdbcUrl  a {@code jdbc:h2:}, {@code jdbc:postgresql:}, {@code jdbc:mariadb:} or {@code jdbc:mysql:} URL
     * @param user     the user, or {@code null}
     * @param password the password, or {@code null}
     * @param schema   the schema, or {@code null} for the database's default
     */
    public static JdbcHost connect(String jdbcUrl, String user, String password, String schema) {
        return open(jdbcUrl, user, password, schema, true);
    }

    /**
     * An existing database at this URL, opened for reading and writing without creating or migrating
     * anything: an H2 URL gets {@code IFEXISTS=TRUE}, and the schema must already be at the current
     * version. H2 URLs with a setting that can run code or open other files are refused first (see
     * {@link #refuseUnsafeSettings}).
     *
     * @param jdbcUrl  a {@code jdbc:h2:}, {@code jdbc:postgresql:}, {@code jdbc:mariadb:} or {@code jdbc:mysql:} URL
     * @param user     the user, or {@code null}
     * @param password the password, or {@code null}
     * @param schema   the schema, or {@code null} for the database's default
     * @throws MissingDatabaseException when the database does not exist, has no consumer-protection schema,
     *                                  or has an older one
     * @throws IllegalArgumentException when the URL is of another database or has a refused H2 setting
     */
    public static JdbcHost openExisting(String jdbcUrl, String user, String password, String schema) {
        refuseUnsafeSettings(jdbcUrl);
        return open(jdbcUrl, user, password, schema, false);
    }

    /** {@link #openExisting(String, String, String, String)} with the URL's own credentials, default schema. */
    public static JdbcHost openExisting(String jdbcUrl) {
        return openExisting(jdbcUrl, null, null, null);
    }

    /**
     * Refuses an H2 URL whose settings could run code or open other files ({@code INIT}, which can
     * {@code RUNSCRIPT} or {@code CREATE ALIAS}/{@code TRIGGER}; {@code DATABASE_EVENT_LISTENER};
     * {@code AUTO_SERVER}; …): only settings that tune storage, locking and tracing are accepted. Other
     * databases' URLs are only checked for a supported scheme. Makes no connection.
     *
     * @throws IllegalArgumentException with one line naming the refused setting, never its value
     */
    public static void refuseUnsafeSettings(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (Dialect.of(jdbcUrl) == Dialect.H2) {
            H2Settings.refuseUnsafe(jdbcUrl);
        }
    }

    private static JdbcHost open(String jdbcUrl, String user, String password, String schema, boolean migrate) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Dialect dialect = Dialect.of(jdbcUrl);
        String url = Dialect.driverUrl(dialect == Dialect.H2 && !migrate ? H2Settings.ifExists(jdbcUrl) : jdbcUrl);
        Connection keepAlive = null;
        try {
            if (dialect == Dialect.H2) {
                keepAlive = new UrlDataSource(url, user, password, null).getConnection();
            }
            UrlDataSource direct = new UrlDataSource(url, user, password, null);
            if (migrate) {
                migrate(direct, dialect, schema);
            } else {
                requireCurrentSchema(direct, dialect, schema, jdbcUrl);
            }
            // connections are reused (up to 4 idle): opening one per call costs more than the statements
            return new JdbcHost(new ReusingDataSource(new UrlDataSource(url, user, password, schema), 4), keepAlive);
        } catch (SQLException e) {
            closeQuietly(keepAlive);
            if (!migrate && isMissingDatabase(e)) {
                throw new MissingDatabaseException(databaseName(jdbcUrl, schema), "does not exist");
            }
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
        migrate(dataSource, postgres ? Dialect.POSTGRESQL : Dialect.H2, null);
        return new JdbcHost(dataSource, null);
    }

    /**
     * Migrates a host's own data source of any supported database (told apart by the product name its
     * connections report) to the current schema and returns a host on it. The caller keeps the data source
     * open; {@link #close()} does nothing to it.
     */
    public static JdbcHost on(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        Dialect dialect;
        try (Connection c = dataSource.getConnection()) {
            dialect = Dialect.of(c);
        } catch (SQLException e) {
            throw new JdbcAccessException("opening the database", e);
        }
        migrate(dataSource, dialect, null);
        return new JdbcHost(dataSource, null);
    }

    private static FluentConfiguration flyway(DataSource dataSource, Dialect dialect, String schema) {
        FluentConfiguration config = Flyway.configure(JdbcHost.class.getClassLoader())
                .dataSource(dataSource)
                .locations(dialect.locations().toArray(String[]::new))
                .placeholders(dialect.placeholders())
                .failOnMissingLocations(true);
        return schema == null ? config : config.schemas(schema);
    }

    private static void migrate(DataSource dataSource, Dialect dialect, String schema) {
        FluentConfiguration config = flyway(dataSource, dialect, schema);
        if (schema != null) {
            config = config.createSchemas(true);
        }
        config.load().migrate();
    }

    private static void requireCurrentSchema(DataSource dataSource, Dialect dialect, String schema, String jdbcUrl) {
        MigrationInfoService info = flyway(dataSource, dialect, schema).load().info();
        MigrationInfo current = info.current();
        if (current == null) {
            throw new MissingDatabaseException(databaseName(jdbcUrl, schema),
                    "holds no consumer-protection schema (run a writing command, or pass --migrate)");
        }
        if (info.pending().length > 0) {
            throw new MissingDatabaseException(databaseName(jdbcUrl, schema), "holds schema version "
                    + current.getVersion() + ", older than this build's "
                    + info.pending()[info.pending().length - 1].getVersion() + " (migrate it first)");
        }
    }

    private static boolean isMissingDatabase(SQLException e) {
        return e.getErrorCode() == 90146 // H2: database not found with IFEXISTS=TRUE
                || e.getErrorCode() == 90013 // H2: database not found
                || "3D000".equals(e.getSQLState()) // PostgreSQL: invalid catalog name
                || e.getErrorCode() == 1049; // MariaDB/MySQL: unknown database
    }

    private static String databaseName(String jdbcUrl, String schema) {
        String name = jdbcUrl.startsWith("jdbc:h2:") ? H2Settings.database(jdbcUrl)
                : jdbcUrl.replaceFirst("^jdbc:[a-z]+://[^/]*/?", "").replaceFirst("[?;].*$", "");
        return schema == null ? name : name + " (schema " + schema + ")";
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
