package io.consumerprotection.examples.benchmarks;

import io.consumerprotection.core.ConsumerProtection;
import io.consumerprotection.core.complaint.Channel;
import io.consumerprotection.core.complaint.Complainant;
import io.consumerprotection.core.complaint.ComplaintAction;
import io.consumerprotection.core.complaint.ComplaintId;
import io.consumerprotection.core.complaint.Complaints;
import io.consumerprotection.core.complaint.Decision;
import io.consumerprotection.core.complaint.DecisionOutcome;
import io.consumerprotection.core.complaint.HandlingTier;
import io.consumerprotection.core.complaint.Intake;
import io.consumerprotection.core.complaint.NoticeMethod;
import io.consumerprotection.core.complaint.PauseReason;
import io.consumerprotection.core.complaint.Satisfaction;
import io.consumerprotection.spi.complaint.ComplaintQuery;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.testkit.InMemoryAuditSink;
import io.consumerprotection.testkit.InMemoryComplaintStore;
import io.consumerprotection.testkit.InMemoryNotificationSender;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A pool of realistic complaint records for the audit benchmarks, made through the SDK's own lifecycle
 * (intake and named actions on an in-memory store), so that timelines, details and stored due dates are
 * what a host would hold. Eight shapes, in turn: on time with contact, plan and satisfaction; decided
 * late; extended to 60 days with approval and notice; paused for mediation; handed over; regulator
 * transferred and late; still open; withdrawn.
 */
final class AuditComplaints {

    /** The audit's reference time. */
    static final Instant AS_OF = Instant.parse("2025-03-31T16:00:00Z");

    /** Leaf codes of the bundled scheme 2018.1 (channel telephone banking, bank responsible): debit-card fees, card loss, card fraud; charging items, rates, charges without consent. */
    private static final String[] BUSINESS = {"06015", "06012", "06013"};
    private static final String[] CAUSE = {"0701", "0702", "0703"};

    private static final Instant START = Instant.parse("2024-01-02T02:00:00Z");

    private AuditComplaints() {
    }

    /** A movable clock: the lifecycle stamps each event with "now". */
    private static final class MovableClock extends Clock {
        private Instant now = START;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** {@code size} complaint records, ordered by receipt. */
    static ComplaintRecord[] pool(int size) {
        MovableClock clock = new MovableClock();
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        int[] next = {0};
        ConsumerProtection cp = ConsumerProtection.builder().complaintStore(store)
                .notificationSender(new InMemoryNotificationSender()).auditSink(new InMemoryAuditSink()).clock(clock)
                .allowProvisionalCalendar(true)
                .complaintIds(() -> ComplaintId.of(String.format("CP-%07d", next[0]++))).build();
        Complaints complaints = cp.complaints();
        Decision decision = Decision.withAllRemedies(DecisionOutcome.PARTLY_UPHELD, "年费收取前未充分告知", "合同第5条及收费公示",
                NoticeMethod.SMS, "SMS-778899");
        for (int i = 0; i < size; i++) {
            Instant received = START.plus(Duration.ofMinutes(97L * i));
            clock.now = received;
            int shape = i % 8;
            Channel channel = shape == 5 ? Channel.REGULATOR_TRANSFER : Channel.values()[i % 8];
            Intake intake = Intake.builder().channel(channel).channelReference("REF-" + i)
                    .complainant(Complainant.person("CUST-" + (i % 997), "客户" + i)).respondent("BR-" + (i % 40))
                    .request("退还信用卡年费并说明扣费原因").narrative("本人信用卡于上月被扣收年费300元，办卡时工作人员称首年免年费，"
                            + "之后刷卡满6次免次年年费，现在未告知即扣收，要求退还并解释。联系电话138****5678。")
                    .receivedAt(received).receivingUnit("BR-" + (i % 40)).firstContactHandler("EMP-" + (i % 300))
                    .classification(Map.of("CHANNEL", "01032", "BUSINESS", BUSINESS[i % 3], "CAUSE", CAUSE[i % 3],
                            "RESPONSIBILITY", "01")).build();
            ComplaintId id = complaints.intake(intake, "EMP-" + (i % 300)).complaint().id();
            step(clock, complaints, id, Duration.ofHours(1), new ComplaintAction.Accept());
            step(clock, complaints, id, Duration.ofHours(2), new ComplaintAction.Assign("EMP-H" + (i % 50)));
            step(clock, complaints, id, Duration.ofHours(1), new ComplaintAction.StartInvestigation());
            step(clock, complaints, id, Duration.ofDays(1), new ComplaintAction.RecordContact(NoticeMethod.PHONE));
            step(clock, complaints, id, Duration.ofDays(shape == 1 ? 6 : 2), new ComplaintAction.ProposePlan("核实后退还年费"));
            switch (shape) {
                case 1, 5 -> step(clock, complaints, id, Duration.ofDays(14), new ComplaintAction.Decide(decision));
                case 2 -> {
                    step(clock, complaints, id, Duration.ofDays(5), new ComplaintAction.Extend(HandlingTier.VERY_COMPLEX,
                            "MGR-HQ-01", NoticeMethod.SMS, "涉及第三方机构核实"));
                    step(clock, complaints, id, Duration.ofDays(30), new ComplaintAction.Decide(decision));
                }
                case 3 -> {
                    step(clock, complaints, id, Duration.ofDays(1), new ComplaintAction.Pause(PauseReason.MEDIATION,
                            NoticeMethod.PHONE, "双方同意调解"));
                    step(clock, complaints, id, Duration.ofDays(6), new ComplaintAction.Resume());
                    step(clock, complaints, id, Duration.ofDays(3), new ComplaintAction.Decide(decision));
                }
                case 4 -> {
                    step(clock, complaints, id, Duration.ofDays(1), new ComplaintAction.HandOver("EMP-H" + ((i + 1) % 50),
                            "原经办人轮岗"));
                    step(clock, complaints, id, Duration.ofDays(3), new ComplaintAction.Decide(decision));
                }
                case 6 -> {
                    // still open
                }
                case 7 -> step(clock, complaints, id, Duration.ofDays(1), new ComplaintAction.Withdraw("客户主动撤诉"));
                default -> {
                    step(clock, complaints, id, Duration.ofDays(3), new ComplaintAction.Decide(decision));
                    step(clock, complaints, id, Duration.ofDays(1), new ComplaintAction.RecordSatisfaction(Satisfaction.SATISFIED));
                }
            }
        }
        try (Stream<ComplaintRecord> s = store.stream(ComplaintQuery.all())) {
            return s.toArray(ComplaintRecord[]::new);
        }
    }

    private static void step(MovableClock clock, Complaints complaints, ComplaintId id, Duration after, ComplaintAction action) {
        clock.now = clock.now.plus(after);
        complaints.act(id, action, "EMP-X");
    }
}
