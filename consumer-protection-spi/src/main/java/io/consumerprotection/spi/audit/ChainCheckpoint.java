package io.consumerprotection.spi.audit;

import io.consumerprotection.spi.internal.Redaction;
import java.time.Instant;
import java.util.Objects;

/**
 * A signed statement of an audit chain's head at one moment: how many records the chain held and the hash
 * of the last of them. A host keeps checkpoints away from the database that holds the trail (a file, a WORM
 * bucket, a second database: {@link ChainAnchor}), so that deleting the tail of the trail, truncating it or
 * rewriting it is found against the last checkpoint.
 *
 * @param recordCount how many records the chain held, at least 1
 * @param headHash    the hash of record {@code recordCount - 1} (zero-based)
 * @param at          when the checkpoint was made
 * @param keyId       the id of the key that signed it (see {@code AuditKeyProvider}); empty when unsigned
 * @param signature   the signature over count, head hash, instant and key id (hex); empty when unsigned
 */
public record ChainCheckpoint(long recordCount, String headHash, Instant at, String keyId, String signature) {

    public ChainCheckpoint {
        if (recordCount < 1) {
            throw new IllegalArgumentException("recordCount must be at least 1, was " + recordCount);
        }
        Objects.requireNonNull(headHash, "headHash");
        Objects.requireNonNull(at, "at");
        keyId = keyId == null ? "" : keyId;
        signature = signature == null ? "" : signature;
    }

    @Override
    public String toString() {
        return "ChainCheckpoint[recordCount=" + recordCount + ", headHash=" + Redaction.code(headHash) + ", at=" + at
                + ", keyId=" + Redaction.code(keyId) + ", signature=" + Redaction.code(signature) + "]";
    }
}
