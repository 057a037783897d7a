package io.consumerprotection.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Read-only figures of the SDK's tables for a host's health checks and meters: the outbox backlog, complaints by
 * status, queued notifications by kind, and the links of the latest audit records. Each call is one or two short
 * queries on a connection of its own (never the caller's transaction). Thread-safe.
 */
public final class JdbcObservations {

    private final Transactions transactions;
    private final TableNames tables;

    /** Figures of the tables of this data source. */
    public JdbcObservations(DataSource dataSource, TableNames tables) {
        this.transactions = new Transactions(dataSource, TransactionContext.none());
        this.tables = Objects.requireNonNull(tables, "tables");
    }

    /**
     * The outbox's state.
     *
     * @param pending       rows not delivered yet and not failed
     * @param failed        rows whose last attempt failed
     * @param oldestPending when the oldest pending row was created, if any
     */
    public record Backlog(long pending, long failed, Optional<Instant> oldestPending) {
        /** Validates. */
        public Backlog {
            Objects.requireNonNull(oldestPending, "oldestPending");
        }
    }

    /** The outbox backlog. */
    public Backlog outboxBacklog() {
        return transactions.read("reading the outbox backlog", c -> {
            try (PreparedStatement s = c.prepareStatement(tables.sql("SELECT status, COUNT(*), MIN(created_at)"
                    + " FROM {notification_outbox} WHERE status <> 'DELIVERED' GROUP BY status"));
                 ResultSet rs = s.executeQuery()) {
                long pending = 0;
                long failed = 0;
                Instant oldest = null;
                while (rs.next()) {
                    if ("PENDING".equals(rs.getString(1))) {
                        pending = rs.getLong(2);
                        oldest = Columns.instant(rs.getBigDecimal(3));
                    } else {
                        failed = rs.getLong(2);
                    }
                }
                return new Backlog(pending, failed, Optional.ofNullable(oldest));
            }
        });
    }

    /** How many complaints are stored in each status, by status name. */
    public Map<String, Long> complaintsByStatus() {
        return counts("counting complaints by status",
                "SELECT status, COUNT(*) FROM {complaint} GROUP BY status");
    }

    /** How many notifications were ever queued of each kind ({@code DEADLINE_WARNING}, {@code BREACH_ALERT}, …). */
    public Map<String, Long> notificationsByKind() {
        return counts("counting notifications by kind",
                "SELECT kind, COUNT(*) FROM {notification_outbox} GROUP BY kind");
    }

    private Map<String, Long> counts(String operation, String sql) {
        return transactions.read(operation, c -> {
            try (PreparedStatement s = c.prepareStatement(tables.sql(sql)); ResultSet rs = s.executeQuery()) {
                Map<String, Long> out = new TreeMap<>();
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
                return Collections.unmodifiableMap(out);
            }
        });
    }

    /**
     * The latest audit records' links, checked without a key.
     *
     * @param recordsChecked how many of the latest records were read
     * @param brokenLinks    how many of them do not link onto the record before (previous hash ≠ that record's hash)
     * @param headMatches    whether the chain's head row names the last record's hash and the number of records
     */
    public record ChainCheck(long recordsChecked, long brokenLinks, boolean headMatches) {
        /** Whether nothing was found wrong. */
        public boolean intact() {
            return brokenLinks == 0 && headMatches;
        }
    }

    /**
     * Checks that each of the latest {@code latest} audit records links onto the one before it, and that the chain's
     * head row agrees with the last record. A full verification with the keys is {@code AuditTrail}'s.
     */
    public ChainCheck latestAuditLinks(int latest) {
        if (latest < 1) {
            throw new IllegalArgumentException("latest must be at least 1, was " + latest);
        }
        return transactions.read("checking the latest audit records", c -> {
            List<String[]> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(tables.sql(
                    "SELECT previous_hash, record_hash FROM {audit_record} ORDER BY seq DESC LIMIT ?"))) {
                s.setInt(1, latest + 1);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
            }
            long broken = 0;
            for (int i = 0; i + 1 < rows.size(); i++) {
                if (!rows.get(i)[0].equals(rows.get(i + 1)[1])) {
                    broken++;
                }
            }
            long total;
            try (PreparedStatement s = c.prepareStatement(tables.sql("SELECT COUNT(*) FROM {audit_record}"));
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
            boolean headMatches;
            try (PreparedStatement s = c.prepareStatement(tables.sql(
                    "SELECT record_count, head_hash FROM {audit_chain_head} WHERE chain = 'main'"));
                 ResultSet rs = s.executeQuery()) {
                headMatches = rs.next() && rs.getLong(1) == total
                        && rs.getString(2).equals(rows.isEmpty() ? "" : rows.get(0)[1]);
            }
            return new ChainCheck(Math.min(rows.size(), latest), broken, headMatches);
        });
    }
}
