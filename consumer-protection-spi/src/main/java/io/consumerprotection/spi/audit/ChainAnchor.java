package io.consumerprotection.spi.audit;

import java.util.Optional;

/**
 * Where a host keeps the checkpoints of its audit chain, away from the database that holds the trail: a file
 * on another volume, a WORM bucket, a second database. Deleting the tail of the trail, truncating it or
 * rewriting it is then found against the last checkpoint, even by someone who can write the trail's tables.
 *
 * @implSpec Implementations are thread-safe. {@link #publish} keeps the checkpoint durably before it returns,
 * or throws and keeps nothing; checkpoints are never changed or removed through this interface.
 * {@link #findLatest} returns the checkpoint published last (the one with the highest record count when
 * several writers publish). The contract tests in
 * {@code io.consumerprotection.spi.contract.ChainAnchorContractTest} check it.
 */
public interface ChainAnchor {

    /** Keeps a checkpoint. */
    void publish(ChainCheckpoint checkpoint);

    /** The latest checkpoint, if any was published. */
    Optional<ChainCheckpoint> findLatest();
}
