package io.consumerprotection.spi.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The host's register of the consents its customers gave and withdrew.
 *
 * @implSpec Implementations are thread-safe. A consent is never deleted: {@link #withdraw} records the
 * withdrawal time and keeps the record. {@link #record} throws {@link IllegalStateException} for a repeated
 * id and stores nothing; {@link #withdraw} returns {@code false} for an unknown id, and a second withdrawal
 * keeps the first time. {@link #findByCustomer} returns every consent of the customer, withdrawn ones
 * included, in the order they were recorded; an unknown customer gives an empty list. No method accepts
 * {@code null} ({@link NullPointerException}). The contract tests in
 * {@code io.consumerprotection.spi.contract.ConsentRegistryContractTest} check it.
 */
public interface ConsentRegistry {

    /** Records a consent. */
    void record(ConsentRecord consent);

    /**
     * Records the withdrawal of a consent.
     *
     * @return whether a consent with that id exists
     */
    boolean withdraw(String consentId, Instant at);

    /** The consent with this id, if any. */
    Optional<ConsentRecord> find(String consentId);

    /** Every consent of the customer, withdrawn ones included, in recording order. */
    List<ConsentRecord> findByCustomer(String customerId);
}
