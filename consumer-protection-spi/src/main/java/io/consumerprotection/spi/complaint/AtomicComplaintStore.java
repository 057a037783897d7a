package io.consumerprotection.spi.complaint;

import java.util.List;

/**
 * A {@link ComplaintStore} that can also save several complaints in one atomic unit. When the host's store
 * implements it (and is not an {@link OutboxComplaintStore}: an outbox store that is audited implements
 * {@link AtomicAuditedComplaintStore} for that), core makes a change that touches two complaints,
 * such as merging a repeat complaint into an earlier one, with one {@link #saveAll} call, so that a failure of
 * either half leaves both as they were.
 *
 * @implSpec {@link #saveAll} checks every save as {@link ComplaintStore#save} does (the expected version, a new
 * complaint's channel reference) before it writes any: when one fails it throws that save's
 * {@link VersionConflictException} or {@link DuplicateChannelReferenceException} and changes nothing; when all
 * pass it writes all of them, and readers see either none or all. Two saves of one id in one call are refused
 * with {@link IllegalArgumentException}. Thread-safe. The contract tests in
 * {@code io.consumerprotection.spi.contract.AtomicComplaintStoreContractTest} check it.
 */
public interface AtomicComplaintStore extends ComplaintStore {

    /**
     * Saves every complaint, or none.
     *
     * @param saves the complaints and the versions their caller read, each id at most once
     * @return the stored records in the order of {@code saves}, each with version {@code expectedVersion + 1}
     * @throws VersionConflictException           when the store holds another version of one of them
     * @throws DuplicateChannelReferenceException when a new complaint repeats a stored channel reference
     */
    List<ComplaintRecord> saveAll(List<ComplaintSave> saves);
}
