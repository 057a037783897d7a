package io.consumerprotection.spi.complaint;

import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.spi.notification.Notification;
import java.util.List;
import java.util.Objects;

/**
 * One complaint of an {@link AtomicAuditedComplaintStore#saveAllAudited} call: the record to store, the version the
 * caller read, the notifications the change causes and its audit record, as
 * {@link AuditedComplaintStore#saveAudited} takes them.
 *
 * @param record          the complaint; its {@code version} field is ignored
 * @param expectedVersion the version the caller read, {@code 0} for a new complaint
 * @param notifications   the notifications this change causes; may be empty
 * @param audit           the change's audit record; its {@code previousHash} and {@code hash} are set by the link
 */
public record AuditedSave(ComplaintRecord record, long expectedVersion, List<Notification> notifications,
                          AuditRecord audit) {

    /** Checks the arguments and copies the notifications. */
    public AuditedSave {
        Objects.requireNonNull(record, "record");
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expectedVersion must not be negative: " + expectedVersion);
        }
        notifications = List.copyOf(Objects.requireNonNull(notifications, "notifications"));
        Objects.requireNonNull(audit, "audit");
    }
}
