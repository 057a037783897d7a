package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.spi.notification.Notification;
import io.consumerprotection.spi.notification.NotificationDeliveryException;
import io.consumerprotection.spi.notification.NotificationSender;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * A {@link NotificationSender} that durably queues notifications in the {@code notification_outbox} table;
 * an {@link OutboxDispatcher} delivers them later. {@link #send} returns once the row is committed, and
 * queues a notification id at most once.
 *
 * <p>To queue notifications in the same transaction as a complaint change, use
 * {@link JdbcComplaintStore#saveWithNotifications} instead: this sender commits on its own. Thread-safe.
 */
public final class OutboxNotificationSender implements NotificationSender {

    private final DataSource dataSource;

    /** A sender on this data source whose schema is migrated. */
    public OutboxNotificationSender(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public void send(Notification notification) {
        Objects.requireNonNull(notification, "notification");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            OutboxRows.insert(c, notification);
        } catch (SQLException e) {
            if (Columns.isUniqueViolation(e)) {
                return; // a concurrent send of the same id queued it first
            }
            throw new NotificationDeliveryException(notification.id(), "the outbox insert failed (SQLState "
                    + e.getSQLState() + ")", new JdbcAccessException("queueing a notification", e));
        }
    }
}
