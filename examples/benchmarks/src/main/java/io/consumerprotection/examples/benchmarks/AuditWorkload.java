package io.consumerprotection.examples.benchmarks;

import io.consumerprotection.core.audit.AuditContext;
import io.consumerprotection.core.audit.AuditRun;
import io.consumerprotection.core.audit.BuiltInRules;
import io.consumerprotection.core.audit.DeadlineEvaluator;
import io.consumerprotection.core.audit.RuleId;
import io.consumerprotection.core.audit.RuleSet;
import io.consumerprotection.core.deadline.DeadlineEngine;
import io.consumerprotection.core.deadline.PolicyId;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * {@link AuditBenchmark}'s work written once against the public API, so that {@link PreviousRelease#relinked} can
 * run the very same code on an earlier release: a pool made by that release's lifecycle, a million complaints
 * through the 20 complaint rules (or the five shared with Drools, on recorded due dates), findings to a consumer.
 * Only JDK types in its signatures.
 */
public final class AuditWorkload {

    private final ComplaintRecord[] pool;
    private final RuleSet rules;
    private final AuditContext context;

    /**
     * @param set       {@code all} (the 20 complaint rules) or {@code five} (those of {@link DroolsAuditBenchmark},
     *                  on recorded due dates whatever {@code deadlines} says)
     * @param deadlines {@code engine} or {@code recorded}
     */
    public AuditWorkload(String set, String deadlines, int poolSize) {
        pool = AuditComplaints.pool(poolSize);
        DeadlineEngine engine = DeadlineEngine.builder().allowProvisional(true).build();
        boolean five = set.equals("five");
        RuleSet all = BuiltInRules.complaints();
        rules = five
                ? all.toBuilder("five", BuiltInRules.VERSION).enableOnly(List.of(RuleId.of("CP-COMPLAINT-001"),
                        RuleId.of("CP-COMPLAINT-002"), RuleId.of("CP-COMPLAINT-004"), RuleId.of("CP-COMPLAINT-011"),
                        RuleId.of("CP-COMPLAINT-013"))).build()
                : all.toBuilder("complaint-rules", BuiltInRules.VERSION).build();
        context = AuditContext.builder(AuditComplaints.AS_OF)
                .deadlines(five || deadlines.equals("recorded")
                        ? DeadlineEvaluator.recorded(engine, PolicyId.NFRA_2020_3, PolicyId.INTERNAL_3_5_10)
                        : DeadlineEvaluator.engine(engine, PolicyId.NFRA_2020_3, PolicyId.INTERNAL_3_5_10))
                .build();
    }

    private Stream<ComplaintRecord> million() {
        int mask = pool.length - 1;
        return IntStream.range(0, AuditBenchmark.COMPLAINTS).mapToObj(i -> pool[i & mask]);
    }

    /** One run over a million complaints on this many threads, findings to the sink; the run record. */
    public Object run(int threads, Consumer<Object> findings) {
        return AuditRun.builder(rules, context).complaints(this::million).parallelism(threads).batchSize(1024)
                .build().execute(findings::accept);
    }
}
