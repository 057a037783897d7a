package io.consumerprotection.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintAction;
import io.consumerprotection.core.complaint.ComplaintEventType;
import io.consumerprotection.core.complaint.ComplaintFixtures;
import io.consumerprotection.core.complaint.ComplaintId;
import io.consumerprotection.core.complaint.ComplaintLevel;
import io.consumerprotection.core.complaint.ComplaintStatus;
import io.consumerprotection.core.complaint.ComplaintValidationException;
import io.consumerprotection.core.complaint.Complaints;
import io.consumerprotection.core.complaint.Decision;
import io.consumerprotection.core.complaint.DeclineReason;
import io.consumerprotection.core.complaint.EventDetail;
import io.consumerprotection.core.complaint.HandlingTier;
import io.consumerprotection.core.complaint.IllegalTransitionException;
import io.consumerprotection.core.complaint.NoticeMethod;
import io.consumerprotection.core.complaint.PauseReason;
import io.consumerprotection.core.complaint.Satisfaction;
import io.consumerprotection.core.complaint.TimelineEvent;
import io.consumerprotection.core.internal.ComplaintDecoder;
import io.consumerprotection.core.internal.ComplaintMapper;
import io.consumerprotection.testkit.InMemoryAuditSink;
import io.consumerprotection.testkit.InMemoryComplaintStore;
import io.consumerprotection.testkit.InMemoryNotificationSender;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random sequences of actions, valid and invalid, through the facade: the complaint never reaches an
 * invalid state, a rejected action changes nothing, and no timeline event is ever lost.
 */
class ComplaintLifecycleProperties {

    private static final List<ComplaintAction> CATALOGUE = List.of(
            new ComplaintAction.Accept(),
            new ComplaintAction.Decline(DeclineReason.NOT_FROM_COMPLAINANT_OR_AGENT, "无授权"),
            new ComplaintAction.Decline(DeclineReason.NOT_A_COMPLAINT, " "),
            new ComplaintAction.Assign("EMP-002"),
            new ComplaintAction.HandOver("EMP-003", "转专业部门"),
            new ComplaintAction.HandOver("EMP-004", ""),
            new ComplaintAction.StartInvestigation(),
            new ComplaintAction.RecordContact(NoticeMethod.PHONE),
            new ComplaintAction.ProposePlan("先行退费"),
            new ComplaintAction.Classify(ComplaintFixtures.codes()),
            new ComplaintAction.ChangeLevel(ComplaintLevel.COMPLEX, "涉及多部门"),
            new ComplaintAction.ChangeLevel(ComplaintLevel.MAJOR, "监管认定"),
            new ComplaintAction.Pause(PauseReason.MEDIATION, NoticeMethod.SMS, "调解"),
            new ComplaintAction.Pause(PauseReason.OUTSIDE_APPRAISAL, null, "鉴定"),
            new ComplaintAction.Resume(),
            new ComplaintAction.Extend(HandlingTier.COMPLEX, null, null, "复杂"),
            new ComplaintAction.Extend(HandlingTier.VERY_COMPLEX, "HO-SM-1", NoticeMethod.POST, "特别复杂"),
            new ComplaintAction.Extend(HandlingTier.VERY_COMPLEX, null, null, "特别复杂"),
            new ComplaintAction.NewFacts("补充了新的交易记录"),
            new ComplaintAction.Escalate("HO-CP", "提级会商"),
            new ComplaintAction.Decide(ComplaintFixtures.decision()),
            new ComplaintAction.Decide(new Decision(null, "", "", Set.of(), null, "")),
            new ComplaintAction.RecordSatisfaction(Satisfaction.BASICALLY_SATISFIED),
            new ComplaintAction.RequestReview("不服处理结果"),
            new ComplaintAction.DecideReview(ComplaintFixtures.decision()),
            new ComplaintAction.ReportToRegulator("已向监管部门反馈处理结果"),
            new ComplaintAction.Withdraw("客户撤回"),
            new ComplaintAction.Close(),
            new ComplaintAction.MergeInto(ComplaintId.of("CP-EARLIER")));

    @Provide
    Arbitrary<List<Integer>> actions() {
        return Arbitraries.integers().between(0, CATALOGUE.size() - 1).list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 300)
    void randomActionSequencesNeverReachAnInvalidStateOrLoseAnEvent(@ForAll("actions") List<Integer> choices) {
        MutableClock clock = new MutableClock(Instant.parse("2024-09-20T03:00:00Z"));
        InMemoryComplaintStore store = new InMemoryComplaintStore();
        Complaints complaints = ConsumerProtection.builder().complaintStore(store)
                .notificationSender(new InMemoryNotificationSender()).auditSink(new InMemoryAuditSink())
                .clock(clock).complaintIds(() -> ComplaintId.of("CP-1")).build().complaints();
        Complaint current = complaints.intake(ComplaintFixtures.intake("HL-P").build(), "EMP-001").complaint();

        for (int choice : choices) {
            ComplaintAction action = CATALOGUE.get(choice);
            clock.advance(Duration.ofHours(5));
            Complaint before = current;
            try {
                current = complaints.act(current.id(), action, "EMP-002");
                assertThat(before.allows(action)).as("applied only when allowed").isTrue();
                assertThat(current.timeline()).hasSize(before.timeline().size() + 1);
                assertThat(current.lastEvent().type()).isEqualTo(action.eventType());
            } catch (IllegalTransitionException e) {
                assertThat(before.allows(action)).isFalse();
                assertThat(e.status()).isEqualTo(before.status());
            } catch (ComplaintValidationException e) {
                assertThat(e.violations()).isNotEmpty();
            }
            Complaint stored = complaints.get(current.id());
            assertThat(stored).isEqualTo(current);
            assertThat(stored.timeline().subList(0, before.timeline().size())).isEqualTo(before.timeline());
            assertValid(stored);
            assertThat(ComplaintDecoder.decode(ComplaintMapper.INSTANCE.toRecord(stored))).isEqualTo(stored);
        }
    }

    private static void assertValid(Complaint c) {
        List<TimelineEvent> events = c.timeline();
        assertThat(events.get(0).type()).isEqualTo(ComplaintEventType.RECEIVED);
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).sequence()).isEqualTo(i + 1);
            if (i > 0) {
                assertThat(events.get(i).at()).isAfterOrEqualTo(events.get(i - 1).at());
            }
        }
        assertThat(c.status()).isEqualTo(replayStatus(events));
        assertThat(c.version()).isEqualTo(events.size());
        if (events.stream().anyMatch(e -> e.type() == ComplaintEventType.DECIDED)) {
            assertThat(c.classification()).containsKeys(Complaint.REQUIRED_DIMENSIONS.toArray(String[]::new));
        }
        for (TimelineEvent e : events) {
            switch (e.type()) {
                case EXTENDED -> {
                    if (HandlingTier.VERY_COMPLEX.name().equals(e.details().get(EventDetail.TIER))) {
                        assertThat(e.details()).containsKeys(EventDetail.APPROVER, EventDetail.NOTICE_METHOD);
                    }
                }
                case PAUSED -> assertThat(e.details()).containsKeys(EventDetail.PAUSE_REASON, EventDetail.NOTICE_METHOD);
                case DECIDED, REVIEWED -> assertThat(e.details().get(EventDetail.REMEDIES)).isNotBlank();
                default -> { }
            }
        }
        if (c.status().isTerminal()) {
            assertThat(c.allowedActions()).isEmpty();
        }
        if (c.status() != ComplaintStatus.RECEIVED && c.status() != ComplaintStatus.ACCEPTED
                && c.status() != ComplaintStatus.DECLINED && c.status() != ComplaintStatus.WITHDRAWN
                && c.status() != ComplaintStatus.MERGED) {
            assertThat(c.currentHandler()).isNotNull();
        }
    }

    /** The status implied by the timeline, computed independently of {@link Complaint#apply}. */
    private static ComplaintStatus replayStatus(List<TimelineEvent> events) {
        ComplaintStatus s = ComplaintStatus.RECEIVED;
        for (TimelineEvent e : events) {
            s = switch (e.type()) {
                case ACCEPTED -> ComplaintStatus.ACCEPTED;
                case DECLINED -> ComplaintStatus.DECLINED;
                case ASSIGNED -> ComplaintStatus.ASSIGNED;
                case INVESTIGATION_STARTED, RESUMED -> ComplaintStatus.INVESTIGATING;
                case PAUSED -> ComplaintStatus.PAUSED;
                case DECIDED -> ComplaintStatus.DECIDED;
                case REVIEW_REQUESTED -> ComplaintStatus.REVIEW_REQUESTED;
                case REVIEWED -> ComplaintStatus.REVIEWED;
                case WITHDRAWN -> ComplaintStatus.WITHDRAWN;
                case MERGED -> ComplaintStatus.MERGED;
                case CLOSED -> ComplaintStatus.CLOSED;
                default -> s;
            };
        }
        return s;
    }

    /** A clock the property moves forward. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
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

}
