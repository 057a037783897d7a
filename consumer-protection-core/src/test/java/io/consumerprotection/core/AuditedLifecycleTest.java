package io.consumerprotection.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintAction;
import io.consumerprotection.core.complaint.ComplaintFixtures;
import io.consumerprotection.core.complaint.ComplaintId;
import io.consumerprotection.core.complaint.Complaints;
import io.consumerprotection.core.privacy.AuditTrail;
import io.consumerprotection.core.privacy.BrokenLink;
import io.consumerprotection.core.privacy.BrokenLink.Problem;
import io.consumerprotection.core.privacy.ChainVerification;
import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.testkit.InMemoryAuditKeyProvider;
import io.consumerprotection.testkit.InMemoryAuditSink;
import io.consumerprotection.testkit.InMemoryChainAnchor;
import io.consumerprotection.testkit.InMemoryNotificationSender;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle over an {@code AuditedComplaintStore}: each change's audit record is written by the store with
 * the version, and carries the hash of what was stored, so that a complaint row changed behind the SDK's back
 * is found by {@link ConsumerProtection#verifyAuditTrail()}.
 */
class AuditedLifecycleTest {

    private final AuditedMemoryStore store = new AuditedMemoryStore();
    private final InMemoryChainAnchor anchor = new InMemoryChainAnchor();
    private final AtomicInteger ids = new AtomicInteger();
    private ConsumerProtection cp;
    private Complaints complaints;

    @BeforeEach
    void wire() {
        cp = ConsumerProtection.builder().complaintStore(store).notificationSender(new InMemoryNotificationSender())
                .auditKeys(InMemoryAuditKeyProvider.of("k1", "0123456789abcdef0123456789abcdef".getBytes(
                        StandardCharsets.US_ASCII)))
                .chainAnchor(anchor)
                .clock(Clock.fixed(Instant.parse("2024-09-20T03:00:00Z"), ZoneOffset.UTC))
                .complaintIds(() -> ComplaintId.of("CP-" + ids.incrementAndGet()))
                .build();
        complaints = cp.complaints();
    }

    private Complaint handled(String reference) {
        Complaint c = complaints.intake(ComplaintFixtures.intake(reference).build(), "EMP-001").complaint();
        c = complaints.act(c.id(), c.version(), new ComplaintAction.Accept(), "EMP-001");
        return complaints.act(c.id(), c.version(), new ComplaintAction.Assign("EMP-002"), "EMP-001");
    }

    private List<AuditRecord> trail() {
        return store.auditSink().records().toList();
    }

    @Test
    void eachVersionHasOneKeyedRecordCarryingTheHashOfWhatWasStored() {
        Complaint c = handled("HL-1");

        List<AuditRecord> trail = trail();
        assertThat(trail).hasSize(3);
        assertThat(trail).extracting(r -> r.details().get("version")).containsExactly("1", "2", "3");
        assertThat(trail).allSatisfy(r -> assertThat(r.hash()).startsWith("hmac-sha256:k1:"));
        ComplaintRecord stored = store.findById(c.id().value()).orElseThrow();
        assertThat(trail.get(2).details().get(AuditTrail.COMPLAINT_HASH)).isEqualTo(AuditTrail.complaintHash(stored));
        assertThat(cp.auditSink()).isSameAs(store.auditSink());
        ChainVerification v = cp.verifyAuditTrail();
        assertThat(v.isIntact()).isTrue();
        assertThat(v.recordsChecked()).isEqualTo(3);
    }

    @Test
    void aComplaintRowChangedBehindTheSdksBackIsFound() {
        Complaint c = handled("HL-2");
        handled("HL-3");
        ComplaintRecord row = store.findById(c.id().value()).orElseThrow();
        store.overwrite(new ComplaintRecord(row.id(), row.version(), row.channel(), row.channelReference(), row.source(),
                row.complainant(), row.respondent(), row.request(), row.narrative(), row.classification(), row.level(),
                row.status(), row.receivedAt().minusSeconds(86_400 * 5), row.receivingUnit(), row.firstContactHandler(),
                row.currentHandler(), row.relatedComplaintId(), row.timeline(), row.dueDates()));

        ChainVerification v = cp.verifyAuditTrail();

        assertThat(v.problems()).containsExactly(new BrokenLink(2, c.id().value(), Problem.COMPLAINT_CHANGED));
    }

    @Test
    void aRolledBackADeletedAndAnUnrecordedComplaintAreFound() {
        Complaint rolledBack = handled("HL-4");
        Complaint deleted = handled("HL-5");
        Complaint unrecorded = handled("HL-6");
        ComplaintRecord first = store.findById(rolledBack.id().value()).orElseThrow();
        store.overwrite(first.withVersion(2));
        store.remove(deleted.id().value());
        ComplaintRecord third = store.findById(unrecorded.id().value()).orElseThrow();
        store.save(third, third.version()); // a version written without its audit record

        ChainVerification v = cp.verifyAuditTrail();

        assertThat(v.problems()).containsExactly(
                new BrokenLink(2, rolledBack.id().value(), Problem.COMPLAINT_BEHIND_TRAIL),
                new BrokenLink(8, unrecorded.id().value(), Problem.COMPLAINT_VERSION_UNRECORDED),
                new BrokenLink(5, deleted.id().value(), Problem.COMPLAINT_MISSING));
        assertThat(v.problems()).allSatisfy(p -> assertThat(p.problem().concernsComplaints()).isTrue());
    }

    @Test
    void aCheckpointCoversTheChangesAndATruncatedTailIsFound() {
        handled("HL-7");
        assertThat(cp.auditTrail().checkpoint()).hasValueSatisfying(c -> assertThat(c.recordCount()).isEqualTo(3));

        InMemoryAuditSink truncated = new InMemoryAuditSink();
        trail().subList(0, 1).forEach(truncated::append);
        ChainVerification v = AuditTrail.keyed(truncated, Clock.systemUTC(), InMemoryAuditKeyProvider.of("k1",
                "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII))).anchoredTo(anchor).verify();

        assertThat(v.problems()).containsExactly(new BrokenLink(1, "", Problem.TAIL_MISSING));
    }

    @Test
    void anotherSinkBesideAnAuditedStoreIsRefusedAtBuild() {
        assertThatThrownBy(() -> ConsumerProtection.builder().complaintStore(new AuditedMemoryStore())
                .notificationSender(new InMemoryNotificationSender()).auditSink(new InMemoryAuditSink()).build())
                .isInstanceOf(MissingProviderException.class)
                .hasMessageContaining("SINK_OF_AUDITED_STORE");
    }

    @Test
    void aChangeWhoseRecordCannotBeLinkedIsNotStored() {
        Complaint c = handled("HL-8");
        ConsumerProtection broken = ConsumerProtection.builder().complaintStore(store)
                .notificationSender(new InMemoryNotificationSender())
                .auditKeys(new io.consumerprotection.spi.audit.AuditKeyProvider() {
                    private int calls;

                    @Override
                    public String currentKeyId() {
                        return "k1";
                    }

                    @Override
                    public java.util.Optional<javax.crypto.SecretKey> findKey(String keyId) {
                        // the key is there when the trail is built, and gone (an HSM outage) at the change
                        return calls++ == 0 ? java.util.Optional.of(new javax.crypto.spec.SecretKeySpec(
                                new byte[32], "HmacSHA256")) : java.util.Optional.empty();
                    }
                }).build();

        assertThatThrownBy(() -> broken.complaints().act(c.id(), c.version(), new ComplaintAction.StartInvestigation(),
                "EMP-002")).isInstanceOf(IllegalStateException.class);
        assertThat(store.findById(c.id().value()).orElseThrow().version()).isEqualTo(c.version());
        assertThat(trail()).hasSize(3);
    }

    @Test
    void aMergeIsOneTransactionOfTheStoreWithBothAuditRecordsLinked() {
        Complaint earlier = handled("HL-30");
        Complaint repeat = handled("HL-31");
        int before = trail().size();

        Complaint merged = complaints.merge(repeat.id(), earlier.id(), "EMP-001");

        assertThat(store.saveAllAuditedCalls()).isEqualTo(1);
        assertThat(merged.version()).isEqualTo(repeat.version() + 1);
        assertThat(complaints.get(earlier.id()).version()).isEqualTo(earlier.version() + 1);
        List<AuditRecord> added = trail().subList(before, trail().size());
        assertThat(added).extracting(AuditRecord::subjectId).containsExactly(earlier.id().value(), repeat.id().value());
        assertThat(added.get(1).previousHash()).isEqualTo(added.get(0).hash());
        assertThat(added.get(1).details().get(AuditTrail.COMPLAINT_HASH))
                .isEqualTo(AuditTrail.complaintHash(store.findById(repeat.id().value()).orElseThrow()));
        assertThat(cp.verifyAuditTrail().isIntact()).isTrue();
    }

    @Test
    void aConcurrentChangeToTheRepeatDuringAMergeStoresNeitherVersionNorRecord() {
        Complaint earlier = handled("HL-32");
        Complaint repeat = handled("HL-33");
        store.beforeNextWrite(() -> {
            ComplaintRecord current = store.findById(repeat.id().value()).orElseThrow();
            store.save(current, current.version());
        });
        int before = trail().size();

        assertThatThrownBy(() -> complaints.merge(repeat.id(), earlier.id(), "EMP-001"))
                .isInstanceOf(io.consumerprotection.spi.complaint.VersionConflictException.class);

        assertThat(complaints.get(earlier.id())).isEqualTo(earlier);
        assertThat(complaints.get(repeat.id()).timeline()).isEqualTo(repeat.timeline());
        assertThat(trail()).hasSize(before);
    }
}
