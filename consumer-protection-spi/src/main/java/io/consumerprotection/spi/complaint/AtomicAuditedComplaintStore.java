package io.consumerprotection.spi.complaint;

import io.consumerprotection.spi.audit.ChainLink;
import java.util.List;

/**
 * An {@link AuditedComplaintStore} that can also save several complaint changes, with their notifications and
 * audit records, in one transaction. When the host's store implements it, core makes a change that touches two
 * complaints (merging a repeat complaint into an earlier one) with one {@link #saveAllAudited} call: both versions,
 * their notifications and both audit records are stored together or not at all.
 *
 * @implSpec {@link #saveAllAudited} is one atomic unit that checks every save as {@link ComplaintStore#save} does;
 * when one fails it throws that save's {@link VersionConflictException} or
 * {@link DuplicateChannelReferenceException} and stores nothing (no version, no notification, no audit record).
 * The audit records are linked onto the chain's head in the order of {@code saves}, under the head's lock as
 * {@link AuditedComplaintStore#saveAudited} takes it. Two saves of one id in one call are refused with
 * {@link IllegalArgumentException}. {@link #saveAll} is the same unit without notifications and audit records.
 * Thread-safe. The contract tests in
 * {@code io.consumerprotection.spi.contract.AtomicAuditedComplaintStoreContractTest} and
 * {@code AtomicComplaintStoreContractTest} check it.
 */
public interface AtomicAuditedComplaintStore extends AuditedComplaintStore, AtomicComplaintStore {

    /**
     * Saves every complaint change with its notifications and its linked audit record, or none.
     *
     * @param saves the changes, each id at most once
     * @param link  links each audit record onto the chain's head
     * @return the stored records in the order of {@code saves}, each with version {@code expectedVersion + 1}
     * @throws VersionConflictException           when the store holds another version of one of them
     * @throws DuplicateChannelReferenceException when a new complaint repeats a stored channel reference
     */
    List<ComplaintRecord> saveAllAudited(List<AuditedSave> saves, ChainLink link);
}
