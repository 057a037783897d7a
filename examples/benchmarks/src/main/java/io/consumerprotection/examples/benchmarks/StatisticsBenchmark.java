package io.consumerprotection.examples.benchmarks;

import io.consumerprotection.core.classification.Dimension;
import io.consumerprotection.core.statistics.ComplaintStatistics;
import io.consumerprotection.core.statistics.Grouping;
import io.consumerprotection.core.statistics.ReportingPeriod;
import io.consumerprotection.core.statistics.StatisticsReport;
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
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Complaint statistics throughput: one pass over 100,000 complaint records (current half-year, previous
 * half-year and the year before), each with business, cause and rights codes and a five-event timeline;
 * the built-in regulator groupings plus business at middle level. The score is per complaint
 * ({@code @OperationsPerInvocation}), so ops/s is complaints per second on one thread.
 *
 * <p>{@code previousOnePass} runs an earlier release side by side ({@code -p previousCore=/path/core.jar:/path/spi.jar}):
 * this very class relinked against that release by {@link PreviousRelease}. Without the parameter it returns at once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StatisticsBenchmark {

    static final int N = 100_000;
    private static final String[] BUSINESS = {"06021", "06022", "06023", "0701", "0702", "1101", "1102", "0902", "1201", "0101"};
    private static final String[] CAUSE = {"0101", "0202", "0301", "0401", "0501", "0701", "0801", "1001", "1101", "1201"};
    private static final String[] CHANNEL = {"HOTLINE", "BRANCH_COUNTER", "REGULATOR_TRANSFER", "PBOC_TRANSFER", "MOBILE_APP"};
    private static final String[] SATISFACTION = {"SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"};

    /** The jars of an earlier release to measure side by side, separated by the path separator; empty for none. */
    @Param("")
    public String previousCore = "";

    private List<ComplaintRecord> complaints;
    private MethodHandle previousPass;
    private ComplaintStatistics statistics;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        LocalDate first = LocalDate.of(2024, 1, 1);
        complaints = new ArrayList<>(N);
        for (int i = 0; i < N; i++) {
            LocalDate day = first.plusDays(random.nextInt(547));
            Instant received = day.atTime(9 + random.nextInt(9), random.nextInt(60)).atZone(zone).toInstant();
            LocalDate due = day.plusDays(15);
            Instant decided = received.plusSeconds(86_400L * (3 + random.nextInt(16)));
            List<TimelineEventRecord> timeline = List.of(
                    new TimelineEventRecord(1, "RECEIVED", received, "EMP-1", "", Map.of()),
                    new TimelineEventRecord(2, "ACCEPTED", received.plusSeconds(600), "EMP-1", "", Map.of()),
                    new TimelineEventRecord(3, "DECIDED", decided, "EMP-2", "", Map.of("outcome", "UPHELD")),
                    new TimelineEventRecord(4, "SATISFACTION_RECORDED", decided.plusSeconds(86_400), "EMP-2", "",
                            Map.of("satisfaction", SATISFACTION[random.nextInt(3)])),
                    new TimelineEventRecord(5, "CLOSED", decided.plusSeconds(2 * 86_400), "EMP-2", "", Map.of()));
            complaints.add(new ComplaintRecord("C-" + i, 3, CHANNEL[random.nextInt(CHANNEL.length)], "REF-" + i, "01",
                    new ComplainantRecord("PERSON", "P-" + i, "客户", "SELF", null, 1), "", "", "",
                    Map.of("BUSINESS", BUSINESS[random.nextInt(BUSINESS.length)], "CAUSE", CAUSE[random.nextInt(CAUSE.length)],
                            "RIGHT", random.nextBoolean() ? "01|04" : "02"),
                    "ORDINARY", "CLOSED", received, "BR-" + random.nextInt(40), "EMP-1", "EMP-2",
                    random.nextInt(20) == 0 ? "C-" + random.nextInt(N) : null, timeline, Map.of("DECISION", due)));
        }
        statistics = ComplaintStatistics.builder().period(ReportingPeriod.halfYear(2025, 1))
                .groupBy(Grouping.by(Dimension.BUSINESS, 2)).build();
        statistics.compute(complaints.stream());
        if (!previousCore.isEmpty()) {
            PreviousRelease previous = PreviousRelease.of(previousCore, StatisticsBenchmark.class.getClassLoader());
            try {
                Object theirs = previous.relinked(StatisticsBenchmark.class).getConstructor().newInstance();
                theirs.getClass().getMethod("setUp").invoke(theirs);
                previousPass = PreviousRelease.bind(theirs, "onePass", MethodType.methodType(Object.class));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot load the previous release from " + previousCore, e);
            }
        }
    }

    /** One pass over the complaints. */
    @Benchmark
    @OperationsPerInvocation(N)
    public StatisticsReport onePass() {
        return statistics.compute(complaints.stream());
    }

    /** The earlier release's {@link #onePass} (needs {@code -p previousCore=…}). */
    @Benchmark
    @OperationsPerInvocation(N)
    public Object previousOnePass() throws Throwable {
        if (previousPass == null) {
            return null;
        }
        return (Object) previousPass.invokeExact();
    }
}
