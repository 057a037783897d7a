package io.consumerprotection.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.core.audit.Finding;
import io.consumerprotection.core.audit.RuleSummary;
import io.consumerprotection.core.audit.RunRecord;
import io.consumerprotection.core.complaint.Channel;
import io.consumerprotection.core.complaint.Complainant;
import io.consumerprotection.core.complaint.Intake;
import io.consumerprotection.core.deadline.ScanReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The meters on a {@link SimpleMeterRegistry}: complaints by status and the outbox backlog from the tables, the
 * findings of an audit run by rule and outcome, and the at-risk and overdue milestones of the latest deadline scan.
 */
class ConsumerProtectionMetricsTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-02T01:00:00Z");

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConsumerProtectionAutoConfiguration.class))
            .withBean(DataSource.class, () -> {
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL("jdbc:h2:mem:metrics-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
                return h2;
            })
            // 30 days after receipt: the 15-day decision of NFRA-2020-3 is overdue
            .withBean(Clock.class, () -> Clock.fixed(RECEIVED.plus(Duration.ofDays(30)), ZoneOffset.UTC))
            .withPropertyValues("consumer-protection.deadline-scan.lookback=60d");

    private static void intake(ConsumerProtection cp, String reference) {
        cp.complaints().intake(Intake.builder()
                .channel(Channel.HOTLINE).channelReference(reference)
                .complainant(Complainant.person("CUST-10086", "欧阳娜娜"))
                .request("退还信用卡年费").narrative("信用卡年费未经告知被扣收300元，要求退还。")
                .receivedAt(RECEIVED).receivingUnit("BR-0101").firstContactHandler("EMP-001")
                .build(), "EMP-001");
    }

    @Test
    void theMetersCountWhatIsStoredAndWhatTheRunsFound() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            context.getBean(ConsumerProtectionMetrics.class).bindTo(registry);
            ConsumerProtection cp = context.getBean(ConsumerProtection.class);
            intake(cp, "95588-M-1");
            intake(cp, "95588-M-2");

            assertThat(registry.get("consumer_protection.complaints").tag("status", "RECEIVED").gauge().value())
                    .isEqualTo(2.0);
            assertThat(registry.get("consumer_protection.complaints").tag("status", "CLOSED").gauge().value())
                    .isZero();
            double pending = registry.get("consumer_protection.outbox.pending").gauge().value();

            ScanReport scan = context.getBean(DeadlineScans.class).run();
            assertThat(scan.complaints()).isEqualTo(2);
            assertThat(scan.breaches()).as("overdue milestones").isPositive();
            assertThat(registry.get("consumer_protection.deadline.overdue").gauge().value())
                    .isEqualTo(scan.breaches());
            assertThat(registry.get("consumer_protection.deadline.at_risk").gauge().value())
                    .isEqualTo(scan.warnings());
            assertThat(registry.get("consumer_protection.deadline.scans").counter().count()).isEqualTo(1.0);
            assertThat(registry.get("consumer_protection.outbox.pending").gauge().value())
                    .as("the breach alerts wait in the outbox: no gateway").isEqualTo(pending + scan.notifications());
            assertThat(scan.notifications()).isPositive();

            List<Finding> findings = new ArrayList<>();
            RunRecord run = context.getBean(AuditRuns.class).run(findings::add);
            assertThat(registry.get("consumer_protection.audit.runs").counter().count()).isEqualTo(1.0);
            long failing = 0;
            for (RuleSummary s : run.summaries()) {
                assertThat(count(registry, s, "pass")).as(s.ruleId() + " pass").isEqualTo(s.pass());
                assertThat(count(registry, s, "fail")).as(s.ruleId() + " fail").isEqualTo(s.fail());
                assertThat(count(registry, s, "not_applicable")).isEqualTo(s.notApplicable());
                assertThat(count(registry, s, "needs_review")).isEqualTo(s.needsReview());
                failing += s.fail();
            }
            assertThat(failing).as("the overdue decisions fail a rule").isPositive();
            double total = registry.get("consumer_protection.audit.findings").counters().stream()
                    .mapToDouble(Counter::count).sum();
            assertThat(total).isEqualTo(run.summaries().stream().mapToLong(RuleSummary::evaluated).sum());

            context.getBean(AuditRuns.class).run(f -> { });
            assertThat(registry.get("consumer_protection.audit.runs").counter().count()).isEqualTo(2.0);
            RuleSummary first = run.summaries().get(0);
            assertThat(count(registry, first, "pass") + count(registry, first, "fail")
                    + count(registry, first, "not_applicable") + count(registry, first, "needs_review"))
                    .as("counters add up over runs").isEqualTo(2 * first.evaluated());
        });
    }

    private static long count(SimpleMeterRegistry registry, RuleSummary s, String outcome) {
        return (long) registry.get("consumer_protection.audit.findings").tag("rule", s.ruleId().toString())
                .tag("outcome", outcome).counter().count();
    }
}
