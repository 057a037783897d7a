package io.consumerprotection.spi.rectification;

import java.util.List;
import java.util.Optional;

/**
 * The host's store of rectification (整改) items and the accountability (问责) records tied to them.
 *
 * @implSpec Implementations are thread-safe. {@link #save} is an optimistic write: an item with version 0
 * is inserted and comes back with version 1; an item with version {@code n > 0} replaces the stored
 * version {@code n} and comes back with {@code n + 1}. Any other case (a new item whose id exists, a stale
 * or unknown version) throws {@link RectificationConflictException} and writes nothing. Every field
 * round-trips exactly (instants to the microsecond at least; evidence in order). Lists come in the order
 * items were opened ({@code openedAt}, then id), accountability records in recording order.
 * {@link #recordAccountability} throws {@link IllegalStateException} for a repeated id or an unknown item
 * and stores nothing. No method accepts {@code null} ({@link NullPointerException}); unknown ids give
 * empty results. The contract tests in
 * {@code io.consumerprotection.spi.contract.RectificationStoreContractTest} check it.
 */
public interface RectificationStore {

    /**
     * Inserts or updates an item.
     *
     * @return the item as stored, with its new version
     * @throws RectificationConflictException when the version does not match; nothing is written
     */
    RectificationRecord save(RectificationRecord item);

    /** The item with this id, if any. */
    Optional<RectificationRecord> find(String itemId);

    /** Every item of this unit and rule key, in opening order (the history a 回头看 reads). */
    List<RectificationRecord> findByUnitAndRule(String unitId, String ruleKey);

    /** Every item, in opening order. */
    List<RectificationRecord> findAll();

    /**
     * Records an accountability decision.
     *
     * @throws IllegalStateException for a repeated id or an item the store does not hold
     */
    void recordAccountability(AccountabilityRecord record);

    /** The accountability records of an item, in recording order. */
    List<AccountabilityRecord> accountability(String itemId);
}
