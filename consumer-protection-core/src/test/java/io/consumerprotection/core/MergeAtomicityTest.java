package io.consumerprotection.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintFixtures;
import io.consumerprotection.core.complaint.ComplaintId;
import io.consumerprotection.core.complaint.ComplaintStatus;
import io.consumerprotection.core.complaint.Complaints;
import io.consumerprotection.spi.complaint.AtomicComplaintStore;
import io.consumerprotection.spi.complaint.ComplaintQuery;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.ComplaintSave;
import io.consumerprotection.spi.complaint.VersionConflictException;
import io.consumerprotection.testkit.InMemoryAuditSink;
import io.consumerprotection.testkit.InMemoryComplaintStore;
import io.consumerprotection.testkit.InMemoryNotificationSender;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A merge is one atomic save on an {@link AtomicComplaintStore}: when its second half fails (here a concurrent change
 * to the repeat, made while the merge writes), the earlier complaint is not written either, and nothing is audited.
 */
class MergeAtomicityTest {

    private final InterferingStore store = new InterferingStore();
    private final InMemoryAuditSink auditSink = new InMemoryAuditSink();
    private final AtomicInteger ids = new AtomicInteger();
    private Complaints complaints;

    @BeforeEach
    void wire() {
        complaints = ConsumerProtection.builder().complaintStore(store).notificationSender(new InMemoryNotificationSender())
                .auditSink(auditSink).clock(Clock.fixed(Instant.parse("2024-09-20T03:00:00Z"), ZoneOffset.UTC))
                .complaintIds(() -> ComplaintId.of("CP-" + ids.incrementAndGet()))
                .build().complaints();
    }

    private Complaint registered(String reference) {
        return complaints.intake(ComplaintFixtures.intake(reference).build(), "EMP-001").complaint();
    }

    @Test
    void aConcurrentChangeToTheRepeatLeavesTheEarlierComplaintUnwrittenAndUnaudited() {
        Complaint earlier = registered("HL-20");
        Complaint repeat = registered("HL-21");
        long audited = auditSink.records().count();
        store.changeConcurrentlyWhileWriting(repeat.id().value());

        assertThatThrownBy(() -> complaints.merge(repeat.id(), earlier.id(), "EMP-001"))
                .isInstanceOf(VersionConflictException.class);

        assertThat(store.interfered).as("the concurrent change happened during the merge's write").isTrue();
        assertThat(complaints.get(earlier.id())).isEqualTo(earlier);
        assertThat(complaints.get(repeat.id()).status()).isEqualTo(repeat.status());
        assertThat(complaints.get(repeat.id()).timeline()).isEqualTo(repeat.timeline());
        assertThat(auditSink.records().count()).isEqualTo(audited);
    }

    @Test
    void aMergeWritesBothComplaintsInOneSaveAndAuditsBoth() {
        Complaint earlier = registered("HL-22");
        Complaint repeat = registered("HL-23");
        long audited = auditSink.records().count();

        Complaint merged = complaints.merge(repeat.id(), earlier.id(), "EMP-001");

        assertThat(store.saveAllCalls).isEqualTo(1);
        assertThat(merged.status()).isEqualTo(ComplaintStatus.MERGED);
        assertThat(merged.version()).isEqualTo(repeat.version() + 1);
        assertThat(complaints.get(earlier.id()).version()).isEqualTo(earlier.version() + 1);
        assertThat(auditSink.records().skip(audited).map(r -> r.subjectId()).toList())
                .containsExactly(earlier.id().value(), repeat.id().value());
    }

    /**
     * An in-memory atomic store that, when armed, changes one complaint concurrently just before the next write
     * (a single save or a saveAll) reaches the store.
     */
    private static final class InterferingStore implements AtomicComplaintStore {

        private final InMemoryComplaintStore delegate = new InMemoryComplaintStore();
        private String changedConcurrently;
        private boolean interfered;
        private int saveAllCalls;

        void changeConcurrentlyWhileWriting(String id) {
            this.changedConcurrently = id;
        }

        private void interfere() {
            if (changedConcurrently != null) {
                ComplaintRecord current = delegate.findById(changedConcurrently).orElseThrow();
                delegate.save(current, current.version());
                changedConcurrently = null;
                interfered = true;
            }
        }

        @Override
        public ComplaintRecord save(ComplaintRecord record, long expectedVersion) {
            interfere();
            return delegate.save(record, expectedVersion);
        }

        @Override
        public List<ComplaintRecord> saveAll(List<ComplaintSave> saves) {
            saveAllCalls++;
            interfere();
            return delegate.saveAll(saves);
        }

        @Override
        public Optional<ComplaintRecord> findById(String id) {
            return delegate.findById(id);
        }

        @Override
        public Optional<ComplaintRecord> findByChannelReference(String channel, String channelReference) {
            return delegate.findByChannelReference(channel, channelReference);
        }

        @Override
        public Stream<ComplaintRecord> stream(ComplaintQuery query) {
            return delegate.stream(query);
        }
    }
}
