package io.consumerprotection.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.complaint.Channel;
import io.consumerprotection.core.complaint.Complainant;
import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintAction;
import io.consumerprotection.core.complaint.ComplaintStatus;
import io.consumerprotection.core.complaint.Complaints;
import io.consumerprotection.core.complaint.Decision;
import io.consumerprotection.core.complaint.DecisionOutcome;
import io.consumerprotection.core.complaint.HandlingTier;
import io.consumerprotection.core.complaint.Intake;
import io.consumerprotection.core.complaint.NoticeMethod;
import io.consumerprotection.core.complaint.PauseReason;
import io.consumerprotection.spi.memory.InMemoryAuditSink;
import io.consumerprotection.spi.memory.InMemoryComplaintStore;
import io.consumerprotection.spi.memory.InMemoryNotificationSender;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's quick start, as written there, so the sample cannot rot. */
class ReadmeExampleTest {

    @Test
    void theQuickStartRunsAsDocumented() {
        Instant receivedAt = Instant.parse("2024-09-20T02:15:00Z");
        InMemoryNotificationSender sender = new InMemoryNotificationSender();
        ConsumerProtection cp = ConsumerProtection.builder()
                .complaintStore(new InMemoryComplaintStore())
                .notificationSender(sender)
                .auditSink(new InMemoryAuditSink())
                .clock(Clock.fixed(receivedAt.plusSeconds(3600), ZoneOffset.UTC))
                .build();
        Complaints complaints = cp.complaints();

        Complaint c = complaints.intake(Intake.builder()
                .channel(Channel.HOTLINE).channelReference("95588-20240920-0001")
                .complainant(Complainant.person("CUST-10086", "欧阳娜娜"))
                .request("退还信用卡年费").narrative("信用卡年费未经告知被扣收300元，要求退还。")
                .receivedAt(receivedAt).receivingUnit("BR-0101").firstContactHandler("EMP-001")
                .build(), "EMP-001").complaint();

        c = complaints.act(c, new ComplaintAction.Accept(), "EMP-001");
        c = complaints.act(c, new ComplaintAction.Assign("EMP-002"), "EMP-001");
        c = complaints.act(c, new ComplaintAction.StartInvestigation(), "EMP-002");
        c = complaints.act(c, new ComplaintAction.Pause(PauseReason.MEDIATION, NoticeMethod.SMS, "调解"), "EMP-002");
        c = complaints.act(c, new ComplaintAction.Resume(), "EMP-002");
        c = complaints.act(c, new ComplaintAction.Extend(HandlingTier.VERY_COMPLEX, "HO-SM-01", NoticeMethod.POST, "外部鉴定"), "EMP-002");
        c = complaints.act(c, new ComplaintAction.Classify(Map.of("CHANNEL", "01032", "BUSINESS", "06022",
                "CAUSE", "0703", "RESPONSIBILITY", "01")), "EMP-002");
        c = complaints.act(c, new ComplaintAction.Decide(Decision.withAllRemedies(
                DecisionOutcome.UPHELD, "findings", "grounds", NoticeMethod.SMS, "SMS-0001")), "EMP-002");

        assertThat(c.status()).isEqualTo(ComplaintStatus.DECIDED);
        assertThat(c.classification()).containsEntry("SOURCE", "01").containsEntry("LEVEL", "01");
        assertThat(c.dueDates()).containsKeys("DECISION", "CONTACT", "PLAN", "RESOLVE");
        // extended to 60 days: received 2024-09-20, day 60 is 2024-11-19, a Tuesday
        assertThat(c.dueDates().get("DECISION")).isEqualTo(LocalDate.of(2024, 11, 19));
        assertThat(c.timeline()).hasSize(9);
        assertThat(sender.delivered()).hasSize(4);
    }
}
