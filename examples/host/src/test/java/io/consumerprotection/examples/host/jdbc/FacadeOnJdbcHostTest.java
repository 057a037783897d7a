package io.consumerprotection.examples.host.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.core.audit.BuiltInRules;
import io.consumerprotection.core.audit.Finding;
import io.consumerprotection.core.audit.FindingKind;
import io.consumerprotection.core.complaint.Channel;
import io.consumerprotection.core.complaint.Complainant;
import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintAction;
import io.consumerprotection.core.complaint.ComplaintEventType;
import io.consumerprotection.core.complaint.ComplaintLevel;
import io.consumerprotection.core.complaint.EventDetail;
import io.consumerprotection.core.complaint.Intake;
import io.consumerprotection.core.complaint.TimelineEvent;
import io.consumerprotection.spi.notification.Notification;
import io.consumerprotection.testkit.InMemoryNotificationSender;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The facade over the JDBC host: notifications go to the outbox with the change, and the timeline says so. */
class FacadeOnJdbcHostTest {

    private static final Instant NOW = Instant.parse("2024-09-20T03:00:00Z");

    @Test
    void aMajorComplaintsAlertsAreQueuedWithItAndOnItsTimelineSoTheAuditRulePasses() {
        try (JdbcHost host = JdbcHost.h2InMemory()) {
            ConsumerProtection cp = ConsumerProtection.builder().complaintStore(host.complaintStore())
                    .notificationSender(host.notificationSender()).auditSink(host.auditSink())
                    .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
            Complaint c = cp.complaints().intake(Intake.builder().channel(Channel.BRANCH_COUNTER).channelReference("BC-1")
                    .complainant(Complainant.person("CUST-1", "群体").withJointComplainants(25))
                    .request("退还理财本金").narrative("二十五名客户到网点反映理财产品到期不能兑付。")
                    .receivedAt(NOW).receivingUnit("BR-01").firstContactHandler("EMP-1").build(), "EMP-1").complaint();
            c = cp.complaints().act(c, new ComplaintAction.Accept(), "EMP-1");

            assertThat(c.level()).isEqualTo(ComplaintLevel.MAJOR);
            assertThat(c.timeline()).extracting(TimelineEvent::type).containsExactly(ComplaintEventType.RECEIVED,
                    ComplaintEventType.NOTIFIED, ComplaintEventType.NOTIFIED, ComplaintEventType.ACCEPTED,
                    ComplaintEventType.NOTIFIED);
            assertThat(c.timeline().get(1).details()).containsEntry(EventDetail.NOTIFICATION_KIND, "MAJOR_COMPLAINT_ALERT")
                    .containsEntry(EventDetail.RECIPIENT, "SUPERVISOR");

            InMemoryNotificationSender gateway = new InMemoryNotificationSender();
            host.dispatcher(gateway).dispatchOnce();
            assertThat(gateway.delivered()).extracting(Notification::kind).extracting(Enum::name)
                    .containsExactlyInAnyOrder("MAJOR_COMPLAINT_ALERT", "MAJOR_COMPLAINT_ALERT", "ACKNOWLEDGEMENT");

            List<Finding> findings = new ArrayList<>();
            cp.audit(BuiltInRules.complaints()).emit(java.util.EnumSet.allOf(FindingKind.class)).build().execute(findings::add);
            assertThat(findings).filteredOn(f -> f.ruleId().value().equals("CP-COMPLAINT-016"))
                    .singleElement().extracting(Finding::kind).isEqualTo(FindingKind.PASS);
        }
    }
}
