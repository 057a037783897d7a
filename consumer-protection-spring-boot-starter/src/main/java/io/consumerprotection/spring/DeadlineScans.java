package io.consumerprotection.spring;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.core.deadline.PolicyId;
import io.consumerprotection.core.deadline.ScanReport;
import io.consumerprotection.spi.complaint.ComplaintQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The deadline scans of the application ({@code ConsumerProtection.deadlineScan()}): deadline warnings and breach
 * alerts into the outbox, once per milestone, due date, status and recipient; each finished scan is told to the
 * {@link RunListener}s (the gauges {@code consumer_protection.deadline.at_risk} and {@code .overdue} show the
 * latest scan's milestones). Scheduled by the starter when {@code consumer-protection.deadline-scan.interval} is
 * set. Thread-safe.
 */
public final class DeadlineScans {

    private final ConsumerProtection facade;
    private final PolicyId policy;
    private final Duration lookback;
    private final Clock clock;
    private final List<RunListener> listeners;

    DeadlineScans(ConsumerProtection facade, PolicyId policy, Duration lookback, Clock clock,
                  List<RunListener> listeners) {
        this.facade = facade;
        this.policy = policy;
        this.lookback = lookback;
        this.clock = clock;
        this.listeners = List.copyOf(listeners);
    }

    /**
     * Scans the complaints received within {@code consumer-protection.deadline-scan.lookback} before now, timed by
     * the first of {@code consumer-protection.policies} ({@code NFRA-2020-3} by default).
     */
    public ScanReport run() {
        Instant now = clock.instant();
        return run(ComplaintQuery.receivedBetween(now.minus(lookback), now.plusSeconds(1)), policy);
    }

    /** Scans these complaints, timed by this policy. */
    public ScanReport run(ComplaintQuery query, PolicyId timedBy) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(timedBy, "timedBy");
        ScanReport report = facade.deadlineScan().run(query, timedBy, clock.instant());
        listeners.forEach(l -> l.deadlineScanFinished(report));
        return report;
    }
}
