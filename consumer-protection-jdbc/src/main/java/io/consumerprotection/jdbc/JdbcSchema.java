package io.consumerprotection.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The SDK's tables on a database, migrated by Flyway from the scripts of {@code db/consumer-protection}
 * (the common ones, plus the PostgreSQL-only ones on PostgreSQL) with a history table of their own
 * ({@link TableNames#historyTable()}), so that they never mix with a bank's own migrations in
 * {@code db/migration} and {@code flyway_schema_history}. Needs {@code org.flywaydb:flyway-core} (and
 * {@code flyway-database-postgresql} or {@code flyway-mysql}) on the class path; a host that applies the scripts
 * with its own tool does not use this class.
 *
 * <p>Immutable and thread-safe; each call opens its own connections.
 */
public final class JdbcSchema {

    private final DataSource dataSource;
    private final Dialect dialect;
    private final TableNames tables;

    private JdbcSchema(DataSource dataSource, Dialect dialect, TableNames tables) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.tables = tables;
    }

    /**
     * The schema of the SDK on this data source, the database told apart by the product name its connections
     * report.
     *
     * @throws JdbcAccessException      when no connection can be had
     * @throws IllegalArgumentException when the database is none of H2, PostgreSQL, MariaDB/MySQL
     */
    public static JdbcSchema on(DataSource dataSource, TableNames tables) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(tables, "tables");
        try (Connection c = dataSource.getConnection()) {
            return new JdbcSchema(dataSource, Dialect.of(c), tables);
        } catch (SQLException e) {
            throw new JdbcAccessException("opening the database", e);
        }
    }

    /** The schema of the SDK on this data source of a known dialect. */
    public static JdbcSchema on(DataSource dataSource, Dialect dialect, TableNames tables) {
        return new JdbcSchema(Objects.requireNonNull(dataSource, "dataSource"),
                Objects.requireNonNull(dialect, "dialect"), Objects.requireNonNull(tables, "tables"));
    }

    /** The database's dialect. */
    public Dialect dialect() {
        return dialect;
    }

    /** Where the tables are. */
    public TableNames tables() {
        return tables;
    }

    /** Every placeholder the scripts use: the dialect's and the table names'. */
    public Map<String, String> placeholders() {
        Map<String, String> all = new HashMap<>(dialect.placeholders());
        all.putAll(tables.placeholders());
        return Map.copyOf(all);
    }

    /** Creates what is missing (the schema of {@link TableNames#schema()} too) and applies every pending script. */
    public void migrate() {
        FluentConfiguration config = flyway();
        if (!tables.schema().isEmpty()) {
            config = config.createSchemas(true);
        }
        config.load().migrate();
    }

    /**
     * What the database holds of the SDK's schema.
     *
     * @param current the version applied last, or empty when none is
     * @param pending the versions this build would still apply, in order
     */
    public record Status(Optional<String> current, List<String> pending) {
        /** Validates and copies. */
        public Status {
            Objects.requireNonNull(current, "current");
            pending = List.copyOf(pending);
        }
    }

    /** The applied and pending versions, without changing anything. */
    public Status status() {
        MigrationInfoService info = flyway().load().info();
        MigrationInfo current = info.current();
        return new Status(current == null ? Optional.empty() : Optional.of(current.getVersion().toString()),
                Arrays.stream(info.pending()).map(m -> m.getVersion().toString()).toList());
    }

    private FluentConfiguration flyway() {
        FluentConfiguration config = Flyway.configure(JdbcSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations(dialect.locations().toArray(String[]::new))
                .placeholders(placeholders())
                .table(tables.historyTable())
                // the schema may already hold the bank's own tables (and its own Flyway history): start this
                // history at version 0 there, so that V1 and every later script of the SDK still run
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(true);
        if (tables.schema().isEmpty()) {
            return config;
        }
        // Flyway quotes the schema it creates; the scripts name it unquoted, which H2 folds to upper case
        // (PostgreSQL folds to lower case, the names TableNames accepts are then the same).
        return config.schemas(dialect == Dialect.H2 ? tables.schema().toUpperCase(Locale.ROOT) : tables.schema());
    }
}
