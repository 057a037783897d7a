package io.consumerprotection.examples.benchmarks;

import io.consumerprotection.core.privacy.AuditTrail;
import io.consumerprotection.core.privacy.ChainVerification;
import io.consumerprotection.spi.audit.AuditRecord;
import io.consumerprotection.testkit.InMemoryAuditKeyProvider;
import io.consumerprotection.testkit.InMemoryAuditSink;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The audit trail's own cost, in memory (no database): appending a record (linking it onto the head: SHA-256
 * unkeyed, HMAC-SHA256 keyed) and verifying a trail of {@value #RECORDS} records, per record in µs. One thread.
 *
 * <p>{@code previous*} run an earlier release side by side in the same run ({@code -p previousCore=core.jar:spi.jar},
 * loaded in a class loader of its own); without the parameter they return at once and their figures mean nothing.
 * Run: {@code java -jar examples/benchmarks/target/benchmarks.jar AuditTrailBenchmark -f 1 -wi 2 -w 1s -i 3 -r 1s
 * -p previousCore=…}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class AuditTrailBenchmark {

    static final int RECORDS = 10_000;
    private static final int APPENDS = 1_000;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-09-20T02:15:00Z"), ZoneOffset.UTC);
    private static final Map<String, String> DETAILS = Map.of("version", "3", "status", "INVESTIGATING", "tier",
            "COMPLEX");

    /** The jars of an earlier release to measure side by side, separated by the path separator; empty for none. */
    @Param("")
    public String previousCore;

    private final InMemoryAuditKeyProvider keys = InMemoryAuditKeyProvider.of("k1",
            "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    private List<AuditRecord> unkeyedTrail;
    private List<AuditRecord> keyedTrail;

    private MethodHandle previousNewTrail;
    private MethodHandle previousAppend;
    private MethodHandle previousVerify;
    private List<?> previousTrail;

    @Setup
    public void setUp() throws Throwable {
        InMemoryAuditSink unkeyed = new InMemoryAuditSink();
        fill(AuditTrail.of(unkeyed, CLOCK), RECORDS);
        unkeyedTrail = unkeyed.records().toList();
        InMemoryAuditSink keyed = new InMemoryAuditSink();
        fill(AuditTrail.keyed(keyed, CLOCK, keys), RECORDS);
        keyedTrail = keyed.records().toList();
        if (!previousCore.isEmpty()) {
            ClassLoader loader = PreviousRelease.of(previousCore, AuditTrailBenchmark.class.getClassLoader());
            Class<?> sinkType = Class.forName("io.consumerprotection.spi.audit.AuditSink", true, loader);
            Class<?> memorySink = Class.forName(InMemoryAuditSink.class.getName(), true, loader);
            Class<?> trailType = Class.forName("io.consumerprotection.core.privacy.AuditTrail", true, loader);
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle of = lookup.findStatic(trailType, "of", MethodType.methodType(trailType, sinkType, Clock.class));
            MethodHandle newSink = lookup.findConstructor(memorySink, MethodType.methodType(void.class));
            previousNewTrail = MethodHandles.collectArguments(of, 0, newSink.asType(MethodType.methodType(sinkType)));
            previousAppend = lookup.findVirtual(trailType, "append", MethodType.methodType(
                    Class.forName("io.consumerprotection.spi.audit.AuditRecord", true, loader), String.class,
                    String.class, String.class, String.class, String.class, String.class, Map.class));
            previousVerify = lookup.findStatic(trailType, "verify", MethodType.methodType(
                    Class.forName("io.consumerprotection.core.privacy.ChainVerification", true, loader), Stream.class));
            Object sink = newSink.invoke();
            Object trail = of.invoke(sink, CLOCK);
            for (int i = 0; i < RECORDS; i++) {
                previousAppend.invoke(trail, "EMP-" + i, "COMPLAINT_ACCEPTED", "COMPLAINT", "CP-" + i, "complaint handling",
                        "SUCCEEDED", DETAILS);
            }
            previousTrail = (List<?>) ((Stream<?>) memorySink.getMethod("records").invoke(sink)).toList();
        }
    }

    private static void fill(AuditTrail trail, int n) {
        for (int i = 0; i < n; i++) {
            trail.append("EMP-" + i, "COMPLAINT_ACCEPTED", "COMPLAINT", "CP-" + i, "complaint handling", "SUCCEEDED",
                    DETAILS);
        }
    }

    @Benchmark
    @OperationsPerInvocation(APPENDS)
    public AuditRecord appendUnkeyed() {
        return appendMany(AuditTrail.of(new InMemoryAuditSink(), CLOCK));
    }

    @Benchmark
    @OperationsPerInvocation(APPENDS)
    public AuditRecord appendKeyed() {
        return appendMany(AuditTrail.keyed(new InMemoryAuditSink(), CLOCK, keys));
    }

    private static AuditRecord appendMany(AuditTrail trail) {
        AuditRecord last = null;
        for (int i = 0; i < APPENDS; i++) {
            last = trail.append("EMP-1", "COMPLAINT_ACCEPTED", "COMPLAINT", "CP-1", "complaint handling", "SUCCEEDED",
                    DETAILS);
        }
        return last;
    }

    @Benchmark
    @OperationsPerInvocation(APPENDS)
    public Object previousAppend() throws Throwable {
        if (previousNewTrail == null) {
            return null;
        }
        Object trail = previousNewTrail.invoke(CLOCK);
        Object last = null;
        for (int i = 0; i < APPENDS; i++) {
            last = previousAppend.invoke(trail, "EMP-1", "COMPLAINT_ACCEPTED", "COMPLAINT", "CP-1", "complaint handling",
                    "SUCCEEDED", DETAILS);
        }
        return last;
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public ChainVerification verifyUnkeyed() {
        return AuditTrail.verify(unkeyedTrail.stream());
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public ChainVerification verifyKeyed() {
        return AuditTrail.verify(keyedTrail.stream(), keys);
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public Object previousVerify() throws Throwable {
        return previousTrail == null ? null : previousVerify.invoke(previousTrail.stream());
    }
}
