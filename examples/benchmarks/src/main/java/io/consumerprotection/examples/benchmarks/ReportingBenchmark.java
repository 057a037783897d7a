package io.consumerprotection.examples.benchmarks;

import io.consumerprotection.core.reporting.ComplaintReporting;
import io.consumerprotection.core.reporting.Report;
import io.consumerprotection.core.reporting.ReportKind;
import io.consumerprotection.core.statistics.ReportingPeriod;
import io.consumerprotection.core.warning.HotSpotWatch;
import io.consumerprotection.spi.complaint.ComplainantRecord;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reports and warnings in one pass: the half-year analysis report with the hot-spot watch (weekly cells of
 * business × cause × unit, 40 units) over 100,000 complaint records of 18 months, beside a naive peer (a
 * {@code Collectors.groupingBy} count of the same weekly cells, no statistics, no test). The records are in
 * order of receipt, as {@code ComplaintStore.stream} gives them. ops/s is complaints per second on one thread
 * ({@code @OperationsPerInvocation}). {@link ReportingStream} is the streamed run of 10,000,000 under 256 MB.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReportingBenchmark {

    static final int N = 100_000;
    private static final String[] BUSINESS = {"06021", "06022", "0701", "0702", "1101", "0902", "1201", "0101"};
    private static final String[] CAUSE = {"0101", "0301", "0401", "0701", "1001", "1101"};
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private List<ComplaintRecord> complaints;
    private ComplaintReporting reporting;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        LocalDate first = LocalDate.of(2024, 1, 1);
        complaints = new ArrayList<>(N);
        for (int i = 0; i < N; i++) {
            LocalDate day = first.plusDays(random.nextInt(547));
            Instant received = day.atTime(9 + random.nextInt(9), random.nextInt(60)).atZone(ZONE).toInstant();
            Instant decided = received.plusSeconds(86_400L * (3 + random.nextInt(16)));
            List<TimelineEventRecord> timeline = List.of(
                    new TimelineEventRecord(1, "RECEIVED", received, "EMP-1", "", Map.of()),
                    new TimelineEventRecord(2, "CUSTOMER_CONTACTED", received.plusSeconds(7200), "EMP-1", "", Map.of()),
                    new TimelineEventRecord(3, "DECIDED", decided, "EMP-2", "", Map.of()),
                    new TimelineEventRecord(4, "CLOSED", decided.plusSeconds(2 * 86_400), "EMP-2", "", Map.of()));
            complaints.add(new ComplaintRecord("C-" + i, 3, random.nextInt(10) == 0 ? "REGULATOR_TRANSFER" : "HOTLINE",
                    "REF-" + i, "01", new ComplainantRecord("PERSON", "P-" + random.nextInt(N / 2), "客户", "SELF", null, 1),
                    "", "", "", Map.of("BUSINESS", BUSINESS[random.nextInt(BUSINESS.length)],
                            "CAUSE", CAUSE[random.nextInt(CAUSE.length)], "SOURCE", "01"),
                    "ORDINARY", "CLOSED", received, "BR-" + random.nextInt(40), "EMP-1", "EMP-2", null, timeline,
                    Map.of("DECISION", day.plusDays(15), "CONTACT", day.plusDays(3), "RESOLVE", day.plusDays(14))));
        }
        complaints.sort(java.util.Comparator.comparing(ComplaintRecord::receivedAt).thenComparing(ComplaintRecord::id));
        ReportingPeriod h1 = ReportingPeriod.halfYear(2025, 1);
        reporting = ComplaintReporting.builder(ReportKind.HALF_YEAR_ANALYSIS, h1)
                .watch(HotSpotWatch.builder(LocalDate.of(2024, 1, 1), h1.end()).build()).build();
        reporting.compute(complaints.stream());
    }

    /** The analysis report and the hot-spot alerts, one pass. */
    @Benchmark
    @OperationsPerInvocation(N)
    public Report reportAndWarnings() {
        return reporting.compute(complaints.stream());
    }

    /** The naive peer: weekly business × cause × unit counts with groupingBy (no report, no test). */
    @Benchmark
    @OperationsPerInvocation(N)
    public Map<String, Long> naiveWeeklyCells() {
        return complaints.stream().collect(Collectors.groupingBy(r -> {
            LocalDate d = r.receivedAt().atZone(ZONE).toLocalDate();
            return r.classification().get("BUSINESS").substring(0, 2) + "|" + r.classification().get("CAUSE").substring(0, 2)
                    + "|" + r.receivingUnit() + "|" + d.get(IsoFields.WEEK_BASED_YEAR) + "-" + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        }, Collectors.counting()));
    }
}
