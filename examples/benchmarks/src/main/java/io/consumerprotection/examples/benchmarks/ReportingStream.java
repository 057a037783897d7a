package io.consumerprotection.examples.benchmarks;

import io.consumerprotection.core.reporting.AnalysisReport;
import io.consumerprotection.core.reporting.ComplaintReporting;
import io.consumerprotection.core.reporting.ReportKind;
import io.consumerprotection.core.statistics.ReportingPeriod;
import io.consumerprotection.core.warning.HotSpotWatch;
import io.consumerprotection.spi.complaint.ComplainantRecord;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The streamed run of the performance goal: the annual analysis report of 2025 (with 2024 as the previous and
 * year-before periods) and the hot-spot watch over 2024-2025 in one pass over {@code N} generated complaints
 * (default 10,000,000), made one at a time in order of receipt and never held: run it with {@code -Xmx256m}.
 * It first times the generator alone over the same stream, then the pass, and prints both, the pass's rate net
 * of the generator, the reading thread's CPU time (the per-core rate on a shared machine; the collector's threads
 * are not in it), and the peak heap after collections. Customers are drawn from 3,000,000, so the repeat
 * watch sees millions of distinct customers.
 *
 * <pre>{@code java -Xmx256m -cp benchmarks.jar io.consumerprotection.examples.benchmarks.ReportingStream 10000000}</pre>
 */
public final class ReportingStream {

    private static final String[] BUSINESS = {"06021", "06022", "0701", "0702", "1101", "0902", "1201", "0101"};
    private static final String[] CAUSE = {"0101", "0301", "0401", "0701", "1001", "1101"};
    private static final String[] UNITS = new String[40];
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    private static final int DAYS = 731;

    static {
        for (int i = 0; i < UNITS.length; i++) {
            UNITS[i] = "BR-" + i;
        }
    }

    private ReportingStream() {
    }

    /** {@code n} complaints over 2024-2025, in day order, generated as they are read. */
    static Stream<ComplaintRecord> complaints(long n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Spliterator<ComplaintRecord> s = new Spliterators.AbstractSpliterator<>(n, Spliterator.ORDERED | Spliterator.SIZED) {
            long i;

            @Override
            public boolean tryAdvance(Consumer<? super ComplaintRecord> action) {
                if (i >= n) {
                    return false;
                }
                LocalDate day = FIRST.plusDays(i * DAYS / n);
                Instant received = day.atTime(9 + random.nextInt(9), random.nextInt(60)).atZone(ZONE).toInstant();
                Instant decided = received.plusSeconds(86_400L * (3 + random.nextInt(16)));
                List<TimelineEventRecord> timeline = List.of(
                        new TimelineEventRecord(1, "RECEIVED", received, "EMP-1", "", Map.of()),
                        new TimelineEventRecord(2, "CUSTOMER_CONTACTED", received.plusSeconds(7200), "EMP-1", "", Map.of()),
                        new TimelineEventRecord(3, "DECIDED", decided, "EMP-2", "", Map.of()),
                        new TimelineEventRecord(4, "CLOSED", decided.plusSeconds(2 * 86_400), "EMP-2", "", Map.of()));
                action.accept(new ComplaintRecord("C-" + i, 3, random.nextInt(10) == 0 ? "REGULATOR_TRANSFER" : "HOTLINE",
                        "REF-" + i, "01", new ComplainantRecord("PERSON", "P-" + random.nextInt(3_000_000), "客户", "SELF", null, 1),
                        "", "", "", Map.of("BUSINESS", BUSINESS[random.nextInt(BUSINESS.length)],
                                "CAUSE", CAUSE[random.nextInt(CAUSE.length)], "SOURCE", "01"),
                        "ORDINARY", "CLOSED", received, UNITS[random.nextInt(UNITS.length)], "EMP-1", "EMP-2", null, timeline,
                        Map.of("DECISION", day.plusDays(15), "CONTACT", day.plusDays(3), "RESOLVE", day.plusDays(14))));
                i++;
                return true;
            }
        };
        return StreamSupport.stream(s, false);
    }

    /** Runs the generator alone, then the pass, and prints the figures. */
    public static void main(String[] args) {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long[] sink = new long[1];
        complaints(n, 1).forEach(r -> sink[0] += r.id().length() + r.receivedAt().getNano());
        long gen = System.nanoTime() - t0;
        long genCpu = threads.getCurrentThreadCpuTime() - cpu0;

        ComplaintReporting reporting = ComplaintReporting.builder(ReportKind.ANNUAL_ANALYSIS, ReportingPeriod.year(2025))
                .watch(HotSpotWatch.builder(FIRST, LocalDate.of(2025, 12, 31)).build()).build();
        long[] peakLive = new long[1];
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakLive[0] = Math.max(peakLive[0], liveAfterLastCollection());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long t1 = System.nanoTime();
        long cpu1 = threads.getCurrentThreadCpuTime();
        AnalysisReport report = (AnalysisReport) reporting.compute(complaints(n, 1));
        long pass = System.nanoTime() - t1;
        long passCpu = threads.getCurrentThreadCpuTime() - cpu1;
        sampler.interrupt();
        long peak = Math.max(peakLive[0], liveAfterLastCollection());

        double genRate = n / (gen / 1e9);
        double passRate = n / (pass / 1e9);
        double net = n / ((pass - gen) / 1e9);
        System.out.printf(Locale.ROOT, "complaints %,d (2024-2025, 40 units, 3,000,000 customers), max heap %,d MB%n", n,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "generator alone: %.2f s, %,.0f complaints/s%n", gen / 1e9, genRate);
        System.out.printf(Locale.ROOT, "generator + annual report + hot-spot watch, one pass: %.2f s, %,.0f complaints/s%n",
                pass / 1e9, passRate);
        System.out.printf(Locale.ROOT, "the pass net of the generator: %,.0f complaints/s%n", net);
        // CPU time of this thread only (the collector's threads are not in it): the per-core rate on a shared machine
        System.out.printf(Locale.ROOT, "CPU time of the reading thread: generator %.2f s, generator + pass %.2f s; the pass net "
                + "of the generator %,.0f complaints per CPU-second%n", genCpu / 1e9, passCpu / 1e9, n / ((passCpu - genCpu) / 1e9));
        System.out.printf(Locale.ROOT, "most heap in use after a collection: %,d MB; report: %,d read, %,d in 2025, %d alerts (%s)%n",
                peak >> 20, report.header().complaintsRead(), report.table().total().current(), report.alerts().size(),
                sink[0] == 42 ? "" : "ok");
    }

    /** The heap in use just after the last collection of each pool: what the pass keeps alive. */
    private static long liveAfterLastCollection() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null) {
                sum += p.getCollectionUsage().getUsed();
            }
        }
        return sum;
    }
}
