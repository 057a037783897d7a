package io.consumerprotection.examples.host;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.core.complaint.Channel;
import io.consumerprotection.core.complaint.Complainant;
import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintAction;
import io.consumerprotection.core.complaint.Complaints;
import io.consumerprotection.core.complaint.Decision;
import io.consumerprotection.core.complaint.DecisionOutcome;
import io.consumerprotection.core.complaint.HandlingTier;
import io.consumerprotection.core.complaint.Intake;
import io.consumerprotection.core.complaint.NoticeMethod;
import io.consumerprotection.core.complaint.PauseReason;
import io.consumerprotection.core.complaint.Satisfaction;
import io.consumerprotection.core.complaint.TimelineEvent;
import io.consumerprotection.spi.memory.InMemoryAuditSink;
import io.consumerprotection.spi.memory.InMemoryComplaintStore;
import io.consumerprotection.spi.memory.InMemoryNotificationSender;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/** The demo: the SDK taking a few complaints through their lifecycle on the in-memory store. */
public final class Demo {

    private Demo() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        InMemoryNotificationSender sender = new InMemoryNotificationSender();
        InMemoryAuditSink auditSink = new InMemoryAuditSink();
        ConsumerProtection cp = ConsumerProtection.builder()
                .complaintStore(new InMemoryComplaintStore())
                .notificationSender(sender)
                .auditSink(auditSink)
                .build();
        Complaints complaints = cp.complaints();

        Complaint card = complaints.intake(Intake.builder()
                .channel(Channel.HOTLINE).channelReference("95588-20240920-0001")
                .complainant(Complainant.person("CUST-10086", "欧阳娜娜"))
                .request("退还信用卡年费").narrative("信用卡年费未经告知被扣收300元，要求退还。")
                .receivedAt(Instant.now()).receivingUnit("BR-0101").firstContactHandler("EMP-001")
                .build(), "EMP-001").complaint();
        var id = card.id();
        complaints.act(id, new ComplaintAction.Accept(), "EMP-001");
        complaints.act(id, new ComplaintAction.Assign("EMP-002"), "EMP-001");
        complaints.act(id, new ComplaintAction.StartInvestigation(), "EMP-002");
        complaints.act(id, new ComplaintAction.RecordContact(NoticeMethod.PHONE), "EMP-002");
        complaints.act(id, new ComplaintAction.Pause(PauseReason.MEDIATION, NoticeMethod.SMS, "双方同意调解"), "EMP-002");
        complaints.act(id, new ComplaintAction.Resume(), "EMP-002");
        complaints.act(id, new ComplaintAction.Extend(HandlingTier.COMPLEX, null, NoticeMethod.SMS, "需调取交易记录"), "EMP-002");
        complaints.act(id, new ComplaintAction.Classify(Map.of("BUSINESS", "0602", "CAUSE", "0700")), "EMP-002");
        complaints.act(id, new ComplaintAction.Decide(Decision.withAllRemedies(DecisionOutcome.UPHELD,
                "年费扣收前未履行告知义务", "信用卡领用合约第5条", NoticeMethod.SMS, "SMS-0001")), "EMP-002");
        complaints.act(id, new ComplaintAction.RecordSatisfaction(Satisfaction.SATISFIED), "EMP-002");
        Complaint closed = complaints.act(id, new ComplaintAction.Close(), "EMP-002");

        Complaint retry = complaints.intake(Intake.builder()
                .channel(Channel.HOTLINE).channelReference("95588-20240920-0001")
                .complainant(Complainant.person("CUST-10086", "欧阳娜娜"))
                .request("退还信用卡年费").narrative("重复提交").receivedAt(Instant.now())
                .receivingUnit("BR-0101").firstContactHandler("EMP-001").build(), "EMP-001").complaint();

        out.println("consumer-protection demo: one complaint through its lifecycle (in-memory store)");
        out.println(closed);
        for (TimelineEvent e : closed.timeline()) {
            out.printf("  %2d %-22s by %-8s %s%n", e.sequence(), e.type(), e.actor(), e.details().keySet());
        }
        out.println("retry with the same channel reference returned the same complaint: " + retry.id().equals(id));
        out.println("notifications sent: " + sender.delivered().size() + ", audit records: "
                + auditSink.records().count());
    }
}
