package io.consumerprotection.spi.complaint;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * The host's persistence of complaints.
 *
 * @implSpec Implementations are thread-safe. Arguments are never {@code null} (implementations may throw
 * {@link NullPointerException}). A save is atomic: it writes the whole record or nothing.
 * <ul>
 *   <li>{@link #save} stores the record as version {@code expectedVersion + 1} if and only if the store
 *       holds version {@code expectedVersion} of it ({@code 0}: the store holds no complaint with this id);
 *       otherwise it throws {@link VersionConflictException} and changes nothing. Of two concurrent saves
 *       with the same expected version exactly one succeeds.</li>
 *   <li>A new complaint ({@code expectedVersion == 0}) whose channel and channel reference are already
 *       stored throws {@link DuplicateChannelReferenceException} and changes nothing.</li>
 *   <li>Finds return an equal copy of what was saved, or empty.</li>
 *   <li>{@link #stream} returns matching complaints ordered by {@code receivedAt}, then {@code id}, without
 *       loading them all into memory; the caller closes the stream, which releases any cursor.</li>
 * </ul>
 * The contract tests in {@code io.consumerprotection.spi.contract.ComplaintStoreContractTest} check all of it.
 */
public interface ComplaintStore {

    /**
     * Saves a complaint with an optimistic version check.
     *
     * @param record          the complaint; its {@code version} field is ignored
     * @param expectedVersion the version the caller read, {@code 0} for a new complaint
     * @return the stored record, whose version is {@code expectedVersion + 1}
     * @throws VersionConflictException           when the store holds another version
     * @throws DuplicateChannelReferenceException when a new complaint repeats a stored channel reference
     */
    ComplaintRecord save(ComplaintRecord record, long expectedVersion);

    /** The complaint with this id, if stored. */
    Optional<ComplaintRecord> findById(String id);

    /** The complaint received on this channel with this channel reference, if stored (idempotent intake). */
    Optional<ComplaintRecord> findByChannelReference(String channel, String channelReference);

    /**
     * The complaints that match the query, ordered by {@code receivedAt} then {@code id}, read lazily.
     * The caller must close the stream.
     */
    Stream<ComplaintRecord> stream(ComplaintQuery query);
}
