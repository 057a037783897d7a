package io.consumerprotection.spi.audit;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The host's append-only audit trail.
 *
 * @implSpec Implementations are thread-safe. There is no update or delete: {@link #append} adds a record
 * at the end, or throws (for example {@link IllegalStateException} for a repeated id) and adds nothing.
 * {@link #records()} returns every record in append order, lazily; the caller closes the stream.
 * {@link #appendLinked} reads the head and appends as one step for every writer of the trail: the default
 * serialises the writers of this one instance only; a sink that several processes share (a database) must
 * override it and take the head under a lock the database holds (see {@code JdbcAuditSink}).
 * The contract tests in {@code io.consumerprotection.spi.contract.AuditSinkContractTest} check it.
 */
public interface AuditSink {

    /** Appends one record. */
    void append(AuditRecord record);

    /** Every record, in append order. The caller closes the stream. */
    Stream<AuditRecord> records();

    /** The last record appended, if any (the head of a hash chain). */
    Optional<AuditRecord> findLast();

    /**
     * Links a record onto the head of the chain and appends it, as one step: no other append comes between
     * reading the head and appending.
     *
     * @param record the record; its {@code previousHash} and {@code hash} are set by {@code link}
     * @param link   links the record after the hash of the last record ({@code ""} when the trail is empty)
     * @return the record as appended
     */
    default AuditRecord appendLinked(AuditRecord record, ChainLink link) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(link, "link");
        synchronized (this) {
            AuditRecord linked = link.link(record, findLast().map(AuditRecord::hash).orElse(""));
            append(linked);
            return linked;
        }
    }
}
