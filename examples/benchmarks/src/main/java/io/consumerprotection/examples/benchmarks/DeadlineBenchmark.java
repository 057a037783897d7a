package io.consumerprotection.examples.benchmarks;

import io.consumerprotection.core.deadline.DeadlineEngine;
import io.consumerprotection.core.deadline.DeadlineEvaluation;
import io.consumerprotection.core.deadline.PolicyId;
import io.consumerprotection.spi.complaint.ComplainantRecord;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The complaint clock, {@link DeadlineEngine#evaluate} (due dates, statuses and explanations) and
 * {@link DeadlineEngine#evaluateWithoutExplanation}, under {@code NFRA-2020-3} on 1,024 complaints received
 * 2010-2025 (seed 7): a third plain, a third with a mediation pause (resumed), a third extended COMPLEX and
 * decided; evaluated 20 days after receipt.
 *
 * <p>{@code previousEvaluate} and {@code previousWithoutExplanation} run an earlier release side by side in the same
 * run ({@code -p previousCore=/path/core.jar:/path/spi.jar}, loaded by {@link PreviousRelease}; the complaints are
 * copied into its records at setup, and its due dates are checked equal to the current ones except where the
 * current engine applies a rule the earlier one did not). {@code currentEvaluateByHandle} and
 * {@code currentWithoutExplanationByHandle} call the current release through the same kind of call site (a method
 * handle in a state field), so those pairs compare like with like. Without the parameter the previous and by-handle
 * benchmarks return at once and their figures mean nothing.
 * Run: {@code java -jar examples/benchmarks/target/benchmarks.jar DeadlineBenchmark -f 1 -wi 2 -w 1s -i 3 -r 1s
 * -p previousCore=…}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DeadlineBenchmark {

    static final int SIZE = 1024;
    static final int MASK = SIZE - 1;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final MethodType EVALUATE = MethodType.methodType(Object.class, Object.class, Object.class, Instant.class);

    /** The engines and the complaints. */
    @State(Scope.Benchmark)
    public static class Complaints {

        /** The jars of an earlier release to measure side by side, separated by the path separator; empty for none. */
        @Param("")
        public String previousCore = "";

        DeadlineEngine engine;
        ComplaintRecord[] complaints;
        Instant[] asOf;
        MethodHandle currentEvaluate;
        MethodHandle currentWithout;
        MethodHandle previousEvaluate;
        MethodHandle previousWithout;
        Object[] previousComplaints;
        Object previousPolicy;

        @Setup(Level.Trial)
        public void setUp() throws Throwable {
            engine = DeadlineEngine.builder().allowProvisional(true).build();
            Random random = new Random(7);
            complaints = new ComplaintRecord[SIZE];
            asOf = new Instant[SIZE];
            LocalDate base = LocalDate.of(2010, 1, 4);
            for (int i = 0; i < SIZE; i++) {
                LocalDate received = base.plusDays(random.nextInt(5800));
                complaints[i] = complaint(i, received, i % 3);
                asOf[i] = received.plusDays(20).atTime(12, 0).atZone(SHANGHAI).toInstant();
            }
            if (previousCore.isEmpty()) {
                return;
            }
            currentEvaluate = PreviousRelease.bind(engine, "evaluate", EVALUATE, ComplaintRecord.class, PolicyId.class,
                    Instant.class);
            currentWithout = PreviousRelease.bind(engine, "evaluateWithoutExplanation", EVALUATE, ComplaintRecord.class,
                    PolicyId.class, Instant.class);
            PreviousRelease previous = new PreviousRelease(previousCore, DeadlineBenchmark.class.getClassLoader());
            Class<?> engineType = previous.type(DeadlineEngine.class.getName());
            Class<?> recordType = previous.type(ComplaintRecord.class.getName());
            Class<?> policyType = previous.type(PolicyId.class.getName());
            Object builder = engineType.getMethod("builder").invoke(null);
            builder = builder.getClass().getMethod("allowProvisional", boolean.class).invoke(builder, true);
            Object oldEngine = builder.getClass().getMethod("build").invoke(builder);
            previousPolicy = policyType.getMethod("of", String.class).invoke(null, PolicyId.NFRA_2020_3.toString());
            previousEvaluate = PreviousRelease.bind(oldEngine, "evaluate", EVALUATE, recordType, policyType, Instant.class);
            previousWithout = PreviousRelease.bind(oldEngine, "evaluateWithoutExplanation", EVALUATE, recordType, policyType,
                    Instant.class);
            previousComplaints = new Object[SIZE];
            int same = 0;
            for (int i = 0; i < SIZE; i++) {
                previousComplaints[i] = previous.copy(complaints[i]);
                Object ours = engine.evaluate(complaints[i], PolicyId.NFRA_2020_3, asOf[i]).dueDates();
                Object theirs = previousEvaluate.invokeExact(previousComplaints[i], previousPolicy, asOf[i]);
                if (ours.equals(theirs.getClass().getMethod("dueDates").invoke(theirs))) {
                    same++;
                }
            }
            System.out.println("[DeadlineBenchmark] previous release from " + previousCore + ": " + same + " of " + SIZE
                    + " complaints with the same due dates in both releases");
        }

        /** Plain (0), paused for mediation and resumed (1), or extended COMPLEX and decided (2). */
        private static ComplaintRecord complaint(int i, LocalDate received, int kind) {
            Instant at = received.atTime(10, 15).atZone(SHANGHAI).toInstant();
            List<TimelineEventRecord> events = new ArrayList<>();
            events.add(new TimelineEventRecord(1, "RECEIVED", at, "intake", "", Map.of()));
            events.add(new TimelineEventRecord(2, "ACCEPTED", at.plusSeconds(3600), "staff-1", "", Map.of()));
            if (kind == 1) {
                events.add(new TimelineEventRecord(3, "PAUSED", at.plusSeconds(86_400 * 3), "staff-1", "",
                        Map.of("pauseReason", "MEDIATION", "noticeMethod", "SMS")));
                events.add(new TimelineEventRecord(4, "RESUMED", at.plusSeconds(86_400 * 9), "staff-1", "", Map.of()));
            } else if (kind == 2) {
                events.add(new TimelineEventRecord(3, "EXTENDED", at.plusSeconds(86_400 * 5), "staff-1", "",
                        Map.of("tier", "COMPLEX")));
                events.add(new TimelineEventRecord(4, "DECIDED", at.plusSeconds(86_400 * 18), "staff-1", "", Map.of()));
            }
            return new ComplaintRecord("C-" + i, 1, "HOTLINE", "ref-" + i, "HOTLINE",
                    new ComplainantRecord("PERSON", "cust-" + i, "某某", "SELF", null, 1), "", "", "", Map.of(), "ORDINARY",
                    "ACCEPTED", at, "branch-1", "staff-1", "staff-1", null, events, Map.of());
        }
    }

    /** A cursor over the complaints. */
    @State(Scope.Thread)
    public static class Cursor {
        int i;

        int next() {
            return i++ & MASK;
        }
    }

    @Benchmark
    public DeadlineEvaluation evaluate(Complaints c, Cursor k) {
        int i = k.next();
        return c.engine.evaluate(c.complaints[i], PolicyId.NFRA_2020_3, c.asOf[i]);
    }

    @Benchmark
    public DeadlineEvaluation withoutExplanation(Complaints c, Cursor k) {
        int i = k.next();
        return c.engine.evaluateWithoutExplanation(c.complaints[i], PolicyId.NFRA_2020_3, c.asOf[i]);
    }

    @Benchmark
    public Object currentEvaluateByHandle(Complaints c, Cursor k) throws Throwable {
        if (c.currentEvaluate == null) {
            return null;
        }
        int i = k.next();
        return (Object) c.currentEvaluate.invokeExact((Object) c.complaints[i], (Object) PolicyId.NFRA_2020_3, c.asOf[i]);
    }

    @Benchmark
    public Object currentWithoutExplanationByHandle(Complaints c, Cursor k) throws Throwable {
        if (c.currentWithout == null) {
            return null;
        }
        int i = k.next();
        return (Object) c.currentWithout.invokeExact((Object) c.complaints[i], (Object) PolicyId.NFRA_2020_3, c.asOf[i]);
    }

    @Benchmark
    public Object previousEvaluate(Complaints c, Cursor k) throws Throwable {
        if (c.previousEvaluate == null) {
            return null;
        }
        int i = k.next();
        return (Object) c.previousEvaluate.invokeExact(c.previousComplaints[i], c.previousPolicy, c.asOf[i]);
    }

    @Benchmark
    public Object previousWithoutExplanation(Complaints c, Cursor k) throws Throwable {
        if (c.previousWithout == null) {
            return null;
        }
        int i = k.next();
        return (Object) c.previousWithout.invokeExact(c.previousComplaints[i], c.previousPolicy, c.asOf[i]);
    }
}
