package io.consumerprotection.spi.partner;

import java.util.List;
import java.util.Optional;

/**
 * The host's register of cooperating institutions (partners).
 *
 * @implSpec Implementations are thread-safe. {@link #save} is an optimistic write: with {@code expectedVersion}
 * 0 it adds a new partner and throws {@link io.consumerprotection.spi.StaleWriteException} when the id is taken;
 * otherwise it replaces the stored partner only when the store holds exactly {@code expectedVersion}, and
 * throws {@code StaleWriteException} (nothing written) when it holds another or none. The record saved must
 * carry {@code expectedVersion + 1} ({@link IllegalArgumentException} otherwise). Every field and the order of
 * the history and evaluations are kept as given. {@link #findAll} returns every partner ordered by id. A partner
 * is never deleted (an exited one keeps its record). No method accepts {@code null}
 * ({@link NullPointerException}). The contract tests in
 * {@code io.consumerprotection.spi.contract.PartnerRegistryContractTest} check it.
 */
public interface PartnerRegistry {

    /** Adds ({@code expectedVersion} 0) or replaces a partner, checking the version. */
    void save(PartnerRecord partner, long expectedVersion);

    /** The partner with this id, if any. */
    Optional<PartnerRecord> find(String id);

    /** Every partner, by id. */
    List<PartnerRecord> findAll();
}
