package io.consumerprotection.testkit;

import io.consumerprotection.spi.audit.ChainAnchor;
import io.consumerprotection.spi.audit.ChainCheckpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checkpoints kept in memory. Thread-safe. For tests and the demo only: an anchor is worth something only
 * when it is kept away from the trail's database, and this one disappears with the JVM.
 */
public final class InMemoryChainAnchor implements ChainAnchor {

    private final List<ChainCheckpoint> checkpoints = new ArrayList<>();

    @Override
    public synchronized void publish(ChainCheckpoint checkpoint) {
        checkpoints.add(Objects.requireNonNull(checkpoint, "checkpoint"));
    }

    @Override
    public synchronized Optional<ChainCheckpoint> findLatest() {
        return checkpoints.stream().reduce((a, b) -> b.recordCount() >= a.recordCount() ? b : a);
    }

    /** Every checkpoint published, in order. */
    public synchronized List<ChainCheckpoint> all() {
        return List.copyOf(checkpoints);
    }
}
