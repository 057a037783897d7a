package io.consumerprotection.spring;

import io.consumerprotection.core.complaint.ComplaintStatus;
import io.consumerprotection.jdbc.JdbcObservations;
import io.consumerprotection.spi.notification.NotificationKind;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The Micrometer meters of consumer-protection, read from the tables when the registry polls:
 * {@code consumer_protection.complaints{status}}, {@code consumer_protection.notifications{kind}} (the deadline
 * warnings and breach alerts among them), {@code consumer_protection.outbox.pending}, {@code .failed} and
 * {@code .oldest.age} (seconds).
 */
public final class ConsumerProtectionMetrics implements MeterBinder {

    /** The complaint statuses the status gauge reports, zero when none is stored. */
    static final List<String> STATUSES = Arrays.stream(ComplaintStatus.values()).map(Enum::name).toList();
    /** The notification kinds the kind gauge reports. */
    static final List<String> KINDS = Arrays.stream(NotificationKind.values()).map(Enum::name).toList();

    private final JdbcObservations observations;
    private final Clock clock;

    ConsumerProtectionMetrics(JdbcObservations observations, Clock clock) {
        this.observations = observations;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String status : STATUSES) {
            Gauge.builder("consumer_protection.complaints", observations,
                            o -> o.complaintsByStatus().getOrDefault(status, 0L))
                    .tag("status", status).description("stored complaints in this status").register(registry);
        }
        for (String kind : KINDS) {
            Gauge.builder("consumer_protection.notifications", observations,
                            o -> o.notificationsByKind().getOrDefault(kind, 0L))
                    .tag("kind", kind).description("notifications ever queued of this kind").register(registry);
        }
        Gauge.builder("consumer_protection.outbox.pending", observations, o -> o.outboxBacklog().pending())
                .description("notifications waiting in the outbox").register(registry);
        Gauge.builder("consumer_protection.outbox.failed", observations, o -> o.outboxBacklog().failed())
                .description("notifications whose last attempt failed").register(registry);
        Gauge.builder("consumer_protection.outbox.oldest.age", observations,
                        o -> o.outboxBacklog().oldestPending()
                                .map(t -> (double) Duration.between(t, clock.instant()).toSeconds()).orElse(0.0))
                .baseUnit("seconds").description("age of the oldest pending notification").register(registry);
    }
}
