package io.consumerprotection.examples.host.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.core.privacy.ChainVerification;
import io.consumerprotection.examples.host.audit.FileAuditKeys;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, several instances: two application JVMs ({@link InstanceHost}) on one PostgreSQL schema intake,
 * act and dispatch at once through the published {@code consumer-protection-jdbc} store, outbox, dispatcher
 * and audit sink. Both register the same {@value #SHARED} shared complaints (same channel references) and act
 * on them in the same order, so they collide on every shared complaint; each also intakes and accepts
 * {@value #OWN} of its own. Afterwards, from the instances' own logs and the database:
 * <ul>
 *   <li>each shared reference was created by exactly one instance, and every complaint exists once;</li>
 *   <li>no lost update: the changes the two instances were told were accepted are exactly the events of the
 *       stored timelines (no more, no fewer, none twice), no two accepted changes of a complaint got the same
 *       version, and each stored version is one more than its accepted changes;</li>
 *   <li>no duplicate delivery: the hand-overs of both instances' gateways together are exactly the outbox rows,
 *       each once, and every row is {@code DELIVERED};</li>
 *   <li>one unbroken keyed audit chain holding one record per saved change, every complaint matching it.</li>
 * </ul>
 */
class SeveralInstancesTest {

    private static final int OWN = 15;
    private static final int SHARED = 15;
    private static final int CONTACTS = 6;

    @TempDir
    Path dir;

    @Test
    void twoInstancesOnPostgresLoseNoUpdateDeliverOnceAndKeepOneChain() throws Exception {
        String url = TestDatabases.postgresUrl().orElse(null);
        Assumptions.assumeTrue(url != null, "no PostgreSQL server on 127.0.0.1:5432: skipped");
        String schema = TestDatabases.uniqueSchema();
        try {
            run(url, schema);
        } finally {
            TestDatabases.dropSchema(schema);
        }
    }

    private void run(String url, String schema) throws Exception {
        Path keyFile = dir.resolve("instances.key");
        JdbcHost.connect(url, "postgres", "", schema).close(); // migrate once, before both start
        FileAuditKeys keys = FileAuditKeys.createOrOpen(keyFile);
        String[] labels = {"A", "B"};
        List<String> worked = new ArrayList<>();
        try (ChildJvm a = start(url, schema, keyFile, "A"); ChildJvm b = start(url, schema, keyFile, "B")) {
            a.awaitLine("READY"::equals, 60);
            b.awaitLine("READY"::equals, 60);
            Files.createFile(dir.resolve("go"));
            for (String barrier : List.of("ACT", "CONTACT")) {
                a.awaitLine(barrier::equals, 60);
                b.awaitLine(barrier::equals, 60);
                Files.createFile(dir.resolve(barrier));
            }
            worked.add(a.awaitLine(l -> l.startsWith("WORKED"), 60));
            worked.add(b.awaitLine(l -> l.startsWith("WORKED"), 60));
            Files.createFile(dir.resolve("drain"));
            a.awaitLine("DONE"::equals, 60);
            b.awaitLine("DONE"::equals, 60);
        }

        // what the instances were told
        Map<String, List<String>> accepted = new HashMap<>(); // complaint id -> "TYPE actor" of accepted changes
        Map<String, Set<Long>> versions = new HashMap<>();
        long duplicateVersions = 0;
        long changes = 0;
        long created = 0;
        Set<String> createdIds = new HashSet<>();
        List<String> handedOver = new ArrayList<>();
        for (String label : labels) {
            for (String line : read("changes-" + label)) {
                String[] f = line.split(" ");
                accepted.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[2] + " " + f[3]);
                if (!versions.computeIfAbsent(f[0], k -> new HashSet<>()).add(Long.parseLong(f[1]))) {
                    duplicateVersions++;
                }
                changes++;
            }
            for (String line : read("intakes-" + label)) {
                String[] f = line.split(" ");
                if (Boolean.parseBoolean(f[1])) {
                    created++;
                    createdIds.add(f[0]);
                }
            }
            handedOver.addAll(read("handovers-" + label));
        }

        try (JdbcHost host = JdbcHost.connect(url, "postgres", "", schema)) {
            // what the database holds
            List<ComplaintRecord> stored;
            try (var all = host.complaintStore().stream(io.consumerprotection.spi.complaint.ComplaintQuery.all())) {
                stored = all.toList();
            }
            long lost = 0;
            long phantom = 0;
            long wrongVersion = 0;
            for (ComplaintRecord c : stored) {
                List<String> events = new ArrayList<>();
                for (TimelineEventRecord e : c.timeline()) {
                    if (!e.type().equals("RECEIVED") && !e.type().equals("NOTIFIED")) {
                        events.add(e.type() + " " + e.actor());
                    }
                }
                List<String> told = accepted.getOrDefault(c.id(), List.of());
                List<String> missing = new ArrayList<>(told);
                events.forEach(missing::remove);
                List<String> extra = new ArrayList<>(events);
                told.forEach(extra::remove);
                lost += missing.size();
                phantom += extra.size();
                if (c.version() != 1 + told.size()) {
                    wrongVersion++;
                }
            }
            Map<String, String> outbox = OutboxTestRows.statuses(host);
            Set<String> distinctHandovers = new HashSet<>(handedOver);

            ConsumerProtection cp = ConsumerProtection.builder().complaintStore(host.complaintStore())
                    .notificationSender(host.notificationSender()).auditKeys(keys).clock(Clock.systemUTC()).build();
            ChainVerification v = cp.verifyAuditTrail();
            System.out.printf("two instances on PostgreSQL: %s; complaints %d (created %d), accepted changes %d,"
                            + " lost %d, phantom %d, duplicate versions %d, wrong versions %d; notifications %d,"
                            + " hand-overs %d (distinct %d); audit records %d, problems %s%n", worked, stored.size(),
                    created, changes, lost, phantom, duplicateVersions, wrongVersion, outbox.size(),
                    handedOver.size(), distinctHandovers.size(), v.recordsChecked(), v.countsByProblem());

            assertThat(stored).hasSize(2 * OWN + SHARED);
            assertThat(created).as("complaints created (each shared reference by one instance)")
                    .isEqualTo(2 * OWN + SHARED);
            assertThat(createdIds).hasSize(2 * OWN + SHARED);
            assertThat(lost).as("accepted changes missing from the stored timelines").isZero();
            assertThat(phantom).as("stored events no instance was told were accepted").isZero();
            assertThat(duplicateVersions).as("two accepted changes of a complaint at one version").isZero();
            assertThat(wrongVersion).as("complaints whose version is not 1 + their accepted changes").isZero();
            // every complaint is accepted once (one acknowledgement each); every shared one gets every contact
            assertThat(changes).isEqualTo(2L * OWN + SHARED * (3L + 2 * CONTACTS));
            assertThat(outbox).hasSize(2 * OWN + SHARED);
            assertThat(outbox.values()).containsOnly("DELIVERED");
            assertThat(handedOver).as("hand-overs of both instances").doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(outbox.keySet());
            assertThat(v.problems()).isEmpty();
            assertThat(v.recordsChecked()).isEqualTo(created + changes);
        }
    }

    private ChildJvm start(String url, String schema, Path keyFile, String label) throws Exception {
        return ChildJvm.start(InstanceHost.class, "128m", url, schema, keyFile.toString(), label, dir.toString(),
                Integer.toString(OWN), Integer.toString(SHARED), Integer.toString(CONTACTS));
    }

    private List<String> read(String name) throws Exception {
        return Files.readAllLines(dir.resolve(name + ".txt"), StandardCharsets.UTF_8);
    }
}
