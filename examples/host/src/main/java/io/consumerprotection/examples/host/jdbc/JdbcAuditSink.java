package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.spi.audit.AuditSink;
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
 * An append-only {@link AuditSink} on the {@code audit_record} table. This class issues only
 * {@code INSERT} and {@code SELECT}; on PostgreSQL a trigger also refuses {@code UPDATE}, {@code DELETE} and
 * {@code TRUNCATE} from any client. The append order is the order of an identity column.
 *
 * <p>Thread-safe. {@link #records()} reads in pages by {@code seq} (see {@link Cursor}); close the stream if
 * it is not read to its end.
 */
public final class JdbcAuditSink implements AuditSink {

    private static final String COLUMNS = "id, occurred_at, actor, action, subject_type, subject_id, purpose,"
            + " outcome, details, previous_hash, record_hash";

    private final DataSource dataSource;
    private final int fetchSize;

    /** A sink on this data source whose schema is migrated. */
    public JdbcAuditSink(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.fetchSize = JdbcComplaintStore.DEFAULT_FETCH_SIZE;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException when a record with the same id was already appended
     * @throws JdbcAccessException   when the database fails
     */
    @Override
    public void append(AuditRecord record) {
        Objects.requireNonNull(record, "record");
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO audit_record (" + COLUMNS + ")"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            c.setAutoCommit(true);
            s.setString(1, record.id());
            s.setBigDecimal(2, Columns.epoch(record.at()));
            s.setString(3, record.actor());
            s.setString(4, record.action());
            s.setString(5, record.subjectType());
            s.setString(6, record.subjectId());
            s.setString(7, record.purpose());
            s.setString(8, record.outcome());
            s.setString(9, Columns.write(Columns.stringMap(record.details())));
            s.setString(10, record.previousHash());
            s.setString(11, record.hash());
            s.executeUpdate();
        } catch (SQLException e) {
            if (Columns.isUniqueViolation(e)) {
                throw new IllegalStateException("audit record " + record.id() + " was already appended");
            }
            throw new JdbcAccessException("appending an audit record", e);
        }
    }

    @Override
    public Stream<AuditRecord> records() {
        return Cursor.open(dataSource, "reading the audit trail",
                new Cursor.Query("SELECT seq, " + COLUMNS + " FROM audit_record WHERE 1 = 1", List.of(),
                        List.of("seq")), fetchSize, JdbcAuditSink::read);
    }

    @Override
    public Optional<AuditRecord> findLast() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT " + COLUMNS + " FROM audit_record ORDER BY seq DESC LIMIT 1");
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(read(rs)) : Optional.empty();
        } catch (SQLException e) {
            throw new JdbcAccessException("reading the last audit record", e);
        }
    }

    private static AuditRecord read(ResultSet rs) throws SQLException {
        return new AuditRecord(rs.getString("id"), Columns.instant(rs.getBigDecimal("occurred_at")),
                rs.getString("actor"), rs.getString("action"), rs.getString("subject_type"),
                rs.getString("subject_id"), rs.getString("purpose"), rs.getString("outcome"),
                Columns.stringMap(Columns.read(rs.getString("details"))), rs.getString("previous_hash"),
                rs.getString("record_hash"));
    }
}
