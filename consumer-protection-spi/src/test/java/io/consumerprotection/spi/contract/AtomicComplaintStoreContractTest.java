package io.consumerprotection.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.complaint.AtomicComplaintStore;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.ComplaintSave;
import io.consumerprotection.spi.complaint.DuplicateChannelReferenceException;
import io.consumerprotection.spi.complaint.VersionConflictException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link AtomicComplaintStore} meets: {@link AtomicComplaintStore#saveAll} writes every complaint
 * or none, plus the whole {@link ComplaintStoreContractTest}. A host extends this class and implements
 * {@link #newStore()}; each test gets a new, empty store.
 */
public abstract class AtomicComplaintStoreContractTest extends ComplaintStoreContractTest {

    private static final Instant T0 = Instant.parse("2024-09-20T02:15:00Z");

    /** A new, empty store. */
    @Override
    protected abstract AtomicComplaintStore newStore();

    private AtomicComplaintStore atomic() {
        return (AtomicComplaintStore) store;
    }

    private static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    @Test
    void savesEveryComplaintInOrder() {
        ComplaintRecord a = store.save(SampleComplaints.complete(uniqueId("C"), uniqueId("REF"), T0), 0);
        ComplaintRecord b = SampleComplaints.complete(uniqueId("C"), uniqueId("REF"), T0.plusSeconds(5));

        List<ComplaintRecord> saved = atomic().saveAll(List.of(
                new ComplaintSave(SampleComplaints.withEvent(a, "ASSIGNED", "EMP-009"), 1), new ComplaintSave(b, 0)));

        assertThat(saved).extracting(ComplaintRecord::id).containsExactly(a.id(), b.id());
        assertThat(saved).extracting(ComplaintRecord::version).containsExactly(2L, 1L);
        assertThat(store.findById(a.id())).contains(saved.get(0));
        assertThat(store.findById(b.id())).contains(saved.get(1));
    }

    @Test
    void aStaleSecondSaveLeavesTheFirstUnwritten() {
        // the stale save is second in the call and in id order, whichever order a store writes in
        ComplaintRecord a = store.save(SampleComplaints.complete(uniqueId("C1"), uniqueId("REF"), T0), 0);
        ComplaintRecord b = store.save(SampleComplaints.complete(uniqueId("C2"), uniqueId("REF"), T0), 0);
        ComplaintRecord b2 = store.save(SampleComplaints.withEvent(b, "ASSIGNED", "EMP-009"), 1);

        assertThatThrownBy(() -> atomic().saveAll(List.of(
                new ComplaintSave(SampleComplaints.withEvent(a, "ASSIGNED", "EMP-009"), 1),
                new ComplaintSave(SampleComplaints.withEvent(b, "ACCEPTED", "EMP-010"), 1))))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                });
        assertThat(store.findById(a.id())).contains(a);
        assertThat(store.findById(b.id())).contains(b2);
    }

    @Test
    void aDuplicateChannelReferenceInTheSecondSaveLeavesTheFirstUnwritten() {
        String ref = uniqueId("REF");
        ComplaintRecord a = store.save(SampleComplaints.complete(uniqueId("C1"), uniqueId("REF"), T0), 0);
        ComplaintRecord taken = store.save(SampleComplaints.complete(uniqueId("C0"), ref, T0), 0);
        ComplaintRecord repeat = SampleComplaints.complete(uniqueId("C2"), ref, T0.plusSeconds(5));

        assertThatThrownBy(() -> atomic().saveAll(List.of(
                new ComplaintSave(SampleComplaints.withEvent(a, "ASSIGNED", "EMP-009"), 1), new ComplaintSave(repeat, 0))))
                .isInstanceOf(DuplicateChannelReferenceException.class);
        assertThat(store.findById(a.id())).contains(a);
        assertThat(store.findById(repeat.id())).isEmpty();
        assertThat(store.findByChannelReference("HOTLINE", ref)).contains(taken);
    }

    @Test
    void twoSavesOfOneComplaintAreRefused() {
        ComplaintRecord a = store.save(SampleComplaints.complete(uniqueId("C"), uniqueId("REF"), T0), 0);

        assertThatThrownBy(() -> atomic().saveAll(List.of(
                new ComplaintSave(SampleComplaints.withEvent(a, "ASSIGNED", "EMP-009"), 1),
                new ComplaintSave(SampleComplaints.withEvent(a, "ACCEPTED", "EMP-010"), 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.findById(a.id())).contains(a);
    }
}
