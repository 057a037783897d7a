package io.consumerprotection.spi.complaint;

import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.spi.audit.AuditSink;
import io.consumerprotection.spi.audit.ChainLink;
import io.consumerprotection.spi.notification.Notification;
import java.util.List;

/**
 * An {@link OutboxComplaintStore} that also appends the change's audit record in the same transaction: the
 * complaint version, its notifications and its audit record are stored together or not at all, so that a
 * crash at any point leaves no version without its record and no record without its version. When the host's
 * store implements it, core saves every complaint change through {@link #saveAudited} and does not append
 * the change's record to the {@link AuditSink} separately.
 *
 * @implSpec {@link #saveAudited} is one atomic unit. Within it the store takes the chain's head exclusively
 * (a row lock on the head, held until commit), calls the {@link ChainLink} with the hash of the last record,
 * and appends the linked record where {@link #auditSink()} reads it, so that appends from every writer — this
 * store, the sink, other processes on the same database — form one chain in the order of their commits. A
 * {@link VersionConflictException} or {@link DuplicateChannelReferenceException} stores nothing. The contract
 * tests in {@code io.consumerprotection.spi.contract.AuditedComplaintStoreContractTest} check it.
 */
public interface AuditedComplaintStore extends OutboxComplaintStore {

    /**
     * Saves the complaint as {@link #saveWithNotifications} does and, in the same transaction, appends the
     * audit record linked onto the chain's head.
     *
     * @param record          the complaint; its {@code version} field is ignored
     * @param expectedVersion the version the caller read, {@code 0} for a new complaint
     * @param notifications   the notifications this change causes; may be empty
     * @param audit           the change's audit record; its {@code previousHash} and {@code hash} are set by
     *                        {@code link}
     * @param link            links the record onto the chain's head
     * @return the stored record, whose version is {@code expectedVersion + 1}
     */
    ComplaintRecord saveAudited(ComplaintRecord record, long expectedVersion, List<Notification> notifications,
                                AuditRecord audit, ChainLink link);

    /** The sink that reads the trail {@link #saveAudited} appends to. */
    AuditSink auditSink();
}
