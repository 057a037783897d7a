package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.jdbc.JdbcComplaintStore;
import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import io.consumerprotection.spi.complaint.VersionConflictException;
import io.consumerprotection.spi.contract.SampleComplaints;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lost-update race of issue 15, on every database: {@value #WRITERS} threads save the same complaint
 * through {@link JdbcComplaintStore#save} (read, then save with the version read, retry on
 * {@link VersionConflictException}), {@value #RACES} races per database, each on a new complaint. After each
 * race: no two saves were accepted from the same expected version, the stored version is one more than the
 * number of accepted saves, and the timeline holds every accepted save's event exactly once, in the order of
 * the versions they were accepted at (so no version went backwards). Prints the counts.
 *
 * <p>On an H2 file database under READ COMMITTED this lost saves in about one race in five (issue 15:
 * 18 of 22,000); the store's REPEATABLE READ on H2 is what this test guards.
 */
class SaveRaceTest {

    private static final int RACES = 20;
    private static final int WRITERS = 8;
    private static final int SAVES_EACH = 40;
    private static final Instant T0 = Instant.parse("2024-09-20T02:15:00Z");

    @TempDir
    Path dir;

    @Test
    void loseNoSaveOnH2File() throws Exception {
        try (JdbcHost host = JdbcHost.h2File(dir.resolve("race"))) {
            races(host, "H2 file");
        }
    }

    @Test
    void loseNoSaveOnH2InMemory() throws Exception {
        try (JdbcHost host = JdbcHost.h2InMemory()) {
            races(host, "H2 in memory");
        }
    }

    @Test
    void loseNoSaveOnPostgres() throws Exception {
        String schema = TestDatabases.uniqueSchema();
        try (JdbcHost host = TestDatabases.postgresHost(schema)) {
            races(host, "PostgreSQL");
        } finally {
            TestDatabases.dropSchema(schema);
        }
    }

    @Test
    void loseNoSaveOnMariaDb() throws Exception {
        String database = TestDatabases.uniqueSchema();
        try (JdbcHost host = TestDatabases.mariadbHost(database)) {
            races(host, "MariaDB");
        } finally {
            TestDatabases.dropMariadbDatabase(database);
        }
    }

    private static void races(JdbcHost host, String database) throws Exception {
        long saves = 0;
        long conflicts = 0;
        long lost = 0;
        long duplicates = 0;
        long outOfOrder = 0;
        for (int race = 0; race < RACES; race++) {
            Outcome o = race(host.complaintStore(), "C-RACE-" + race);
            saves += o.accepted.size();
            conflicts += o.conflicts;
            lost += o.lost;
            duplicates += o.duplicates;
            outOfOrder += o.outOfOrder;
        }
        System.out.printf("save race on %s: races %d, writers %d, saves %d, conflicts %d, lost %d,"
                + " saves from a duplicate version %d, events out of version order %d%n",
                database, RACES, WRITERS, saves, conflicts, lost, duplicates, outOfOrder);
        assertThat(saves).isEqualTo((long) RACES * WRITERS * SAVES_EACH);
        assertThat(lost).as("lost saves").isZero();
        assertThat(duplicates).as("saves accepted from an expected version another save also had").isZero();
        assertThat(outOfOrder).as("events out of the order of their versions").isZero();
    }

    private record Outcome(Map<String, Long> accepted, long conflicts, long lost, long duplicates,
                           long outOfOrder) {
    }

    private static Outcome race(JdbcComplaintStore store, String id) throws Exception {
        ComplaintRecord first = store.save(SampleComplaints.complete(id, "REF-" + id, T0), 0);
        Map<String, Long> accepted = new ConcurrentHashMap<>(); // event actor -> version it was saved as
        Map<Long, String> byExpected = new ConcurrentHashMap<>();
        AtomicLong conflicts = new AtomicLong();
        AtomicLong duplicates = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    start.await();
                    for (int n = 0; n < SAVES_EACH; n++) {
                        String actor = "W" + writer + "-" + n;
                        while (true) {
                            ComplaintRecord current = store.findById(id).orElseThrow();
                            try {
                                ComplaintRecord saved = store.save(
                                        SampleComplaints.withEvent(current, "NOTE", actor), current.version());
                                accepted.put(actor, saved.version());
                                if (byExpected.putIfAbsent(current.version(), actor) != null) {
                                    duplicates.incrementAndGet();
                                }
                                break;
                            } catch (VersionConflictException retry) {
                                conflicts.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : writers) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        ComplaintRecord last = store.findById(id).orElseThrow();
        Map<String, Integer> seen = new HashMap<>();
        long outOfOrder = 0;
        long previousVersion = first.version();
        for (TimelineEventRecord e : last.timeline()) {
            if (!e.type().equals("NOTE")) {
                continue;
            }
            seen.merge(e.actor(), 1, Integer::sum);
            Long version = accepted.get(e.actor());
            if (version == null || version <= previousVersion) {
                outOfOrder++;
            } else {
                previousVersion = version;
            }
        }
        long lost = accepted.keySet().stream().filter(a -> seen.getOrDefault(a, 0) != 1).count();
        if (last.version() != first.version() + accepted.size()) {
            lost += Math.max(1, first.version() + accepted.size() - last.version());
        }
        return new Outcome(accepted, conflicts.get(), lost, duplicates.get(), outOfOrder);
    }
}
