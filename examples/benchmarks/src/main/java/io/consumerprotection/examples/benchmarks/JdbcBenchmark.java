package io.consumerprotection.examples.benchmarks;

import io.consumerprotection.core.privacy.AuditTrail;
import io.consumerprotection.examples.host.jdbc.JdbcHost;
import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.spi.complaint.ComplainantRecord;
import io.consumerprotection.spi.complaint.ComplaintQuery;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import io.consumerprotection.testkit.InMemoryAuditKeyProvider;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JDBC host on an embedded H2 file: {@code streamAll} reads every one of {@link #rows} complaints through
 * {@code JdbcComplaintStore.stream} (ms per full read), {@code appendKeyed} appends one keyed audit record through
 * {@code AuditTrail} onto {@code JdbcAuditSink} (its own transaction with the chain head's row lock; µs per record).
 *
 * <p>{@code previous*} do the same with an earlier release's core, spi and host jars
 * ({@code -p previousCore=core.jar:spi.jar:host.jar}, loaded in a class loader of their own, with that release's
 * Flyway scripts) on a database of its own holding the same rows; without the parameter they return at once.
 * Run: {@code java -jar examples/benchmarks/target/benchmarks.jar JdbcBenchmark -f 1 -wi 2 -w 2s -i 3 -r 2s
 * -p previousCore=…}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class JdbcBenchmark {

    private static final Instant T0 = Instant.parse("2024-01-02T01:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
    private static final Map<String, String> DETAILS = Map.of("version", "3", "status", "INVESTIGATING");

    /** How many complaints the databases hold. */
    @Param("10000")
    public int rows;

    /** The core, spi and host jars of an earlier release, separated by the path separator; empty for none. */
    @Param("")
    public String previousCore;

    private Path dir;
    private JdbcHost host;
    private AuditTrail trail;
    private Object previousHost;
    private MethodHandle previousStream;
    private Object previousQuery;
    private MethodHandle previousAppend;
    private Object previousTrail;

    @Setup
    public void setUp() throws Throwable {
        dir = Files.createTempDirectory("jdbc-benchmark");
        // both databases get the same rows the same way (one batch copied from a seed), so that their files are
        // laid out alike and only the code reading them differs
        String seedUrl = "jdbc:h2:file:" + dir.resolve("seed").toAbsolutePath();
        try (JdbcHost seed = JdbcHost.connect(seedUrl)) {
            for (int i = 0; i < rows; i++) {
                seed.complaintStore().save(complaint(i), 0);
            }
        }
        String url = "jdbc:h2:file:" + dir.resolve("current").toAbsolutePath();
        host = JdbcHost.connect(url);
        copyComplaints(seedUrl, url);
        trail = AuditTrail.keyed(host.auditSink(), CLOCK, InMemoryAuditKeyProvider.of("k1",
                "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII)));
        if (!previousCore.isEmpty()) {
            ClassLoader loader = PreviousRelease.of(previousCore, JdbcBenchmark.class.getClassLoader());
            String previousUrl = "jdbc:h2:file:" + dir.resolve("previous").toAbsolutePath();
            Class<?> hostType = Class.forName("io.consumerprotection.examples.host.jdbc.JdbcHost", true, loader);
            previousHost = hostType.getMethod("connect", String.class).invoke(null, previousUrl);
            copyComplaints(seedUrl, previousUrl);
            Object store = hostType.getMethod("complaintStore").invoke(previousHost);
            Class<?> queryType = Class.forName("io.consumerprotection.spi.complaint.ComplaintQuery", true, loader);
            previousQuery = queryType.getMethod("all").invoke(null);
            previousStream = MethodHandles.publicLookup().findVirtual(store.getClass(), "stream",
                    MethodType.methodType(Stream.class, queryType)).bindTo(store);
            Object sink = hostType.getMethod("auditSink").invoke(previousHost);
            Class<?> sinkType = Class.forName("io.consumerprotection.spi.audit.AuditSink", true, loader);
            Class<?> trailType = Class.forName("io.consumerprotection.core.privacy.AuditTrail", true, loader);
            previousTrail = trailType.getMethod("of", sinkType, Clock.class).invoke(null, sink, CLOCK);
            previousAppend = MethodHandles.publicLookup().findVirtual(trailType, "append", MethodType.methodType(
                    Class.forName("io.consumerprotection.spi.audit.AuditRecord", true, loader), String.class,
                    String.class, String.class, String.class, String.class, String.class, Map.class))
                    .bindTo(previousTrail);
            try (Stream<?> s = (Stream<?>) previousStream.invoke(previousQuery)) {
                System.out.println("[JdbcBenchmark] previous release from " + previousCore + ": " + s.count() + " rows");
            }
        }
    }

    /** Copies the complaint rows column by column (both releases' complaint tables have the same columns). */
    private static void copyComplaints(String from, String to) throws SQLException {
        try (Connection source = DriverManager.getConnection(from); Connection target = DriverManager.getConnection(to);
             PreparedStatement read = source.prepareStatement("SELECT * FROM complaint");
             ResultSet rs = read.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            StringBuilder columns = new StringBuilder();
            StringBuilder marks = new StringBuilder();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                columns.append(c == 1 ? "" : ", ").append(meta.getColumnName(c));
                marks.append(c == 1 ? "?" : ", ?");
            }
            target.setAutoCommit(false);
            try (PreparedStatement write = target.prepareStatement(
                    "INSERT INTO complaint (" + columns + ") VALUES (" + marks + ")")) {
                while (rs.next()) {
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        write.setObject(c, rs.getObject(c));
                    }
                    write.addBatch();
                }
                write.executeBatch();
            }
            target.commit();
        }
    }

    private static ComplaintRecord complaint(int i) {
        Instant at = T0.plusSeconds(i * 97L);
        return new ComplaintRecord("CP-" + i, 0, "HOTLINE", "HL-" + i, "HOTLINE",
                new ComplainantRecord("PERSON", "CUST-" + i, "张**", "SELF", null, 1), "BR-01",
                "退还年费", "信用卡年费未经告知被扣收 300 元，客户要求退还并解释收费依据。".repeat(3),
                Map.of("BUSINESS", "06022", "CAUSE", "0703"), "ORDINARY", "INVESTIGATING", at, "BR-0" + (i % 9),
                "EMP-1", "EMP-2", null,
                List.of(new TimelineEventRecord(1, "RECEIVED", at, "EMP-1", "", Map.of()),
                        new TimelineEventRecord(2, "ACCEPTED", at.plusSeconds(60), "EMP-1", "", Map.of()),
                        new TimelineEventRecord(3, "ASSIGNED", at.plusSeconds(120), "EMP-1", "",
                                Map.of("handler", "EMP-2"))),
                Map.of("DECISION", LocalDate.of(2024, 1, 17)));
    }

    @TearDown
    public void tearDown() throws Exception {
        host.close();
        if (previousHost != null) {
            previousHost.getClass().getMethod("close").invoke(previousHost);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory
        }
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long streamAll() {
        try (Stream<ComplaintRecord> s = host.complaintStore().stream(ComplaintQuery.all())) {
            return s.count();
        }
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long previousStreamAll() throws Throwable {
        if (previousStream == null) {
            return 0;
        }
        try (Stream<?> s = (Stream<?>) previousStream.invoke(previousQuery)) {
            return s.count();
        }
    }

    @Benchmark
    public AuditRecord appendKeyed() {
        return trail.append("EMP-1", "PII_REVEALED", "CUSTOMER_FIELD", "CUST-1", "核实身份", "SUCCEEDED", DETAILS);
    }

    @Benchmark
    public Object previousAppend() throws Throwable {
        return previousAppend == null ? null
                : previousAppend.invoke("EMP-1", "PII_REVEALED", "CUSTOMER_FIELD", "CUST-1", "核实身份", "SUCCEEDED",
                        DETAILS);
    }
}
