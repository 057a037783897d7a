package io.consumerprotection.jdbc;

import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.spi.audit.ChainLink;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The statements of the audit trail inside a caller's transaction: the chain's head taken with a row lock,
 * the record inserted, the head moved. {@link JdbcAuditSink} runs them in a transaction of its own,
 * {@link JdbcComplaintStore#saveAudited} in the transaction of the complaint change.
 */
final class AuditRows {

    static final String COLUMNS = "id, occurred_at, actor, action, subject_type, subject_id, purpose,"
            + " outcome, details, previous_hash, record_hash";

    private static final String CHAIN = "main";

    /** The chain's head as locked: how many records it holds and the hash of the last. */
    private record Head(long count, String hash) {
    }

    private AuditRows() {
    }

    /**
     * Links the record onto the chain's head and appends it. The head row stays locked until the caller's
     * transaction ends, so no other writer links onto the same head.
     *
     * @return the record as appended
     */
    static AuditRecord appendLinked(Connection c, TableNames tables, AuditRecord record, ChainLink link)
            throws SQLException {
        Head head = lockHead(c, tables);
        AuditRecord linked = link.link(record, head.hash());
        insert(c, tables, linked);
        moveHead(c, tables, head.count() + 1, linked.hash());
        return linked;
    }

    /** Appends a record as the caller linked it, and moves the head onto it. */
    static void appendAsGiven(Connection c, TableNames tables, AuditRecord record) throws SQLException {
        Head head = lockHead(c, tables);
        insert(c, tables, record);
        moveHead(c, tables, head.count() + 1, record.hash());
    }

    /** A short pause before another attempt at the head, growing with the attempts and spread at random. */
    static void pause(int attempt) {
        java.util.concurrent.locks.LockSupport.parkNanos(
                java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 1 + Math.min(attempt, 20) * 50_000L));
    }

    private static Head lockHead(Connection c, TableNames tables) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                tables.sql("SELECT record_count, head_hash FROM {audit_chain_head} WHERE chain = ? FOR UPDATE"))) {
            s.setString(1, CHAIN);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("the audit chain's head row is missing: the schema is not migrated", "55000");
                }
                return new Head(rs.getLong(1), rs.getString(2));
            }
        }
    }

    private static void moveHead(Connection c, TableNames tables, long count, String hash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                tables.sql("UPDATE {audit_chain_head} SET record_count = ?, head_hash = ? WHERE chain = ?"))) {
            s.setLong(1, count);
            s.setString(2, hash);
            s.setString(3, CHAIN);
            s.executeUpdate();
        }
    }

    private static void insert(Connection c, TableNames tables, AuditRecord record) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(tables.sql("INSERT INTO {audit_record} (" + COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
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
        }
    }

    static AuditRecord read(ResultSet rs) throws SQLException {
        return new AuditRecord(rs.getString("id"), Columns.instant(rs.getBigDecimal("occurred_at")),
                rs.getString("actor"), rs.getString("action"), rs.getString("subject_type"),
                rs.getString("subject_id"), rs.getString("purpose"), rs.getString("outcome"),
                Columns.stringMap(Columns.read(rs.getString("details"))), rs.getString("previous_hash"),
                rs.getString("record_hash"));
    }
}
