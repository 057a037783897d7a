package io.consumerprotection.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.spi.audit.ComplaintFileDeletionRecord;
import io.consumerprotection.spi.audit.GovernanceFactsSource;
import io.consumerprotection.spi.audit.GovernanceProfileRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link GovernanceFactsSource} meets. A host extends this class and implements
 * {@link #newSource}, which returns a source holding exactly the given facts.
 */
public abstract class GovernanceFactsSourceContractTest {

    /** A source holding exactly these profiles and deletions. */
    protected abstract GovernanceFactsSource newSource(List<GovernanceProfileRecord> profiles,
                                                       List<ComplaintFileDeletionRecord> deletions);

    @Test
    void returnsEveryProfileAndDeletionWithEveryField() {
        List<GovernanceProfileRecord> profiles = List.of(SampleAuditFacts.profile("HQ", 2024),
                SampleAuditFacts.profile("HQ", 2025), SampleAuditFacts.profile("BR-01", 2024));
        List<ComplaintFileDeletionRecord> deletions = List.of(
                SampleAuditFacts.deletion("C-1", LocalDate.of(2025, 2, 1)),
                SampleAuditFacts.deletion("C-2", LocalDate.of(2025, 3, 1)));
        GovernanceFactsSource source = newSource(profiles, deletions);

        try (Stream<GovernanceProfileRecord> s = source.profiles()) {
            assertThat(s.toList()).containsExactlyInAnyOrderElementsOf(profiles);
        }
        try (Stream<ComplaintFileDeletionRecord> s = source.complaintFileDeletions()) {
            assertThat(s.toList()).containsExactlyInAnyOrderElementsOf(deletions);
        }
    }

    @Test
    void anEmptySourceGivesEmptyStreams() {
        GovernanceFactsSource source = newSource(List.of(), List.of());
        try (Stream<GovernanceProfileRecord> s = source.profiles()) {
            assertThat(s).isEmpty();
        }
        try (Stream<ComplaintFileDeletionRecord> s = source.complaintFileDeletions()) {
            assertThat(s).isEmpty();
        }
    }

    @Test
    void readingTwiceGivesTheSameElementsInTheSameOrder() {
        GovernanceFactsSource source = newSource(List.of(SampleAuditFacts.profile("HQ", 2024),
                SampleAuditFacts.profile("BR-02", 2024)), List.of());
        List<GovernanceProfileRecord> first;
        try (Stream<GovernanceProfileRecord> s = source.profiles()) {
            first = s.toList();
        }
        try (Stream<GovernanceProfileRecord> s = source.profiles()) {
            assertThat(s.toList()).containsExactlyElementsOf(first);
        }
    }
}
