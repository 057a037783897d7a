package io.consumerprotection.core.privacy;

import io.consumerprotection.spi.audit.ChainCheckpoint;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of verifying an audit trail: its chain, against its last checkpoint when the host keeps them,
 * and against the stored complaints when they are given.
 *
 * @param recordsChecked  how many records were read
 * @param problems        the problems found, in the order found (chain, then checkpoint, then complaints); at
 *                        most {@link #MAX_LISTED}; empty when the trail holds
 * @param problemCount    how many problems were found, listed or not
 * @param unkeyedRecords  how many records carry a plain SHA-256 hash (written before keys were configured,
 *                        or by a trail without keys)
 * @param checkpoint      the checkpoint verified against, if the host keeps them
 */
public record ChainVerification(long recordsChecked, List<BrokenLink> problems, long problemCount,
                                long unkeyedRecords, Optional<ChainCheckpoint> checkpoint) {

    /** How many problems are listed at most; the count goes on. */
    public static final int MAX_LISTED = 1_000;

    public ChainVerification {
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        checkpoint = checkpoint == null ? Optional.empty() : checkpoint;
        if (problemCount < problems.size()) {
            throw new IllegalArgumentException("problemCount " + problemCount + " is below the " + problems.size()
                    + " problems listed");
        }
    }

    /** A trail of {@code recordsChecked} records with no problem. */
    public static ChainVerification intact(long recordsChecked) {
        return new ChainVerification(recordsChecked, List.of(), 0, 0, Optional.empty());
    }

    /** Whether the chain, the checkpoint and the complaints all hold. */
    public boolean isIntact() {
        return problemCount == 0;
    }

    /** The first problem found, if any. */
    public Optional<BrokenLink> firstBrokenLink() {
        return problems.isEmpty() ? Optional.empty() : Optional.of(problems.get(0));
    }

    /** How many of the listed problems are of each kind. */
    public Map<BrokenLink.Problem, Long> countsByProblem() {
        Map<BrokenLink.Problem, Long> counts = new EnumMap<>(BrokenLink.Problem.class);
        problems.forEach(p -> counts.merge(p.problem(), 1L, Long::sum));
        return counts;
    }
}
