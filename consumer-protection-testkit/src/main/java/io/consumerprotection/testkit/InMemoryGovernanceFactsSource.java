package io.consumerprotection.testkit;

import io.consumerprotection.spi.audit.ComplaintFileDeletionRecord;
import io.consumerprotection.spi.audit.GovernanceFactsSource;
import io.consumerprotection.spi.audit.GovernanceProfileRecord;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** A {@link GovernanceFactsSource} in memory, filled with {@link #add}. Thread-safe; elements in insertion order. */
public final class InMemoryGovernanceFactsSource implements GovernanceFactsSource {

    private final List<GovernanceProfileRecord> profiles = new CopyOnWriteArrayList<>();
    private final List<ComplaintFileDeletionRecord> deletions = new CopyOnWriteArrayList<>();

    /** Adds a governance profile. */
    public InMemoryGovernanceFactsSource add(GovernanceProfileRecord profile) {
        profiles.add(Objects.requireNonNull(profile, "profile"));
        return this;
    }

    /** Adds a complaint-file deletion. */
    public InMemoryGovernanceFactsSource add(ComplaintFileDeletionRecord deletion) {
        deletions.add(Objects.requireNonNull(deletion, "deletion"));
        return this;
    }

    @Override
    public Stream<GovernanceProfileRecord> profiles() {
        return List.copyOf(profiles).stream();
    }

    @Override
    public Stream<ComplaintFileDeletionRecord> complaintFileDeletions() {
        return List.copyOf(deletions).stream();
    }
}
