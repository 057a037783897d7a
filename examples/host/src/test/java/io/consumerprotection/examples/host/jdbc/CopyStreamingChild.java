package io.consumerprotection.examples.host.jdbc;

import io.consumerprotection.jdbc.JdbcComplaintStore;
import io.consumerprotection.jdbc.JdbcAccessException;
import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.spi.complaint.ComplaintQuery;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import io.consumerprotection.spi.contract.SampleComplaints;
import java.util.stream.Stream;

/**
 * The process {@link StreamingCopyTest} runs: {@code iterations} times, copies the H2 file {@code source}
 * (a path without {@code .mv.db}) into {@code work}, opens the copy (H2 then compacts it in the background),
 * streams every complaint and reads the whole audit trail while another thread saves changes to 200 of the
 * complaints (as tellers would while an audit runs), and prints {@code ITER i OK complaints n audit m},
 * or {@code ITER i FAIL} and the exception's class and SQLState; then {@code DONE}.
 */
public final class CopyStreamingChild {

    private CopyStreamingChild() {
    }

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[0] + ".mv.db");
        int iterations = Integer.parseInt(args[1]);
        Path work = Path.of(args[2]);
        for (int i = 0; i < iterations; i++) {
            Path copy = work.resolve("copy-" + i);
            Files.copy(source, Path.of(copy + ".mv.db"));
            try (JdbcHost host = JdbcHost.openExisting("jdbc:h2:file:" + copy.toAbsolutePath() + ";WRITE_DELAY=0")) {
                AtomicBoolean stop = new AtomicBoolean();
                Thread writer = writer(host.complaintStore(), stop);
                writer.start();
                long complaints;
                try (Stream<ComplaintRecord> s = host.complaintStore().stream(ComplaintQuery.all())) {
                    complaints = s.filter(r -> !r.timeline().isEmpty()).count();
                }
                long audit;
                try (Stream<AuditRecord> s = host.auditSink().records()) {
                    audit = s.filter(r -> !r.hash().isEmpty()).count();
                }
                stop.set(true); // not interrupt(): an interrupted H2 write closes the file channel
                writer.join();
                System.out.println("ITER " + i + " OK complaints " + complaints + " audit " + audit);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                Throwable root = e;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                System.out.println("ITER " + i + " FAIL " + e.getClass().getSimpleName() + " "
                        + (e instanceof JdbcAccessException j ? j.sqlState() : "") + " " + root.getClass().getName()
                        + ": " + String.valueOf(root.getMessage()).lines().findFirst().orElse(""));
            }
            Files.deleteIfExists(Path.of(copy + ".mv.db"));
        }
        System.out.println("DONE");
    }

    /** Saves changes to the first complaints until stopped, so that H2 writes and compacts meanwhile. */
    private static Thread writer(JdbcComplaintStore store, AtomicBoolean stop) {
        List<String> ids = new ArrayList<>();
        try (Stream<ComplaintRecord> s = store.stream(ComplaintQuery.all())) {
            s.limit(200).forEach(r -> ids.add(r.id()));
        }
        Thread t = new Thread(() -> {
            for (int n = 0; !stop.get(); n++) {
                ComplaintRecord r = store.findById(ids.get(n % ids.size())).orElseThrow();
                store.save(SampleComplaints.withEvent(r, "NOTE", "EMP-" + n % 7), r.version());
            }
        }, "writer");
        t.setDaemon(true);
        return t;
    }
}
