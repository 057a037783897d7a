package io.consumerprotection.jdbc;

import io.consumerprotection.spi.notification.Notification;
import io.consumerprotection.spi.notification.NotificationDeliveryException;
import io.consumerprotection.spi.notification.NotificationSender;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * A {@link NotificationSender} that durably queues notifications in the {@code notification_outbox} table;
 * an {@link OutboxDispatcher} delivers them later. {@link #send} returns once the row is committed, and
 * queues a notification id at most once.
 *
 * <p>To queue notifications in the same transaction as a complaint change, use
 * {@link JdbcComplaintStore#saveWithNotifications}, or give this sender a {@link TransactionContext} that finds
 * the caller's transaction; without one it commits on its own. Thread-safe.
 */
public final class OutboxNotificationSender implements NotificationSender {

    private final TableNames tables;
    private final Transactions transactions;

    /** A sender on this data source whose schema is migrated, default table names, committing every send itself. */
    public OutboxNotificationSender(DataSource dataSource) {
        this(dataSource, TableNames.defaults(), TransactionContext.none());
    }

    /**
     * A sender on this data source whose schema is migrated ({@link JdbcSchema}) with these table names, queueing in
     * the caller's transaction when the context has one (the row then commits or rolls back with it).
     */
    public OutboxNotificationSender(DataSource dataSource, TableNames tables, TransactionContext transactionContext) {
        this.tables = Objects.requireNonNull(tables, "tables");
        this.transactions = new Transactions(dataSource, transactionContext);
    }

    @Override
    public void send(Notification notification) {
        Objects.requireNonNull(notification, "notification");
        try (Transactions.Unit unit = transactions.begin()) {
            try {
                OutboxRows.insert(unit.connection(), tables, notification);
                unit.commit();
            } catch (SQLException | RuntimeException e) {
                unit.rollback();
                throw e;
            }
        } catch (SQLException e) {
            if (Columns.isUniqueViolation(e)) {
                return; // a concurrent send of the same id queued it first
            }
            throw new NotificationDeliveryException(notification.id(), "the outbox insert failed (SQLState "
                    + e.getSQLState() + ")", new JdbcAccessException("queueing a notification", e));
        }
    }
}
