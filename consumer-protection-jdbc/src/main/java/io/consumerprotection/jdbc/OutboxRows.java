package io.consumerprotection.jdbc;

import io.consumerprotection.spi.notification.Notification;
import io.consumerprotection.spi.notification.NotificationKind;
import io.consumerprotection.spi.notification.RecipientRole;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** The SQL of the {@code notification_outbox} table, shared by the store, the sender and the dispatcher. */
final class OutboxRows {

    static final String PENDING = "PENDING";
    static final String DELIVERED = "DELIVERED";
    static final String FAILED = "FAILED";

    /** Inserts unless a row with the same id exists: enqueueing is idempotent on the notification id. */
    private static final String INSERT_IF_ABSENT = "INSERT INTO {notification_outbox} (id, kind, recipient, complaint_id,"
            + " channel, due_dates, created_at, body, status, attempts, next_attempt_at)"
            + " SELECT ?, ?, ?, ?, ?, ?, ?, ?, '" + PENDING + "', 0, ?"
            + " WHERE NOT EXISTS (SELECT 1 FROM {notification_outbox} WHERE id = ?)";

    static final String COLUMNS = "id, kind, recipient, complaint_id, channel, due_dates, created_at, body";

    private OutboxRows() {
    }

    /**
     * Queues one notification on this connection, in its current transaction.
     *
     * @return {@code true} if it was queued now, {@code false} if it was already queued
     */
    static boolean insert(Connection connection, TableNames tables, Notification n) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(tables.sql(INSERT_IF_ABSENT))) {
            s.setString(1, n.id());
            s.setString(2, n.kind().name());
            s.setString(3, n.recipient().name());
            s.setString(4, n.complaintId());
            s.setString(5, n.channel());
            s.setString(6, Columns.write(Columns.dateMap(n.dueDates())));
            s.setBigDecimal(7, Columns.epoch(n.createdAt()));
            s.setString(8, n.text());
            s.setBigDecimal(9, Columns.epoch(Instant.EPOCH));
            s.setString(10, n.id());
            return s.executeUpdate() == 1;
        }
    }

    /** The notification of a row selected with {@link #COLUMNS}. */
    static Notification notification(ResultSet row) throws SQLException {
        return new Notification(row.getString("id"), NotificationKind.valueOf(row.getString("kind")),
                RecipientRole.valueOf(row.getString("recipient")), row.getString("complaint_id"),
                row.getString("channel"), Columns.dateMap(Columns.read(row.getString("due_dates"))),
                Columns.instant(row.getBigDecimal("created_at")), row.getString("body"));
    }
}
