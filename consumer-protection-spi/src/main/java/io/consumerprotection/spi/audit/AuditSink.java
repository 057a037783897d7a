package io.consumerprotection.spi.audit;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * The host's append-only audit trail.
 *
 * @implSpec Implementations are thread-safe. There is no update or delete: {@link #append} adds a record
 * at the end, or throws (for example {@link IllegalStateException} for a repeated id) and adds nothing.
 * {@link #records()} returns every record in append order, lazily; the caller closes the stream.
 * The contract tests in {@code io.consumerprotection.spi.contract.AuditSinkContractTest} check it.
 */
public interface AuditSink {

    /** Appends one record. */
    void append(AuditRecord record);

    /** Every record, in append order. The caller closes the stream. */
    Stream<AuditRecord> records();

    /** The last record appended, if any (the head of a hash chain). */
    Optional<AuditRecord> findLast();
}
