package io.consumerprotection.examples.host.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.core.privacy.ChainVerification;
import io.consumerprotection.examples.host.audit.FileAuditKeys;
import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.spi.complaint.ComplaintQuery;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real host process (destroyForcibly: no shutdown hook, no finally) at random points while it handles
 * complaints, {@value #DEFAULT_KILLS} times per database ({@code -Dcp.kill.runs=N} for another count), restarting
 * it on the same database each time; then verifies the trail against the stored complaints: no version without
 * its audit record, no record without its version, one unbroken keyed chain.
 */
class AuditKillTest {

    private static final int DEFAULT_KILLS = 50;
    private static final int KILLS = Integer.getInteger("cp.kill.runs", DEFAULT_KILLS);

    @TempDir
    Path dir;

    /**
     * H2 file and PostgreSQL side by side (two threads, each killing its own child JVMs), so the 2 × 50 kills take
     * the time of one series; PostgreSQL is left out, saying so, when no server is reachable.
     */
    @Test
    void aKilledHostLeavesNoVersionWithoutItsRecordAndNoRecordWithoutItsVersion() throws Exception {
        String schema = TestDatabases.uniqueSchema();
        String pg = TestDatabases.postgresUrl().orElse(null);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var h2 = pool.submit(() -> {
                killRepeatedly("jdbc:h2:file:" + dir.resolve("bank").toAbsolutePath() + ";WRITE_DELAY=0", "-",
                        "h2-file");
                return null;
            });
            var postgres = pg == null ? null : pool.submit(() -> {
                killRepeatedly(pg, schema, "postgres");
                return null;
            });
            if (pg == null) {
                System.out.println("audit kill test: no PostgreSQL server on 127.0.0.1:5432, H2 file only");
            }
            h2.get();
            if (postgres != null) {
                postgres.get();
            }
        } finally {
            pool.shutdownNow();
            TestDatabases.dropSchema(schema);
        }
    }

    private void killRepeatedly(String url, String schema, String label) throws Exception {
        Path keyFile = dir.resolve(label + ".key");
        Random random = new Random(label.hashCode());
        for (int run = 0; run < KILLS; run++) {
            try (ChildJvm child = ChildJvm.start(ChangingHost.class, "128m", url, schema, keyFile.toString(), "0",
                    label + run)) {
                child.awaitLine(l -> l.equals("READY"), 90);
                Thread.sleep(random.nextInt(250));
                child.kill();
            }
        }
        try (JdbcHost host = JdbcHost.connect(url, url.startsWith("jdbc:postgresql:") ? "postgres" : null,
                url.startsWith("jdbc:postgresql:") ? "" : null, schema.equals("-") ? null : schema)) {
            ConsumerProtection cp = ConsumerProtection.builder().complaintStore(host.complaintStore())
                    .notificationSender(host.notificationSender()).auditKeys(FileAuditKeys.createOrOpen(keyFile))
                    .clock(Clock.systemUTC()).build();
            ChainVerification v = cp.verifyAuditTrail();
            long complaints;
            long versions;
            try (Stream<ComplaintRecord> s = host.complaintStore().stream(ComplaintQuery.all())) {
                long[] sums = s.mapToLong(ComplaintRecord::version).collect(() -> new long[2],
                        (a, version) -> { a[0]++; a[1] += version; }, (a, b) -> { a[0] += b[0]; a[1] += b[1]; });
                complaints = sums[0];
                versions = sums[1];
            }
            long changeRecords;
            try (Stream<AuditRecord> s = host.auditSink().records()) {
                changeRecords = s.filter(r -> r.subjectType().equals("COMPLAINT")).count();
            }
            System.out.printf("audit kill test on %s: %d kills, %d complaints, %d versions, %d change records,"
                    + " %d trail records, problems %s%n", label, KILLS, complaints, versions, changeRecords,
                    v.recordsChecked(), v.countsByProblem());
            assertThat(v.problems()).isEmpty();
            assertThat(changeRecords).isEqualTo(versions);
            assertThat(complaints).isGreaterThanOrEqualTo(KILLS);
        }
    }
}
