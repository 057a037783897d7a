package io.consumerprotection.jdbc;

import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.spi.audit.AuditSink;
import io.consumerprotection.spi.audit.ChainLink;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * An append-only {@link AuditSink} on the {@code audit_record} table, chained through the row of
 * {@code audit_chain_head}: every append, from this sink or from {@link JdbcComplaintStore#saveAudited} in a
 * complaint change's transaction, locks that row, links onto its hash and moves it, so that any number of
 * threads and processes on one database write one chain. This class issues only {@code INSERT} and
 * {@code SELECT} on {@code audit_record} (and updates the head row). On PostgreSQL a trigger also refuses
 * {@code UPDATE}, {@code DELETE} and {@code TRUNCATE} — but only to roles that neither own the table nor are
 * superusers: the owner can drop or disable the trigger. What protects the trail against its owner is the
 * keyed chain and the checkpoints kept elsewhere (see {@code AuditTrail}), and a bank's roles: the application
 * connects as a role that does not own the tables (README, "Database roles").
 *
 * <p>Thread-safe. {@link #records()} reads through a cursor, in append order; close the stream.
 */
public final class JdbcAuditSink implements AuditSink {

    private final DataSource dataSource;
    private final TableNames tables;
    private final int fetchSize;
    private final Transactions transactions;

    /** A sink on this data source whose schema is migrated, default table names, committing every append itself. */
    public JdbcAuditSink(DataSource dataSource) {
        this(dataSource, TableNames.defaults(), TransactionContext.none());
    }

    /**
     * A sink on this data source whose schema is migrated ({@link JdbcSchema}) with these table names, appending in
     * the caller's transaction when the context has one (the record then commits or rolls back with it).
     */
    public JdbcAuditSink(DataSource dataSource, TableNames tables, TransactionContext transactionContext) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.tables = Objects.requireNonNull(tables, "tables");
        this.fetchSize = JdbcComplaintStore.DEFAULT_FETCH_SIZE;
        this.transactions = new Transactions(dataSource, transactionContext);
    }

    /**
     * {@inheritDoc}
     *
     * <p>The record is appended as given, and the chain's head moves onto it.
     *
     * @throws IllegalStateException when a record with the same id was already appended
     * @throws JdbcAccessException   when the database fails
     */
    @Override
    public void append(AuditRecord record) {
        Objects.requireNonNull(record, "record");
        inTransaction(record, c -> {
            AuditRows.appendAsGiven(c, tables, record);
            return record;
        });
    }

    /**
     * {@inheritDoc}
     *
     * <p>In one transaction: the head row is locked, the record linked onto its hash and inserted, the head
     * moved. Writers in other processes wait for the lock.
     *
     * @throws IllegalStateException when a record with the same id was already appended
     * @throws JdbcAccessException   when the database fails
     */
    @Override
    public AuditRecord appendLinked(AuditRecord record, ChainLink link) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(link, "link");
        return inTransaction(record, c -> AuditRows.appendLinked(c, tables, record, link));
    }

    /** A step inside the append's transaction. */
    @FunctionalInterface
    private interface Step {
        AuditRecord run(Connection c) throws SQLException;
    }

    /** How often an append is tried again when another writer moved the chain's head under it (H2 only). */
    private static final int HEAD_ATTEMPTS = 100;

    /**
     * Runs the step in a transaction of its own ({@link Transactions}: REPEATABLE READ on H2); H2 then refuses to lock a head another writer moved after this transaction's
     * snapshot (90131 or 40001), and the append is tried again with a short, growing pause.
     */
    private AuditRecord inTransaction(AuditRecord record, Step step) {
        for (int attempt = 1; ; attempt++) {
            try (Transactions.Unit unit = transactions.begin()) {
                try {
                    AuditRecord appended = step.run(unit.connection());
                    unit.commit();
                    return appended;
                } catch (SQLException e) {
                    unit.rollback();
                    if (Columns.isUniqueViolation(e)) {
                        throw new IllegalStateException("audit record " + record.id() + " was already appended");
                    }
                    if (!Columns.isConcurrentUpdate(e) || unit.joined() || attempt == HEAD_ATTEMPTS) {
                        throw new JdbcAccessException("appending an audit record", e);
                    }
                } catch (RuntimeException | Error e) {
                    unit.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                throw new JdbcAccessException("appending an audit record", e);
            }
            AuditRows.pause(attempt);
        }
    }

    @Override
    public Stream<AuditRecord> records() {
        return Cursor.open(dataSource, "reading the audit trail",
                new Cursor.Query("SELECT seq, " + AuditRows.COLUMNS + " FROM " + tables.table("audit_record")
                        + " WHERE 1 = 1", List.of(),
                        List.of("seq")), fetchSize, AuditRows::read);
    }

    @Override
    public Optional<AuditRecord> findLast() {
        return transactions.read("reading the last audit record", c -> {
            try (PreparedStatement s = c.prepareStatement(tables.sql(
                         "SELECT " + AuditRows.COLUMNS + " FROM {audit_record} ORDER BY seq DESC LIMIT 1"));
                 ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(AuditRows.read(rs)) : Optional.empty();
            }
        });
    }
}
