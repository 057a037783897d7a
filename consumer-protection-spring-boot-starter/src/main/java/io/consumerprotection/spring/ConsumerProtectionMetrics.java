package io.consumerprotection.spring;

import io.consumerprotection.core.audit.RuleSummary;
import io.consumerprotection.core.audit.RunRecord;
import io.consumerprotection.core.complaint.ComplaintStatus;
import io.consumerprotection.core.deadline.ScanReport;
import io.consumerprotection.jdbc.JdbcObservations;
import io.consumerprotection.spi.notification.NotificationKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Micrometer meters of consumer-protection. Read from the tables when the registry polls:
 * {@code consumer_protection.complaints{status}} (stored complaints by status),
 * {@code consumer_protection.notifications{kind}} (outbox rows ever queued by kind: one per notification id, so a
 * deadline warning to the handler is one row and a breach alert to handler and supervisor two),
 * {@code consumer_protection.outbox.pending}, {@code .failed} and {@code .oldest.age} (seconds).
 * Counted from the runs the application performs ({@link RunListener}):
 * {@code consumer_protection.audit.findings{rule, outcome}} (findings of {@link AuditRuns} runs, by rule id and
 * {@code pass}, {@code fail}, {@code not_applicable}, {@code needs_review}), {@code consumer_protection.audit.runs},
 * and from the latest {@link DeadlineScans} scan, {@code consumer_protection.deadline.at_risk} (milestones at risk
 * or due today: each is one deadline warning) and {@code consumer_protection.deadline.overdue} (milestones overdue:
 * each is one breach), with {@code consumer_protection.deadline.scans} counting the scans.
 */
public final class ConsumerProtectionMetrics implements MeterBinder, RunListener {

    /** The complaint statuses the status gauge reports, zero when none is stored. */
    static final List<String> STATUSES = Arrays.stream(ComplaintStatus.values()).map(Enum::name).toList();
    /** The notification kinds the kind gauge reports. */
    static final List<String> KINDS = Arrays.stream(NotificationKind.values()).map(Enum::name).toList();

    private final JdbcObservations observations;
    private final Clock clock;
    private final List<MeterRegistry> registries = new CopyOnWriteArrayList<>();
    private final AtomicLong atRisk = new AtomicLong();
    private final AtomicLong overdue = new AtomicLong();

    ConsumerProtectionMetrics(JdbcObservations observations, Clock clock) {
        this.observations = observations;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        registries.add(registry);
        for (String status : STATUSES) {
            Gauge.builder("consumer_protection.complaints", observations,
                            o -> o.complaintsByStatus().getOrDefault(status, 0L))
                    .tag("status", status).description("stored complaints in this status").register(registry);
        }
        for (String kind : KINDS) {
            Gauge.builder("consumer_protection.notifications", observations,
                            o -> o.notificationsByKind().getOrDefault(kind, 0L))
                    .tag("kind", kind).description("notifications ever queued of this kind, one per id")
                    .register(registry);
        }
        Gauge.builder("consumer_protection.outbox.pending", observations, o -> o.outboxBacklog().pending())
                .description("notifications waiting in the outbox").register(registry);
        Gauge.builder("consumer_protection.outbox.failed", observations, o -> o.outboxBacklog().failed())
                .description("notifications whose last attempt failed").register(registry);
        Gauge.builder("consumer_protection.outbox.oldest.age", observations,
                        o -> o.outboxBacklog().oldestPending()
                                .map(t -> (double) Duration.between(t, clock.instant()).toSeconds()).orElse(0.0))
                .baseUnit("seconds").description("age of the oldest pending notification").register(registry);
        Gauge.builder("consumer_protection.deadline.at_risk", atRisk, AtomicLong::get)
                .description("milestones at risk or due today in the latest deadline scan").register(registry);
        Gauge.builder("consumer_protection.deadline.overdue", overdue, AtomicLong::get)
                .description("milestones overdue in the latest deadline scan").register(registry);
    }

    @Override
    public void auditRunFinished(RunRecord run) {
        for (MeterRegistry registry : registries) {
            Counter.builder("consumer_protection.audit.runs").description("audit runs finished")
                    .tag("rule_set", run.ruleSetId()).register(registry).increment();
            for (RuleSummary s : run.summaries()) {
                count(registry, s, "pass", s.pass());
                count(registry, s, "fail", s.fail());
                count(registry, s, "not_applicable", s.notApplicable());
                count(registry, s, "needs_review", s.needsReview());
            }
        }
    }

    private static void count(MeterRegistry registry, RuleSummary s, String outcome, long n) {
        Counter c = Counter.builder("consumer_protection.audit.findings")
                .description("findings of the audit runs, by rule and outcome")
                .tag("rule", s.ruleId().toString()).tag("outcome", outcome).register(registry);
        if (n > 0) {
            c.increment(n);
        }
    }

    @Override
    public void deadlineScanFinished(ScanReport scan) {
        atRisk.set(scan.warnings());
        overdue.set(scan.breaches());
        for (MeterRegistry registry : registries) {
            Counter.builder("consumer_protection.deadline.scans").description("deadline scans finished")
                    .register(registry).increment();
        }
    }
}
