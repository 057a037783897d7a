package io.consumerprotection.examples.benchmarks;

import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.utils.KieHelper;
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
 * The peer of {@link AuditBenchmark}: five of the built-in complaint rules written in DRL for Drools 10.2.0
 * ({@code drools-engine} + {@code drools-mvel}), over the same million records. Each record is turned into
 * Drools facts (one complaint fact, one fact per timeline event), 1,024 complaints are inserted into a
 * stateful session, the rules fire, the session is disposed: batching is how Drools is used well for bulk
 * checks (a stateless session per complaint was slower in our trials). A firing records the rule id and
 * subject in a counter; no message text is built, which favours Drools.
 *
 * <p>The five rules: CP-COMPLAINT-001 decided after the recorded DECISION due date; -002 extended to 60
 * days without approver; -004 paused without notice; -011 no first-contact handler; -013 decision notice
 * without remedies. With {@code threads = 2} batches run on two threads, each with its own session.
 * Setup cross-checks that Drools and the SDK report the same failures for these five rules on the pool.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DroolsAuditBenchmark {

    static final int BATCH = 1024;
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    static final String DRL = """
            package io.consumerprotection.examples.benchmarks.drl;
            import io.consumerprotection.examples.benchmarks.DroolsAuditBenchmark.ComplaintFact;
            import io.consumerprotection.examples.benchmarks.DroolsAuditBenchmark.EventFact;
            global io.consumerprotection.examples.benchmarks.DroolsAuditBenchmark.Failures failures;

            rule "CP-COMPLAINT-001 decided after the due date"
            when
                $c : ComplaintFact( decisionDue != null, decidedOn != null, decidedOn.isAfter(decisionDue) )
            then
                failures.fail("CP-COMPLAINT-001", $c.getId());
            end

            rule "CP-COMPLAINT-002 extended to 60 days without approver"
            when
                $e : EventFact( type == "EXTENDED", tier == "VERY_COMPLEX", approver == null || approver == "" )
            then
                failures.fail("CP-COMPLAINT-002", $e.getComplaintId());
            end

            rule "CP-COMPLAINT-004 paused without notice"
            when
                $e : EventFact( type == "PAUSED", noticeMethod == null || noticeMethod == "" )
            then
                failures.fail("CP-COMPLAINT-004", $e.getComplaintId());
            end

            rule "CP-COMPLAINT-011 no first-contact handler"
            when
                $c : ComplaintFact( firstContactHandler == null || firstContactHandler == "" )
            then
                failures.fail("CP-COMPLAINT-011", $c.getId());
            end

            rule "CP-COMPLAINT-013 decision notice without remedies"
            when
                $e : EventFact( type == "DECIDED" || type == "REVIEWED", remedies == null || remedies == "" )
            then
                failures.fail("CP-COMPLAINT-013", $e.getComplaintId());
            end
            """;

    /** A complaint as a Drools fact. */
    public static final class ComplaintFact {
        private final String id;
        private final String firstContactHandler;
        private final LocalDate decisionDue;
        private final LocalDate decidedOn;

        ComplaintFact(ComplaintRecord r) {
            this.id = r.id();
            this.firstContactHandler = r.firstContactHandler();
            this.decisionDue = r.dueDates().get("DECISION");
            LocalDate decided = null;
            for (TimelineEventRecord e : r.timeline()) {
                if (e.type().equals("DECIDED")) {
                    decided = e.at().atZone(CHINA).toLocalDate();
                    break;
                }
            }
            this.decidedOn = decided;
        }

        public String getId() {
            return id;
        }

        public String getFirstContactHandler() {
            return firstContactHandler;
        }

        public LocalDate getDecisionDue() {
            return decisionDue;
        }

        public LocalDate getDecidedOn() {
            return decidedOn;
        }
    }

    /** A timeline event as a Drools fact. */
    public static final class EventFact {
        private final String complaintId;
        private final String type;
        private final String tier;
        private final String approver;
        private final String noticeMethod;
        private final String remedies;

        EventFact(String complaintId, TimelineEventRecord e) {
            this.complaintId = complaintId;
            this.type = e.type();
            this.tier = e.details().get("tier");
            this.approver = e.details().get("approver");
            this.noticeMethod = e.details().get("noticeMethod");
            this.remedies = e.details().get("remedies");
        }

        public String getComplaintId() {
            return complaintId;
        }

        public String getType() {
            return type;
        }

        public String getTier() {
            return tier;
        }

        public String getApprover() {
            return approver;
        }

        public String getNoticeMethod() {
            return noticeMethod;
        }

        public String getRemedies() {
            return remedies;
        }
    }

    /** Where the rules report failures: counted, with a cheap hash of what was reported. */
    public static class Failures {
        final LongAdder count = new LongAdder();
        final LongAdder hash = new LongAdder();

        public void fail(String ruleId, String subjectId) {
            count.increment();
            hash.add(ruleId.hashCode() * 31L + subjectId.hashCode());
        }
    }

    /** The rules compiled once, the pool shared with {@link AuditBenchmark}. */
    @State(Scope.Benchmark)
    public static class Engine {
        @Param({"1", "2"})
        int threads;

        /** How many distinct records the batches cycle through (a power of two), as in {@link AuditBenchmark}. */
        @Param({"4096"})
        int poolSize;

        KieBase kieBase;
        ComplaintRecord[] pool;

        @Setup
        public void setUp() {
            kieBase = new KieHelper().addContent(DRL, ResourceType.DRL).build();
            if (Integer.bitCount(poolSize) != 1) {
                throw new IllegalArgumentException("poolSize must be a power of two, got " + poolSize);
            }
            pool = AuditComplaints.pool(poolSize);
        }
    }

    static long checkBatch(KieBase kieBase, ComplaintRecord[] pool, int from, int to, Failures failures) {
        KieSession session = kieBase.newKieSession();
        try {
            session.setGlobal("failures", failures);
            for (int i = from; i < to; i++) {
                ComplaintRecord r = pool[i & (pool.length - 1)];
                session.insert(new ComplaintFact(r));
                for (TimelineEventRecord e : r.timeline()) {
                    session.insert(new EventFact(r.id(), e));
                }
            }
            return session.fireAllRules();
        } finally {
            session.dispose();
        }
    }

    static Failures run(Engine in, int complaints) {
        Failures failures = new Failures();
        int batches = (complaints + BATCH - 1) / BATCH;
        IntStream range = IntStream.range(0, batches);
        (in.threads > 1 ? range.parallel() : range).forEach(b ->
                checkBatch(in.kieBase, in.pool, b * BATCH, Math.min(complaints, (b + 1) * BATCH), failures));
        return failures;
    }

    /** A million complaints through the five DRL rules. */
    @Benchmark
    @OperationsPerInvocation(AuditBenchmark.COMPLAINTS)
    public long fiveRulesInDrools(Engine in) {
        return run(in, AuditBenchmark.COMPLAINTS).hash.sum();
    }

    /** The failures the five rules find on the pool, as {@code ruleId subjectId} lines, sorted (for the cross-check). */
    static List<String> failuresOnPool(KieBase kieBase, ComplaintRecord[] pool) {
        List<String> out = new ArrayList<>();
        KieSession session = kieBase.newKieSession();
        try {
            session.setGlobal("failures", new Failures() {
                @Override
                public void fail(String ruleId, String subjectId) {
                    out.add(ruleId + " " + subjectId);
                }
            });
            for (ComplaintRecord r : pool) {
                session.insert(new ComplaintFact(r));
                r.timeline().forEach(e -> session.insert(new EventFact(r.id(), e)));
            }
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        out.sort(null);
        return out;
    }
}
