package io.consumerprotection.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.spi.audit.ChainLink;
import io.consumerprotection.spi.complaint.AuditedComplaintStore;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.DuplicateChannelReferenceException;
import io.consumerprotection.spi.complaint.VersionConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link AuditedComplaintStore} meets: a complaint version and its audit record are stored
 * together or not at all, and every writer's records form one chain. A host extends this class and implements
 * {@link #newStore()}, which returns a store over a new, empty complaint table and trail.
 */
public abstract class AuditedComplaintStoreContractTest {

    private static final Instant T0 = Instant.parse("2024-09-20T02:15:00Z");

    /** A link for the tests: the hash is a name-based UUID of the previous hash and the id, so a fork or a gap shows. */
    protected static final ChainLink LINK = (r, previous) -> new AuditRecord(r.id(), r.at(), r.actor(), r.action(),
            r.subjectType(), r.subjectId(), r.purpose(), r.outcome(), r.details(), previous,
            java.util.UUID.nameUUIDFromBytes((previous + "/" + r.id()).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .toString());

    protected AuditedComplaintStore store;

    /** A new store over an empty complaint table and an empty trail. */
    protected abstract AuditedComplaintStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    protected static AuditRecord change(ComplaintRecord r, long version) {
        return new AuditRecord(r.id() + ":" + version, T0.plusSeconds(version), "EMP-001", "COMPLAINT_CHANGED",
                "COMPLAINT", r.id(), "complaint handling", "SUCCEEDED", Map.of("version", Long.toString(version)),
                "", "");
    }

    protected List<AuditRecord> trail() {
        try (Stream<AuditRecord> s = store.auditSink().records()) {
            return s.toList();
        }
    }

    private static ComplaintRecord newComplaint() {
        return SampleComplaints.complete("C-" + UUID.randomUUID(), "REF-" + UUID.randomUUID(), T0);
    }

    @Test
    void storesTheVersionAndItsLinkedRecordTogether() {
        ComplaintRecord c = newComplaint();

        ComplaintRecord saved = store.saveAudited(c, 0, List.of(), change(c, 1), LINK);

        assertThat(saved.version()).isEqualTo(1);
        assertThat(store.findById(c.id())).contains(c.withVersion(1));
        assertThat(trail()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(c.id() + ":1");
            assertThat(r.previousHash()).isEmpty();
            assertThat(r.hash()).isEqualTo(LINK.link(r, "").hash());
        });
    }

    @Test
    void linksOntoWhatTheSinkAppendedAndTheSinkLinksOntoIt() {
        ComplaintRecord c = newComplaint();
        AuditRecord before = store.auditSink().appendLinked(change(c, 0), LINK);

        store.saveAudited(c, 0, List.of(), change(c, 1), LINK);
        AuditRecord after = store.auditSink().appendLinked(change(c, 9), LINK);

        List<AuditRecord> trail = trail();
        assertThat(trail).hasSize(3);
        assertThat(trail.get(1).previousHash()).isEqualTo(before.hash());
        assertThat(after.previousHash()).isEqualTo(trail.get(1).hash());
    }

    @Test
    void aVersionConflictStoresNeitherTheVersionNorTheRecord() {
        ComplaintRecord c = newComplaint();
        store.saveAudited(c, 0, List.of(), change(c, 1), LINK);
        ComplaintRecord next = SampleComplaints.withEvent(c, "NOTE", "EMP-002");

        assertThatThrownBy(() -> store.saveAudited(next, 5, List.of(), change(c, 6), LINK))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> store.saveAudited(next, 0, List.of(), change(c, 1), LINK))
                .isInstanceOf(VersionConflictException.class);
        assertThat(store.findById(c.id())).contains(c.withVersion(1));
        assertThat(trail()).hasSize(1);
    }

    @Test
    void aDuplicateChannelReferenceStoresNeither() {
        ComplaintRecord c = newComplaint();
        store.saveAudited(c, 0, List.of(), change(c, 1), LINK);
        ComplaintRecord other = SampleComplaints.complete("C-" + UUID.randomUUID(), c.channelReference(), T0);

        assertThatThrownBy(() -> store.saveAudited(other, 0, List.of(), change(other, 1), LINK))
                .isInstanceOf(DuplicateChannelReferenceException.class);
        assertThat(store.findById(other.id())).isEmpty();
        assertThat(trail()).hasSize(1);
    }

    @Test
    void aLinkThatFailsStoresNeither() {
        ComplaintRecord c = newComplaint();
        store.saveAudited(c, 0, List.of(), change(c, 1), LINK);
        ComplaintRecord next = SampleComplaints.withEvent(c, "NOTE", "EMP-002");

        assertThatThrownBy(() -> store.saveAudited(next, 1, List.of(), change(c, 2), (r, previous) -> {
            throw new IllegalArgumentException("cannot link");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.findById(c.id())).contains(c.withVersion(1));
        assertThat(trail()).hasSize(1);
    }

    @Test
    void concurrentWritersFormOneChainInVersionOrderPerComplaint() throws Exception {
        int writers = 4;
        int changes = 15;
        List<ComplaintRecord> complaints = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ComplaintRecord c = newComplaint();
            store.saveAudited(c, 0, List.of(), change(c, 1), LINK);
            complaints.add(c);
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                ComplaintRecord target = complaints.get(w % complaints.size());
                futures.add(pool.submit(() -> {
                    int done = 0;
                    while (done < changes) {
                        ComplaintRecord current = store.findById(target.id()).orElseThrow();
                        try {
                            store.saveAudited(SampleComplaints.withEvent(current, "NOTE", "EMP-002"),
                                    current.version(), List.of(), change(current, current.version() + 1), LINK);
                            done++;
                        } catch (VersionConflictException retry) {
                            // another writer saved first: read again
                        }
                    }
                    return done;
                }));
            }
            futures.add(pool.submit(() -> {
                for (int i = 0; i < changes; i++) {
                    store.auditSink().appendLinked(new AuditRecord("OTHER-" + i + "-" + UUID.randomUUID(), T0, "SYS",
                            "PII_REVEALED", "CUSTOMER_FIELD", "CUST-1", "", "SUCCEEDED", Map.of(), "", ""), LINK);
                }
                return changes;
            }));
            for (Future<Integer> f : futures) {
                assertThat(f.get(120, TimeUnit.SECONDS)).isEqualTo(changes);
            }
        } finally {
            pool.shutdownNow();
        }
        List<AuditRecord> trail = trail();
        assertThat(trail).hasSize(complaints.size() + writers * changes + changes);
        String previous = "";
        Map<String, Long> lastVersion = new HashMap<>();
        for (AuditRecord r : trail) {
            assertThat(r.previousHash()).as("record %s links to the one before it", r.id()).isEqualTo(previous);
            previous = r.hash();
            if (r.subjectType().equals("COMPLAINT")) {
                long v = Long.parseLong(r.details().get("version"));
                Long before = lastVersion.put(r.subjectId(), v);
                assertThat(v).as("versions of %s in trail order", r.subjectId()).isEqualTo(before == null ? 1 : before + 1);
            }
        }
        for (ComplaintRecord c : complaints) {
            assertThat(store.findById(c.id()).orElseThrow().version()).isEqualTo(lastVersion.get(c.id()));
        }
    }
}
