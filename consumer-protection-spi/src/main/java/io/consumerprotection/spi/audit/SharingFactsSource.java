package io.consumerprotection.spi.audit;

import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * The host's facts on how personal financial information is shared and kept, for the privacy audit rules:
 * the log of provisions to other parties and the inventory of data kept at rest.
 *
 * @implSpec Implementations are thread-safe. Each method returns a new, lazily read stream that the caller
 * closes. {@link #sharings} returns the provisions with {@code from <= sharedOn < to}, ordered by date then
 * id. The contract tests in {@code io.consumerprotection.spi.contract.SharingFactsSourceContractTest} check it.
 */
public interface SharingFactsSource {

    /**
     * The provisions made on {@code [from, to)}, ordered by date then id. The caller closes the stream.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    Stream<DataSharingRecord> sharings(LocalDate from, LocalDate to);

    /** The inventory of personal financial information kept at rest. The caller closes the stream. */
    Stream<StoredDataRecord> storedData();
}
