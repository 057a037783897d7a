package io.consumerprotection.spi.audit;

/**
 * Links an audit record onto the end of a hash chain: given the record and the hash of the record before it,
 * returns the record with its {@code previousHash} and {@code hash} filled in. Core supplies it (the hash
 * function and the host's key stay in core); a sink calls it while it holds the chain's head, so that the
 * link and the append are one step for every writer.
 *
 * @implSpec Pure: no I/O, no lock, the same result for the same arguments. It may throw for a record it
 * cannot link (for example {@link IllegalArgumentException}); the sink then appends nothing.
 */
@FunctionalInterface
public interface ChainLink {

    /**
     * The record linked after a record whose hash is {@code previousHash}.
     *
     * @param record       the record to link; its {@code previousHash} and {@code hash} are ignored
     * @param previousHash the hash of the last record of the chain, empty when the chain is empty
     */
    AuditRecord link(AuditRecord record, String previousHash);
}
