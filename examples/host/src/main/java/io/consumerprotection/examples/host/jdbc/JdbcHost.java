package io.consumerprotection.examples.host.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.consumerprotection.jdbc.Dialect;
import io.consumerprotection.jdbc.JdbcAccessException;
import io.consumerprotection.jdbc.JdbcAuditSink;
import io.consumerprotection.jdbc.JdbcComplaintStore;
import io.consumerprotection.jdbc.JdbcSchema;
import io.consumerprotection.jdbc.OutboxDispatcher;
import io.consumerprotection.jdbc.OutboxNotificationSender;
import io.consumerprotection.jdbc.TableNames;
import io.consumerprotection.jdbc.TransactionContext;
import io.consumerprotection.spi.notification.NotificationSender;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * A host's persistence in one place: a migrated database with its {@link JdbcComplaintStore},
 * {@link OutboxNotificationSender}, {@link JdbcAuditSink} and, for a downstream gateway, an
 * {@link OutboxDispatcher}. Embedded H2 needs no server ({@link #h2InMemory()}, {@link #h2File(Path)});
 * PostgreSQL and MariaDB/MySQL are reached by URL ({@link #connect(String, String, String)}).
 *
 * <p>The components are those of the published {@code consumer-protection-jdbc}; this class only opens the
 * database and its pool: H2's {@link JdbcConnectionPool} for embedded H2, HikariCP for a server.
 * {@code connect} creates what is missing and migrates the schema ({@link JdbcSchema}: the scripts of
 * {@code db/consumer-protection} with their own history table); {@link #openExisting} only opens a database whose
 * schema is current. For H2 the host keeps one connection open until {@link #close()}, so that the embedded
 * database stays open between calls. Thread-safe.
 */
public final class JdbcHost implements AutoCloseable {

    private final DataSource dataSource;
    private final AutoCloseable pool;
    private final Connection keepAlive;
    private final TableNames tables;
    private final JdbcComplaintStore complaintStore;
    private final OutboxNotificationSender notificationSender;
    private final JdbcAuditSink auditSink;

    private JdbcHost(DataSource dataSource, AutoCloseable pool, Connection keepAlive, TableNames tables) {
        this.dataSource = dataSource;
        this.pool = pool;
        this.keepAlive = keepAlive;
        this.tables = tables;
        this.complaintStore = new JdbcComplaintStore(dataSource, tables, TransactionContext.none(),
                JdbcComplaintStore.DEFAULT_FETCH_SIZE);
        this.notificationSender = new OutboxNotificationSender(dataSource, tables, TransactionContext.none());
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
        TableNames tables = TableNames.inSchema(schema);
        Connection keepAlive = null;
        AutoCloseable pool = null;
        try {
            DataSource dataSource;
            if (dialect == Dialect.H2) {
                Properties credentials = new Properties();
                credentials.setProperty("user", user == null ? "" : user);
                credentials.setProperty("password", password == null ? "" : password);
                keepAlive = DriverManager.getConnection(url, credentials);
                JdbcConnectionPool h2 = JdbcConnectionPool.create(url, credentials.getProperty("user"),
                        credentials.getProperty("password"));
                h2.setMaxConnections(64);
                pool = h2::dispose;
                dataSource = h2;
            } else {
                HikariConfig config = new HikariConfig();
                config.setJdbcUrl(url);
                config.setUsername(user);
                config.setPassword(password);
                config.setSchema(schema);
                config.setMaximumPoolSize(16);
                config.setMinimumIdle(0);
                config.setPoolName("consumer-protection-host");
                HikariDataSource hikari = new HikariDataSource(config);
                pool = hikari;
                dataSource = hikari;
            }
            JdbcSchema jdbcSchema = JdbcSchema.on(dataSource, dialect, tables);
            if (migrate) {
                jdbcSchema.migrate();
            } else {
                requireCurrentSchema(jdbcSchema, schema, jdbcUrl);
            }
            return new JdbcHost(dataSource, pool, keepAlive, tables);
        } catch (SQLException e) {
            closeQuietly(keepAlive);
            closeQuietly(pool);
            if (!migrate && isMissingDatabase(e)) {
                throw new MissingDatabaseException(databaseName(jdbcUrl, schema), "does not exist");
            }
            throw new JdbcAccessException("opening the database", e);
        } catch (RuntimeException e) {
            closeQuietly(keepAlive);
            closeQuietly(pool);
            SQLException sql = sqlCause(e);
            if (!migrate && sql != null && isMissingDatabase(sql)) {
                throw new MissingDatabaseException(databaseName(jdbcUrl, schema), "does not exist");
            }
            throw e;
        }
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
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
        JdbcSchema.on(dataSource, postgres ? Dialect.POSTGRESQL : Dialect.H2, TableNames.defaults()).migrate();
        return new JdbcHost(dataSource, null, null, TableNames.defaults());
    }

    /**
     * Migrates a host's own data source of any supported database (told apart by the product name its
     * connections report) to the current schema and returns a host on it. The caller keeps the data source
     * open; {@link #close()} does nothing to it.
     */
    public static JdbcHost on(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        JdbcSchema.on(dataSource, TableNames.defaults()).migrate();
        return new JdbcHost(dataSource, null, null, TableNames.defaults());
    }

    private static void requireCurrentSchema(JdbcSchema jdbcSchema, String schema, String jdbcUrl) {
        JdbcSchema.Status status = jdbcSchema.status();
        if (status.current().isEmpty()) {
            throw new MissingDatabaseException(databaseName(jdbcUrl, schema),
                    "holds no consumer-protection schema (run a writing command, or pass --migrate)");
        }
        if (!status.pending().isEmpty()) {
            throw new MissingDatabaseException(databaseName(jdbcUrl, schema), "holds schema version "
                    + status.current().get() + ", older than this build's "
                    + status.pending().get(status.pending().size() - 1) + " (migrate it first)");
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
        return new OutboxDispatcher(dataSource, tables, downstream, settings, clock);
    }

    /** Closes the connection that keeps an embedded H2 database open (an in-memory one is then gone). */
    @Override
    public void close() {
        closeQuietly(pool);
        closeQuietly(keepAlive);
    }

    /** Where this host's tables are (in the schema it was given, by their plain names). */
    public TableNames tables() {
        return tables;
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // nothing left to release
            }
        }
    }
}
