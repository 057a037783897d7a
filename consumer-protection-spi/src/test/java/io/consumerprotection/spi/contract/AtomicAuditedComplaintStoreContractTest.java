package io.consumerprotection.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.spi.complaint.AtomicAuditedComplaintStore;
import io.consumerprotection.spi.complaint.AuditedSave;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.DuplicateChannelReferenceException;
import io.consumerprotection.spi.complaint.VersionConflictException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link AtomicAuditedComplaintStore} meets: {@link AtomicAuditedComplaintStore#saveAllAudited}
 * stores every version with its audit record, or none of them, plus the whole
 * {@link AuditedComplaintStoreContractTest}. A host extends this class and implements {@link #newStore()}; run
 * {@link AtomicComplaintStoreContractTest} on the same store for {@code saveAll}.
 */
public abstract class AtomicAuditedComplaintStoreContractTest extends AuditedComplaintStoreContractTest {

    private static final Instant T0 = Instant.parse("2024-09-20T02:15:00Z");

    /** A new store over an empty complaint table and an empty trail. */
    @Override
    protected abstract AtomicAuditedComplaintStore newStore();

    private AtomicAuditedComplaintStore atomic() {
        return (AtomicAuditedComplaintStore) store;
    }

    /** A new complaint whose id sorts after those made before it, so that "second" is second in id order too. */
    private ComplaintRecord newComplaint() {
        return SampleComplaints.complete("C" + (++made) + "-" + UUID.randomUUID(), "REF-" + UUID.randomUUID(), T0);
    }

    private int made;

    private ComplaintRecord saved(ComplaintRecord c) {
        return store.saveAudited(c, 0, List.of(), change(c, 1), LINK);
    }

    @Test
    void storesBothVersionsAndBothRecordsLinkedInOrder() {
        ComplaintRecord a = saved(newComplaint());
        ComplaintRecord b = saved(newComplaint());
        ComplaintRecord a2 = SampleComplaints.withEvent(a, "REPEAT_LINKED", "EMP-009");
        ComplaintRecord b2 = SampleComplaints.withEvent(b, "MERGED", "EMP-009");

        List<ComplaintRecord> stored = atomic().saveAllAudited(List.of(
                new AuditedSave(a2, 1, List.of(), change(a, 2)), new AuditedSave(b2, 1, List.of(), change(b, 2))), LINK);

        assertThat(stored).containsExactly(a2.withVersion(2), b2.withVersion(2));
        assertThat(store.findById(a.id())).contains(a2.withVersion(2));
        assertThat(store.findById(b.id())).contains(b2.withVersion(2));
        List<AuditRecord> trail = trail();
        assertThat(trail).extracting(AuditRecord::id)
                .containsExactly(a.id() + ":1", b.id() + ":1", a.id() + ":2", b.id() + ":2");
        for (int i = 1; i < trail.size(); i++) {
            assertThat(trail.get(i).previousHash()).isEqualTo(trail.get(i - 1).hash());
            assertThat(trail.get(i).hash()).isEqualTo(LINK.link(trail.get(i), trail.get(i - 1).hash()).hash());
        }
    }

    @Test
    void aStaleSecondSaveStoresNeitherVersionNorRecord() {
        ComplaintRecord a = saved(newComplaint());
        ComplaintRecord b = saved(newComplaint());
        ComplaintRecord b2 = store.saveAudited(SampleComplaints.withEvent(b, "ASSIGNED", "EMP-002"), 1, List.of(),
                change(b, 2), LINK);

        assertThatThrownBy(() -> atomic().saveAllAudited(List.of(
                new AuditedSave(SampleComplaints.withEvent(a, "REPEAT_LINKED", "EMP-009"), 1, List.of(), change(a, 2)),
                new AuditedSave(SampleComplaints.withEvent(b, "MERGED", "EMP-009"), 1, List.of(), change(b, 9))), LINK))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                });
        assertThat(store.findById(a.id())).contains(a);
        assertThat(store.findById(b.id())).contains(b2);
        assertThat(trail()).extracting(AuditRecord::id).containsExactly(a.id() + ":1", b.id() + ":1", b.id() + ":2");
    }

    @Test
    void aDuplicateChannelReferenceInTheSecondSaveStoresNeither() {
        ComplaintRecord a = saved(newComplaint());
        ComplaintRecord taken = saved(newComplaint());
        ComplaintRecord repeat = SampleComplaints.complete("C9-" + UUID.randomUUID(), taken.channelReference(), T0);

        assertThatThrownBy(() -> atomic().saveAllAudited(List.of(
                new AuditedSave(SampleComplaints.withEvent(a, "ASSIGNED", "EMP-009"), 1, List.of(), change(a, 2)),
                new AuditedSave(repeat, 0, List.of(), change(repeat, 1))), LINK))
                .isInstanceOf(DuplicateChannelReferenceException.class);
        assertThat(store.findById(a.id())).contains(a);
        assertThat(store.findById(repeat.id())).isEmpty();
        assertThat(trail()).hasSize(2);
    }

    @Test
    void aLinkThatFailsOnTheSecondRecordStoresNeither() {
        ComplaintRecord a = saved(newComplaint());
        ComplaintRecord b = saved(newComplaint());
        String refused = b.id() + ":2";

        assertThatThrownBy(() -> atomic().saveAllAudited(List.of(
                new AuditedSave(SampleComplaints.withEvent(a, "ASSIGNED", "EMP-009"), 1, List.of(), change(a, 2)),
                new AuditedSave(SampleComplaints.withEvent(b, "ASSIGNED", "EMP-009"), 1, List.of(), change(b, 2))),
                (r, previous) -> {
                    if (r.id().equals(refused)) {
                        throw new IllegalArgumentException("cannot link");
                    }
                    return LINK.link(r, previous);
                })).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.findById(a.id())).contains(a);
        assertThat(store.findById(b.id())).contains(b);
        assertThat(trail()).hasSize(2);
    }

    @Test
    void twoSavesOfOneComplaintAreRefused() {
        ComplaintRecord a = saved(newComplaint());

        assertThatThrownBy(() -> atomic().saveAllAudited(List.of(
                new AuditedSave(SampleComplaints.withEvent(a, "ASSIGNED", "EMP-009"), 1, List.of(), change(a, 2)),
                new AuditedSave(SampleComplaints.withEvent(a, "ACCEPTED", "EMP-010"), 1, List.of(), change(a, 3))), LINK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.findById(a.id())).contains(a);
        assertThat(trail()).hasSize(1);
    }
}
