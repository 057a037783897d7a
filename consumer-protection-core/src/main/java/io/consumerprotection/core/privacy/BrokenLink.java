package io.consumerprotection.core.privacy;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;

/**
 * The first place an audit hash chain is broken.
 *
 * @param index    the zero-based position of the record in the trail
 * @param recordId the record's id
 * @param problem  what is wrong
 */
public record BrokenLink(long index, String recordId, Problem problem) {

    /** What is wrong with a link. */
    public enum Problem {
        /** The record carries no hash. */
        MISSING_HASH,
        /** The record's previousHash is not the hash of the record before it. */
        PREVIOUS_HASH_MISMATCH,
        /** The record's hash does not match its content: it was changed after it was written. */
        HASH_MISMATCH
    }

    public BrokenLink {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(problem, "problem");
    }

    @Override
    public String toString() {
        return "BrokenLink[index=" + index + ", recordId=" + Redaction.code(recordId) + ", problem=" + problem + "]";
    }
}
