package io.consumerprotection.core.privacy;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;

/**
 * One place where an audit trail, its checkpoint or the complaints it records do not hold.
 *
 * @param index    the zero-based position in the trail of the record concerned; for a missing tail the
 *                 position where the first missing record should be; {@code -1} for a complaint no record of
 *                 the trail records
 * @param recordId the record's id; for a complaint problem the complaint's id; empty for a missing tail
 * @param problem  what is wrong
 */
public record BrokenLink(long index, String recordId, Problem problem) {

    /** What is wrong. */
    public enum Problem {
        /** The record carries no hash. */
        MISSING_HASH,
        /** The record's previousHash is not the hash of the record before it: a record was removed or inserted. */
        PREVIOUS_HASH_MISMATCH,
        /** The record's hash does not match its content: it was changed after it was written. */
        HASH_MISMATCH,
        /** The record is sealed with a key the host's key provider does not have. */
        UNKNOWN_KEY,
        /** An unkeyed (plain SHA-256) record follows a keyed one: the tail was rewritten without the key. */
        UNKEYED_AFTER_KEYED,
        /** The trail holds fewer records than its last checkpoint counted: its tail was deleted or truncated. */
        TAIL_MISSING,
        /** The record at the checkpoint's head is not the one the checkpoint names: the trail was rewritten. */
        CHECKPOINT_MISMATCH,
        /** The checkpoint's signature does not hold, or its key is unknown: the checkpoint is not the host's. */
        CHECKPOINT_SIGNATURE_INVALID,
        /** A stored complaint's content is not the content its latest audit record recorded. */
        COMPLAINT_CHANGED,
        /** A stored complaint is at a version no audit record records. */
        COMPLAINT_VERSION_UNRECORDED,
        /** A stored complaint is at an older version than its latest audit record: it was rolled back. */
        COMPLAINT_BEHIND_TRAIL,
        /** The trail records changes of a complaint the store no longer holds. */
        COMPLAINT_MISSING;

        /** Whether the problem concerns the stored complaints rather than the chain itself. */
        public boolean concernsComplaints() {
            return ordinal() >= COMPLAINT_CHANGED.ordinal();
        }
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
