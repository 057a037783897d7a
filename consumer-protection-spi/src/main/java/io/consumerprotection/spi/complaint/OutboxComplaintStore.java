package io.consumerprotection.spi.complaint;

import io.consumerprotection.spi.notification.Notification;
import java.util.List;

/**
 * A {@link ComplaintStore} that can also queue notifications in the same transaction as the complaint
 * change (a transactional outbox). When the host's store implements it, core saves every complaint change
 * together with the notifications it requires, and never calls the {@code NotificationSender} for them:
 * the host's dispatcher delivers the queue.
 *
 * @implSpec The save and the queueing are one atomic unit: a {@link VersionConflictException} or
 * {@link DuplicateChannelReferenceException} queues nothing. A notification whose id is already queued is
 * not queued again.
 */
public interface OutboxComplaintStore extends ComplaintStore {

    /**
     * Saves the complaint as {@link #save} does and, in the same transaction, queues the notifications.
     *
     * @return the stored record, whose version is {@code expectedVersion + 1}
     */
    ComplaintRecord saveWithNotifications(ComplaintRecord record, long expectedVersion, List<Notification> notifications);
}
