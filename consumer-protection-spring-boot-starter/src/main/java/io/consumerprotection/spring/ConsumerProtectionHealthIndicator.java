package io.consumerprotection.spring;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.core.calendar.CalendarHealth;
import io.consumerprotection.core.calendar.CalendarHealthReport;
import io.consumerprotection.jdbc.JdbcObservations;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The Actuator health of consumer-protection ({@code /actuator/health/consumerProtection}): DOWN when a calendar's
 * data has ended or the latest audit records do not link up, OUT_OF_SERVICE never, and with details: each
 * calendar's coverage end and status, the outbox backlog (pending, failed, age of the oldest) and the audit-chain
 * check of the latest records. No personal data is in the details.
 */
public final class ConsumerProtectionHealthIndicator extends AbstractHealthIndicator {

    private final ConsumerProtection facade;
    private final JdbcObservations observations;
    private final int auditRecords;
    private final Clock clock;

    ConsumerProtectionHealthIndicator(ConsumerProtection facade, JdbcObservations observations, int auditRecords,
                                      Clock clock) {
        super("consumer-protection health check failed");
        this.facade = facade;
        this.observations = observations;
        this.auditRecords = auditRecords;
        this.clock = clock;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        CalendarHealthReport calendars = facade.calendarHealth();
        Map<String, Object> calendarDetails = new LinkedHashMap<>();
        boolean calendarEnded = false;
        for (CalendarHealth c : calendars.calendars()) {
            calendarDetails.put(c.calendarId().toString(), Map.of("version", c.version(),
                    "coverageEnd", c.coverageEnd().toString(), "status", c.status().name()));
            calendarEnded |= c.status() == CalendarHealth.Status.ENDED;
        }
        JdbcObservations.Backlog backlog = observations.outboxBacklog();
        Map<String, Object> outbox = new LinkedHashMap<>();
        outbox.put("pending", backlog.pending());
        outbox.put("failed", backlog.failed());
        backlog.oldestPending().ifPresent(t -> outbox.put("oldestPendingAge",
                Duration.between(t, clock.instant()).toString()));
        JdbcObservations.ChainCheck chain = observations.latestAuditLinks(auditRecords);
        boolean down = calendarEnded || !chain.intact();
        (down ? builder.down() : builder.up())
                .withDetail("calendars", calendarDetails)
                .withDetail("outbox", outbox)
                .withDetail("auditChain", Map.of("recordsChecked", chain.recordsChecked(),
                        "brokenLinks", chain.brokenLinks(), "headMatches", chain.headMatches()));
    }
}
