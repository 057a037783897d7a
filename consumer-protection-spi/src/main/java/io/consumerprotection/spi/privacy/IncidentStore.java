package io.consumerprotection.spi.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The host's register of personal-data incidents (PBoC Order 2020 No. 5 art. 34).
 *
 * @implSpec Implementations are thread-safe. {@link #save} is an optimistic write: with
 * {@code expectedVersion} 0 it adds a new incident and throws {@link io.consumerprotection.spi.StaleWriteException}
 * when the id is taken; otherwise it replaces the stored incident only when the store holds exactly
 * {@code expectedVersion}, and throws {@code StaleWriteException} (nothing written) when it holds another or
 * none. The record saved must carry {@code expectedVersion + 1} ({@link IllegalArgumentException} otherwise).
 * Every field, the event list and its order are kept as given. {@link #findDiscoveredBetween} returns the
 * incidents discovered in {@code [from, to)} ordered by discovery instant, then id. An incident is never
 * deleted. No method accepts {@code null} ({@link NullPointerException}). The contract tests in
 * {@code io.consumerprotection.spi.contract.IncidentStoreContractTest} check it.
 */
public interface IncidentStore {

    /** Adds ({@code expectedVersion} 0) or replaces an incident, checking the version. */
    void save(IncidentRecord incident, long expectedVersion);

    /** The incident with this id, if any. */
    Optional<IncidentRecord> find(String id);

    /** The incidents discovered in {@code [from, to)}, by discovery instant, then id. */
    List<IncidentRecord> findDiscoveredBetween(Instant from, Instant to);
}
