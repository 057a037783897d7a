package io.consumerprotection.core.complaint;

import static io.consumerprotection.core.complaint.ComplaintFixtures.RECEIVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.spi.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComplaintTest {

    private static final ComplaintId ID = ComplaintId.of("CP-1");

    private static Complaint received() {
        Intake intake = ComplaintFixtures.intake("HL-1").build();
        return Complaint.received(ID, intake, intake.initialLevel(), "EMP-001");
    }

    private static Instant t(int minutes) {
        return RECEIVED.plus(Duration.ofMinutes(minutes));
    }

    private static Complaint investigating() {
        return received()
                .apply(new ComplaintAction.Accept(), "EMP-001", t(1))
                .apply(new ComplaintAction.Assign("EMP-002"), "EMP-001", t(2))
                .apply(new ComplaintAction.StartInvestigation(), "EMP-002", t(3));
    }

    @Test
    void goesThroughTheWholeLifecycleRecordingEveryEvent() {
        Complaint c = investigating()
                .apply(new ComplaintAction.RecordContact(NoticeMethod.PHONE), "EMP-002", t(4))
                .apply(new ComplaintAction.Pause(PauseReason.MEDIATION, NoticeMethod.SMS, "调解"), "EMP-002", t(5))
                .apply(new ComplaintAction.Resume(), "EMP-002", t(6))
                .apply(new ComplaintAction.Extend(HandlingTier.COMPLEX, null, null, "情况复杂"), "EMP-002", t(7))
                .apply(new ComplaintAction.Classify(ComplaintFixtures.codes()), "EMP-002", t(8))
                .apply(new ComplaintAction.Decide(ComplaintFixtures.decision()), "EMP-002", t(9))
                .apply(new ComplaintAction.RecordSatisfaction(Satisfaction.SATISFIED), "EMP-002", t(10))
                .apply(new ComplaintAction.Close(), "EMP-002", t(11));

        assertThat(c.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(c.tier()).isEqualTo(HandlingTier.COMPLEX);
        assertThat(c.timeline()).extracting(TimelineEvent::type).containsExactly(
                ComplaintEventType.RECEIVED, ComplaintEventType.ACCEPTED, ComplaintEventType.ASSIGNED,
                ComplaintEventType.INVESTIGATION_STARTED, ComplaintEventType.CUSTOMER_CONTACTED,
                ComplaintEventType.PAUSED, ComplaintEventType.RESUMED, ComplaintEventType.EXTENDED,
                ComplaintEventType.CLASSIFIED, ComplaintEventType.DECIDED, ComplaintEventType.SATISFACTION_RECORDED,
                ComplaintEventType.CLOSED);
        assertThat(c.timeline()).extracting(TimelineEvent::sequence).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(c.findLast(ComplaintEventType.DECIDED).orElseThrow().details())
                .containsEntry(EventDetail.REMEDIES, "REVIEW,MEDIATION,ARBITRATION,LITIGATION")
                .containsEntry(EventDetail.NOTICE_PROOF, "SMS-778899");
        assertThat(c.firstContactHandler()).isEqualTo("EMP-001");
    }

    @Test
    void anIllegalTransitionNamesTheStateAndTheAction() {
        assertThatThrownBy(() -> received().apply(new ComplaintAction.Decide(ComplaintFixtures.decision()), "EMP-1", t(1)))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.status()).isEqualTo(ComplaintStatus.RECEIVED);
                    assertThat(e.action()).isEqualTo("Decide");
                    assertThat(e.getMessage()).contains("RECEIVED").contains("Decide");
                    assertThat(e.code()).isEqualTo("TRANSITION_NOT_ALLOWED");
                });
    }

    @Test
    void terminalStatesAllowNothing() {
        Complaint withdrawn = received().apply(new ComplaintAction.Withdraw("已解决"), "EMP-001", t(1));
        assertThat(withdrawn.status()).isEqualTo(ComplaintStatus.WITHDRAWN);
        assertThat(withdrawn.allowedActions()).isEmpty();
        assertThatThrownBy(() -> withdrawn.apply(new ComplaintAction.Accept(), "EMP-001", t(2)))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void anExtensionToSixtyDaysNeedsAnApproverAndNotice() {
        assertThatThrownBy(() -> investigating().apply(
                new ComplaintAction.Extend(HandlingTier.VERY_COMPLEX, " ", null, "需要外部鉴定"), "EMP-002", t(4)))
                .isInstanceOfSatisfying(ComplaintValidationException.class, e ->
                        assertThat(e.violations()).extracting(Violation::field, Violation::rule)
                                .containsExactlyInAnyOrder(
                                        org.assertj.core.groups.Tuple.tuple("approver", "NotBlank"),
                                        org.assertj.core.groups.Tuple.tuple("notice", "NOTICE_REQUIRED")));

        Complaint extended = investigating().apply(
                new ComplaintAction.Extend(HandlingTier.VERY_COMPLEX, "HO-SM-01", NoticeMethod.POST, "需要外部鉴定"),
                "EMP-002", t(4));
        assertThat(extended.tier()).isEqualTo(HandlingTier.VERY_COMPLEX);
        assertThat(extended.lastEvent().details()).containsEntry(EventDetail.APPROVER, "HO-SM-01");
    }

    @Test
    void anExtensionCannotGoBackToAShorterTier() {
        Complaint extended = investigating().apply(
                new ComplaintAction.Extend(HandlingTier.VERY_COMPLEX, "HO-SM-01", NoticeMethod.POST, "鉴定"), "EMP-002", t(4));
        assertThatThrownBy(() -> extended.apply(new ComplaintAction.Extend(HandlingTier.COMPLEX, null, null, "x"), "EMP-002", t(5)))
                .isInstanceOfSatisfying(ComplaintValidationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::rule).containsExactly("EXTENSION_ORDER"));
    }

    @Test
    void aPauseWithoutNoticeIsRejected() {
        assertThatThrownBy(() -> investigating().apply(
                new ComplaintAction.Pause(PauseReason.OUTSIDE_APPRAISAL, null, "司法鉴定"), "EMP-002", t(4)))
                .isInstanceOfSatisfying(ComplaintValidationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("notice"));
    }

    @Test
    void aDecisionNeedsClassificationFindingsGroundsRemediesAndProofAndListsEveryViolation() {
        Decision empty = new Decision(null, "", " ", Set.of(), null, null);
        assertThatThrownBy(() -> investigating().apply(new ComplaintAction.Decide(empty), "EMP-002", t(4)))
                .isInstanceOfSatisfying(ComplaintValidationException.class, e ->
                        assertThat(e.violations()).extracting(Violation::field).containsExactlyInAnyOrder(
                                "decision.outcome", "decision.findings", "decision.grounds", "decision.remedies",
                                "decision.noticeMethod", "decision.noticeProof", "classification[BUSINESS]",
                                "classification[CAUSE]"));
    }

    /** Noon in Shanghai on this day. */
    private static Instant noon(String day) {
        return java.time.LocalDate.parse(day).atTime(12, 0).atZone(Complaint.CHINA).toInstant();
    }

    /** Received at 08:00 on the first day, decided at noon on the second, with this decision. */
    private static Complaint decided(String receivedDay, String decidedDay, Decision decision) {
        Instant received = java.time.LocalDate.parse(receivedDay).atTime(8, 0).atZone(Complaint.CHINA).toInstant();
        Intake intake = ComplaintFixtures.intake("HL-1").receivedAt(received).build();
        return Complaint.received(ID, intake, intake.initialLevel(), "EMP-001")
                .apply(new ComplaintAction.Accept(), "EMP-001", received.plusSeconds(60))
                .apply(new ComplaintAction.Assign("EMP-002"), "EMP-001", received.plusSeconds(120))
                .apply(new ComplaintAction.StartInvestigation(), "EMP-002", received.plusSeconds(180))
                .apply(new ComplaintAction.Classify(ComplaintFixtures.codes()), "EMP-002", received.plusSeconds(240))
                .apply(new ComplaintAction.Decide(decision), "EMP-002", noon(decidedDay));
    }

    private static void assertReviewRefused(Complaint decided, String day, String... messageParts) {
        assertThatThrownBy(() -> decided.apply(new ComplaintAction.RequestReview("不服"), "EMP-009", noon(day)))
                .isInstanceOfSatisfying(ComplaintValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::rule).containsExactly("REVIEW_WINDOW");
                    assertThat(e.violations().get(0).message()).contains(messageParts);
                });
    }

    @Test
    void theReviewWindowsLastDayRollsOverNationalDay() {
        // issue 16: decided (and told) 2024-09-01; day 30 is 10-01 (国庆), the break ends 10-07: the period ends 10-08
        Complaint decided = decided("2024-09-01", "2024-09-01", ComplaintFixtures.decision());
        assertThat(decided.apply(new ComplaintAction.RequestReview("不服"), "EMP-009", noon("2024-10-08")).status())
                .isEqualTo(ComplaintStatus.REVIEW_REQUESTED);
        assertReviewRefused(decided, "2024-10-09", "received 2024-09-01", "ended on 2024-10-08", "art. 20");
    }

    @Test
    void theReviewWindowEndsOnDay30WhenItIsAWorkingDay() {
        // decided Mon 2024-10-14, no receipt recorded: from the decision's day, day 30 is Wed 11-13
        Complaint decided = decided("2024-09-20", "2024-10-14", ComplaintFixtures.decision());
        assertThat(decided.apply(new ComplaintAction.RequestReview("不服"), "EMP-009", noon("2024-11-13")).status())
                .isEqualTo(ComplaintStatus.REVIEW_REQUESTED);
        assertReviewRefused(decided, "2024-11-14", "ended on 2024-11-13");
    }

    @Test
    void theReviewWindowRunsFromTheDayTheComplainantReceivedTheDecision() {
        // decided Fri 2024-09-20, the posted notice delivered Mon 09-23: day 30 is Wed 10-23 (from the decision's
        // day it would have been Sun 10-20, rolled to 10-21)
        Decision posted = Decision.withAllRemedies(DecisionOutcome.UPHELD, "年费未按约定告知", "合同第5条", NoticeMethod.POST,
                "EMS-1187").withNoticeReceivedOn(java.time.LocalDate.parse("2024-09-23"));
        Complaint decided = decided("2024-09-10", "2024-09-20", posted);
        assertThat(decided.lastEvent().details()).containsEntry(EventDetail.NOTICE_RECEIVED_ON, "2024-09-23");
        assertThat(decided.apply(new ComplaintAction.RequestReview("不服"), "EMP-009", noon("2024-10-23")).status())
                .isEqualTo(ComplaintStatus.REVIEW_REQUESTED);
        assertReviewRefused(decided, "2024-10-24", "received 2024-09-23", "ended on 2024-10-23");
    }

    @Test
    void aDecisionCannotBeReceivedBeforeItIsMade() {
        Decision early = ComplaintFixtures.decision().withNoticeReceivedOn(java.time.LocalDate.parse("2024-09-19"));
        assertThatThrownBy(() -> decided("2024-09-10", "2024-09-20", early))
                .isInstanceOfSatisfying(ComplaintValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + " " + v.rule())
                        .containsExactly("decision.noticeReceivedOn NOTICE_BEFORE_DECISION"));
    }

    @Test
    void aHandOverKeepsTheFirstContactHandlerAndRecordsBothHandlers() {
        Complaint c = investigating().apply(new ComplaintAction.HandOver("EMP-003", "专业部门处理"), "EMP-002", t(4));
        assertThat(c.currentHandler()).isEqualTo("EMP-003");
        assertThat(c.firstContactHandler()).isEqualTo("EMP-001");
        assertThat(c.lastEvent().details()).containsEntry(EventDetail.FROM_HANDLER, "EMP-002")
                .containsEntry(EventDetail.HANDLER, "EMP-003");
    }

    @Test
    void eventsCannotGoBackInTime() {
        Complaint c = investigating();
        assertThatThrownBy(() -> c.apply(new ComplaintAction.Withdraw("x"), "EMP-1", t(1)))
                .isInstanceOfSatisfying(ComplaintValidationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::rule).containsExactly("TIMELINE_ORDER"));
    }

    @Test
    void twentyJointInPersonComplainantsMakeAMajorComplaint() {
        Intake group = ComplaintFixtures.intake("BC-1").channel(Channel.BRANCH_COUNTER)
                .complainant(Complainant.person("CUST-9", "群体").withJointComplainants(Intake.MAJOR_JOINT_COMPLAINANTS))
                .build();
        Intake smaller = ComplaintFixtures.intake("BC-2").channel(Channel.BRANCH_COUNTER)
                .complainant(Complainant.person("CUST-9", "群体").withJointComplainants(Intake.MAJOR_JOINT_COMPLAINANTS - 1))
                .build();
        assertThat(group.initialLevel()).isEqualTo(ComplaintLevel.MAJOR);
        assertThat(smaller.initialLevel()).isEqualTo(ComplaintLevel.ORDINARY);
        // every in-person channel (arts 12, 29): a petition visit too, not a letter or the hotline
        Intake petition = ComplaintFixtures.intake("PT-1").channel(Channel.PETITION)
                .complainant(Complainant.person("CUST-9", "群体").withJointComplainants(Intake.MAJOR_JOINT_COMPLAINANTS))
                .build();
        assertThat(petition.initialLevel()).isEqualTo(ComplaintLevel.MAJOR);
        for (Channel remote : new Channel[] {Channel.LETTER, Channel.HOTLINE}) {
            assertThat(ComplaintFixtures.intake("RM-1").channel(remote)
                    .complainant(Complainant.person("CUST-9", "群体").withJointComplainants(Intake.MAJOR_JOINT_COMPLAINANTS))
                    .build().initialLevel()).isEqualTo(ComplaintLevel.ORDINARY);
        }
        assertThat(java.util.Arrays.stream(Channel.values()).filter(Channel::isInPerson))
                .containsExactlyInAnyOrder(Channel.BRANCH_COUNTER, Channel.PETITION);
        assertThat(ComplaintFixtures.intake("BC-3").designatedMajor(true).build().initialLevel()).isEqualTo(ComplaintLevel.MAJOR);
    }

    @Test
    void toStringShowsNoPersonalData() {
        Complaint c = investigating();
        assertThat(c.toString()).doesNotContain("欧阳", "CUST-0001", "年费", "300");
        assertThat(c.complainant().toString()).doesNotContain("欧阳", "CUST-0001");
    }
}
