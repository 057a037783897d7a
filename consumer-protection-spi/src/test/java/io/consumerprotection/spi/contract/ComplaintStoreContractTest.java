package io.consumerprotection.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.complaint.ComplaintQuery;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.ComplaintStore;
import io.consumerprotection.spi.complaint.DuplicateChannelReferenceException;
import io.consumerprotection.spi.complaint.VersionConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link ComplaintStore} meets. A host extends this class and implements
 * {@link #newStore()}; each test gets a new, empty store.
 */
public abstract class ComplaintStoreContractTest {

    private static final Instant T0 = Instant.parse("2024-09-20T02:15:00Z");

    protected ComplaintStore store;

    /** A new, empty store. */
    protected abstract ComplaintStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    private static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    @Test
    void roundTripsEveryField() {
        ComplaintRecord original = SampleComplaints.complete(uniqueId("C"), uniqueId("REF"), T0);

        ComplaintRecord saved = store.save(original, 0);

        assertThat(saved.version()).isEqualTo(1);
        assertThat(store.findById(original.id())).contains(original.withVersion(1));
        assertThat(store.findById(original.id()).orElseThrow().complainant().name()).isEqualTo("张三丰");
        assertThat(store.findById(original.id()).orElseThrow().timeline()).isEqualTo(original.timeline());
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(store.findById(uniqueId("missing"))).isEmpty();
        assertThat(store.findByChannelReference("HOTLINE", uniqueId("missing"))).isEmpty();
    }

    @Test
    void updateWithTheCurrentVersionIncrementsIt() {
        ComplaintRecord v1 = store.save(SampleComplaints.complete(uniqueId("C"), uniqueId("REF"), T0), 0);

        ComplaintRecord v2 = store.save(SampleComplaints.withEvent(v1, "ASSIGNED", "EMP-009"), 1);

        assertThat(v2.version()).isEqualTo(2);
        assertThat(store.findById(v1.id()).orElseThrow().timeline()).hasSize(v1.timeline().size() + 1);
    }

    @Test
    void staleWriteIsRejectedAndChangesNothing() {
        ComplaintRecord v1 = store.save(SampleComplaints.complete(uniqueId("C"), uniqueId("REF"), T0), 0);
        ComplaintRecord v2 = store.save(SampleComplaints.withEvent(v1, "ASSIGNED", "EMP-009"), 1);

        assertThatThrownBy(() -> store.save(SampleComplaints.withEvent(v1, "DECIDED", "EMP-010"), 1))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                    assertThat(e.code()).isEqualTo("VERSION_CONFLICT");
                });
        assertThat(store.findById(v1.id())).contains(v2);
    }

    @Test
    void newComplaintWithAnExistingIdIsAConflict() {
        ComplaintRecord v1 = store.save(SampleComplaints.complete(uniqueId("C"), uniqueId("REF"), T0), 0);

        assertThatThrownBy(() -> store.save(SampleComplaints.complete(v1.id(), uniqueId("REF"), T0), 0))
                .isInstanceOf(VersionConflictException.class);
        assertThat(store.findById(v1.id())).contains(v1);
    }

    @Test
    void updatingAComplaintThatDoesNotExistIsAConflict() {
        ComplaintRecord r = SampleComplaints.complete(uniqueId("C"), uniqueId("REF"), T0);

        assertThatThrownBy(() -> store.save(r, 3)).isInstanceOf(VersionConflictException.class);
        assertThat(store.findById(r.id())).isEmpty();
    }

    @Test
    void findsByChannelReferenceForIdempotentIntake() {
        String ref = uniqueId("REF");
        ComplaintRecord saved = store.save(SampleComplaints.complete(uniqueId("C"), ref, T0), 0);

        assertThat(store.findByChannelReference("HOTLINE", ref)).contains(saved);
        assertThat(store.findByChannelReference("LETTER", ref)).isEmpty();
    }

    @Test
    void duplicateChannelReferenceIsRejectedAndNothingIsWritten() {
        String ref = uniqueId("REF");
        ComplaintRecord first = store.save(SampleComplaints.complete(uniqueId("C"), ref, T0), 0);
        ComplaintRecord second = SampleComplaints.complete(uniqueId("C"), ref, T0.plusSeconds(5));

        assertThatThrownBy(() -> store.save(second, 0)).isInstanceOf(DuplicateChannelReferenceException.class);
        assertThat(store.findById(second.id())).isEmpty();
        assertThat(store.findByChannelReference("HOTLINE", ref)).contains(first);
    }

    @Test
    void concurrentSavesOfTheSameVersionLetExactlyOneWin() throws Exception {
        ComplaintRecord v1 = store.save(SampleComplaints.complete(uniqueId("C"), uniqueId("REF"), T0), 0);
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger wins = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String actor = "EMP-" + i;
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        store.save(SampleComplaints.withEvent(v1, "HANDED_OVER", actor), 1);
                        wins.incrementAndGet();
                    } catch (VersionConflictException e) {
                        conflicts.incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(wins.get()).isEqualTo(1);
        assertThat(conflicts.get()).isEqualTo(writers - 1);
        assertThat(store.findById(v1.id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void concurrentWritersThatRetryLoseNoUpdate() throws Exception {
        ComplaintRecord v1 = store.save(SampleComplaints.complete(uniqueId("C"), uniqueId("REF"), T0), 0);
        int writers = 4;
        int updatesEach = 10;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String actor = "EMP-" + w;
                futures.add(pool.submit(() -> {
                    for (int u = 0; u < updatesEach; u++) {
                        while (true) {
                            ComplaintRecord current = store.findById(v1.id()).orElseThrow();
                            try {
                                store.save(SampleComplaints.withEvent(current, "NOTE", actor), current.version());
                                break;
                            } catch (VersionConflictException retry) {
                                Thread.onSpinWait();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        ComplaintRecord last = store.findById(v1.id()).orElseThrow();
        assertThat(last.version()).isEqualTo(1 + (long) writers * updatesEach);
        assertThat(last.timeline()).hasSize(v1.timeline().size() + writers * updatesEach);
        assertThat(last.timeline().stream().filter(e -> e.type().equals("NOTE"))
                .collect(Collectors.groupingBy(e -> e.actor(), Collectors.counting())))
                .hasSize(writers).allSatisfy((actor, n) -> assertThat(n).isEqualTo((long) updatesEach));
    }

    @Test
    void streamsInReceivedOrderWithinTheRange() {
        String unit = uniqueId("BR");
        List<ComplaintRecord> saved = IntStream.of(5, 1, 4, 2, 3)
                .mapToObj(i -> store.save(SampleComplaints.with(
                        SampleComplaints.complete(uniqueId("C" + i), uniqueId("REF"), T0.plusSeconds(3600L * i)),
                        "INVESTIGATING", "HOTLINE", unit), 0))
                .toList();

        Instant from = T0.plusSeconds(3600L * 2);
        Instant to = T0.plusSeconds(3600L * 5);
        try (Stream<ComplaintRecord> s = store.stream(ComplaintQuery.receivedBetween(from, to).withReceivingUnit(unit))) {
            assertThat(s.map(ComplaintRecord::receivedAt).toList())
                    .containsExactly(T0.plusSeconds(7200), T0.plusSeconds(10800), T0.plusSeconds(14400));
        }
        assertThat(saved).hasSize(5);
    }

    @Test
    void streamOrdersEqualInstantsById() {
        String unit = uniqueId("BR");
        for (String id : List.of("z-" + unit, "a-" + unit, "m-" + unit)) {
            store.save(SampleComplaints.with(SampleComplaints.complete(id, uniqueId("REF"), T0),
                    "RECEIVED", "LETTER", unit), 0);
        }
        try (Stream<ComplaintRecord> s = store.stream(ComplaintQuery.all().withReceivingUnit(unit))) {
            assertThat(s.map(ComplaintRecord::id).toList()).containsExactly("a-" + unit, "m-" + unit, "z-" + unit);
        }
    }

    @Test
    void streamFiltersByStatusChannelAndUnit() {
        String unit = uniqueId("BR");
        String other = uniqueId("BR");
        store.save(SampleComplaints.with(SampleComplaints.complete("s1-" + unit, uniqueId("R"), T0), "DECIDED", "HOTLINE", unit), 0);
        store.save(SampleComplaints.with(SampleComplaints.complete("s2-" + unit, uniqueId("R"), T0), "CLOSED", "HOTLINE", unit), 0);
        store.save(SampleComplaints.with(SampleComplaints.complete("s3-" + unit, uniqueId("R"), T0), "DECIDED", "LETTER", unit), 0);
        store.save(SampleComplaints.with(SampleComplaints.complete("s4-" + unit, uniqueId("R"), T0), "DECIDED", "HOTLINE", other), 0);

        ComplaintQuery q = ComplaintQuery.all().withReceivingUnit(unit)
                .withStatuses(Set.of("DECIDED")).withChannels(Set.of("HOTLINE"));
        try (Stream<ComplaintRecord> s = store.stream(q)) {
            assertThat(s.map(ComplaintRecord::id).toList()).containsExactly("s1-" + unit);
        }
        try (Stream<ComplaintRecord> s = store.stream(ComplaintQuery.all().withReceivingUnit(unit)
                .withStatuses(Set.of("DECIDED", "CLOSED")))) {
            assertThat(s.map(ComplaintRecord::id).toList()).containsExactlyInAnyOrder("s1-" + unit, "s2-" + unit, "s3-" + unit);
        }
    }

    @Test
    void streamReturnsStoredCopiesEqualToWhatWasSaved() {
        String unit = uniqueId("BR");
        ComplaintRecord saved = store.save(SampleComplaints.with(
                SampleComplaints.complete(uniqueId("C"), uniqueId("REF"), T0), "DECIDED", "HOTLINE", unit), 0);
        try (Stream<ComplaintRecord> s = store.stream(ComplaintQuery.all().withReceivingUnit(unit))) {
            assertThat(s.toList()).containsExactly(saved);
        }
    }
}
