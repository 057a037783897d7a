package io.consumerprotection.examples.benchmarks;

import io.consumerprotection.core.audit.AuditContext;
import io.consumerprotection.core.audit.AuditRun;
import io.consumerprotection.core.audit.BuiltInRules;
import io.consumerprotection.core.audit.DeadlineEvaluator;
import io.consumerprotection.core.audit.RuleId;
import io.consumerprotection.core.audit.RuleSet;
import io.consumerprotection.core.audit.RunRecord;
import io.consumerprotection.core.audit.SubjectKind;
import io.consumerprotection.core.deadline.DeadlineEngine;
import io.consumerprotection.core.deadline.PolicyId;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One million complaints through every built-in complaint rule (18 rules, deadline rules on the deadline
 * engine under NFRA-2020-3 and INTERNAL-3-5-10 with the CN 2026a calendar: every due date recomputed, or
 * the lifecycle-recorded dates of ended milestones trusted and the rest recomputed), streamed as a store would
 * stream them: {@link AuditRun} reads a lazy stream of {@code ComplaintRecord}s, maps each to the
 * complaint aggregate, checks it, and hands failures to a consumer. The stream cycles through a pool of
 * 4,096 records made by the SDK's own lifecycle (see {@link AuditComplaints}), so the heap holds the pool,
 * not a million complaints. The score is complaints per second ({@code @OperationsPerInvocation}).
 *
 * <p>{@link DroolsAuditBenchmark} runs five of these rules written in DRL on the same records. Run both with
 * the heap capped: {@code java -jar examples/benchmarks/target/benchmarks.jar "Audit" -f 1 -wi 1 -i 3
 * -jvmArgs -Xmx256m}.
 *
 * <p>{@code previousAllComplaintRules} and {@code previousSameFiveRulesAsDrools} run an earlier release side by side
 * in the same run ({@code -p previousCore=/path/core.jar:/path/spi.jar}): the same {@link AuditWorkload} code,
 * relinked against that release by {@link PreviousRelease}, on a pool made by that release's lifecycle. Without the
 * parameter they return at once and their figures mean nothing.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AuditBenchmark {

    static final int COMPLAINTS = 1_000_000;
    private static final MethodType RUN = MethodType.methodType(Object.class, int.class, Consumer.class);

    /** The pool of records, the rule set and the context. */
    @State(Scope.Benchmark)
    public static class Input {
        @Param({"1", "2"})
        int threads;

        /** {@code engine}: every due date recomputed; {@code recorded}: lifecycle-recorded dates of ended milestones trusted. */
        @Param({"engine", "recorded"})
        String deadlines;

        /**
         * How many distinct records the stream cycles through (a power of two): 4,096 by default (about 7 MB of
         * records, more than a core's L2 cache); {@code -p poolSize=32768} (about 55 MB) for records read from
         * memory rather than cache.
         */
        @Param({"4096"})
        int poolSize;

        /** The jars of an earlier release to measure side by side, separated by the path separator; empty for none. */
        @Param("")
        public String previousCore = "";

        ComplaintRecord[] pool;
        MethodHandle previousAll;
        MethodHandle previousFive;
        RuleSet rules;
        RuleSet five;
        AuditContext context;
        AuditContext recordedContext;

        @Setup
        public void setUp() {
            if (Integer.bitCount(poolSize) != 1) {
                throw new IllegalArgumentException("poolSize must be a power of two, got " + poolSize);
            }
            pool = AuditComplaints.pool(poolSize);
            rules = BuiltInRules.complaints().toBuilder("complaint-rules", BuiltInRules.VERSION).build();
            DeadlineEngine engine = DeadlineEngine.builder().allowProvisional(true).build();
            context = AuditContext.builder(AuditComplaints.AS_OF)
                    .deadlines(deadlines.equals("engine")
                            ? DeadlineEvaluator.engine(engine, PolicyId.NFRA_2020_3, PolicyId.INTERNAL_3_5_10)
                            : DeadlineEvaluator.recorded(engine, PolicyId.NFRA_2020_3, PolicyId.INTERNAL_3_5_10))
                    .build();
            five = BuiltInRules.complaints().toBuilder("five", BuiltInRules.VERSION).enableOnly(java.util.List.of(
                    RuleId.of("CP-COMPLAINT-001"), RuleId.of("CP-COMPLAINT-002"), RuleId.of("CP-COMPLAINT-004"),
                    RuleId.of("CP-COMPLAINT-011"), RuleId.of("CP-COMPLAINT-013"))).build();
            recordedContext = AuditContext.builder(AuditComplaints.AS_OF)
                    .deadlines(DeadlineEvaluator.recorded(engine, PolicyId.NFRA_2020_3, PolicyId.INTERNAL_3_5_10)).build();
            if (rules.rulesFor(SubjectKind.COMPLAINT).size() != 20) {
                throw new IllegalStateException("expected the 20 built-in complaint rules");
            }
            if (!previousCore.isEmpty()) {
                PreviousRelease previous = PreviousRelease.of(previousCore, AuditBenchmark.class.getClassLoader());
                Class<?> workload = previous.relinked(AuditWorkload.class, AuditComplaints.class);
                try {
                    var make = workload.getConstructor(String.class, String.class, int.class);
                    previousAll = PreviousRelease.bind(make.newInstance("all", deadlines, poolSize), "run", RUN, int.class,
                            Consumer.class);
                    previousFive = PreviousRelease.bind(make.newInstance("five", deadlines, poolSize), "run", RUN,
                            int.class, Consumer.class);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot load the previous release from " + previousCore, e);
                }
                System.out.println("[AuditBenchmark] previous release from " + previousCore);
            }
        }

        Stream<ComplaintRecord> million() {
            int mask = pool.length - 1;
            return IntStream.range(0, COMPLAINTS).mapToObj(i -> pool[i & mask]);
        }
    }

    /** A million complaints through the 20 complaint rules. */
    @Benchmark
    @OperationsPerInvocation(COMPLAINTS)
    public RunRecord allComplaintRules(Input in, Blackhole bh) {
        return AuditRun.builder(in.rules, in.context).complaints(in::million).parallelism(in.threads).batchSize(1024)
                .build().execute(bh::consume);
    }

    /**
     * A million complaints through the same five rules as {@link DroolsAuditBenchmark} (recorded due dates, as
     * the DRL side uses them): engine against engine. The {@code deadlines} parameter does not apply.
     */
    @Benchmark
    @OperationsPerInvocation(COMPLAINTS)
    public RunRecord sameFiveRulesAsDrools(Input in, Blackhole bh) {
        return AuditRun.builder(in.five, in.recordedContext).complaints(in::million).parallelism(in.threads).batchSize(1024)
                .build().execute(bh::consume);
    }

    /** The earlier release's {@link #allComplaintRules} (needs {@code -p previousCore=…}). */
    @Benchmark
    @OperationsPerInvocation(COMPLAINTS)
    public Object previousAllComplaintRules(Input in, Blackhole bh) throws Throwable {
        if (in.previousAll == null) {
            return null;
        }
        return (Object) in.previousAll.invokeExact(in.threads, (Consumer<Object>) bh::consume);
    }

    /** The earlier release's {@link #sameFiveRulesAsDrools} (needs {@code -p previousCore=…}). */
    @Benchmark
    @OperationsPerInvocation(COMPLAINTS)
    public Object previousSameFiveRulesAsDrools(Input in, Blackhole bh) throws Throwable {
        if (in.previousFive == null) {
            return null;
        }
        return (Object) in.previousFive.invokeExact(in.threads, (Consumer<Object>) bh::consume);
    }
}
