package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.jdbc.JdbcComplaintStore;
import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.contract.SampleComplaints;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's corruption: on a fresh copy of the demo's 10,000-complaint H2 file, streaming the complaints and
 * reading the audit trail failed with {@code MVStoreException: Chunk … not found} while H2 compacted the file
 * on open. Here a demo-sized database is made through the store ({@value #COMPLAINTS} complaints, each saved
 * twice so that half the file is dead and H2 compacts it on open, and as many audit records), and a fresh
 * process opens {@value #ROUNDS} fresh copies of it, each time streaming every complaint and reading the
 * whole trail. Prints the counts; any failure fails the test.
 */
class StreamingCopyTest {

    private static final int COMPLAINTS = 10_000;
    private static final int ROUNDS = 20;
    private static final Instant T0 = Instant.parse("2026-01-05T01:00:00Z");

    @TempDir
    Path dir;

    @Test
    void freshCopiesOfADemoSizedDatabaseStreamWithoutFailure() throws Exception {
        Path bank = dir.resolve("bank");
        // like the demo: H2's default WRITE_DELAY, many saves
        try (JdbcHost host = JdbcHost.connect("jdbc:h2:file:" + bank.toAbsolutePath())) {
            JdbcComplaintStore store = host.complaintStore();
            String previous = "";
            for (int i = 0; i < COMPLAINTS; i++) {
                String id = "C-%05d".formatted(i);
                ComplaintRecord first = store.save(
                        SampleComplaints.complete(id, "REF-" + id, T0.plusSeconds(37L * i)), 0);
                store.save(SampleComplaints.withEvent(first, "NOTE", "EMP-" + (i % 50)), 1);
                String hash = "h" + i;
                host.auditSink().append(new AuditRecord("A-" + i, T0.plusSeconds(37L * i), "EMP-" + (i % 50),
                        "COMPLAINT_SAVED", "COMPLAINT", id, "handling", "OK", Map.of("version", "2"), previous,
                        hash));
                previous = hash;
            }
        }
        Path work = Files.createDirectories(dir.resolve("work"));

        List<String> lines;
        try (ChildJvm child = ChildJvm.start(CopyStreamingChild.class, "256m", bank.toAbsolutePath().toString(),
                String.valueOf(ROUNDS), work.toAbsolutePath().toString())) {
            child.awaitLine("DONE"::equals, 300);
            lines = child.output().stream().filter(l -> l.startsWith("ITER ")).toList();
        }

        long ok = lines.stream().filter(l -> l.contains(" OK complaints " + COMPLAINTS + " audit " + COMPLAINTS))
                .count();
        List<String> failures = lines.stream().filter(l -> !l.contains(" OK ")).toList();
        System.out.printf("streaming fresh copies of a %d-complaint H2 file: rounds %d, complete %d, failures %d%n",
                COMPLAINTS, lines.size(), ok, failures.size());
        failures.stream().limit(5).forEach(f -> System.out.println("  " + f));
        assertThat(failures).isEmpty();
        assertThat(ok).isEqualTo(ROUNDS);
    }
}
