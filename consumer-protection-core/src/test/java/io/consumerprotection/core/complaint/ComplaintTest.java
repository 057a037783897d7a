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

    @Test
    void reviewMustBeRequestedWithinThirtyDaysOfTheDecision() {
        Complaint decided = investigating()
                .apply(new ComplaintAction.Classify(ComplaintFixtures.codes()), "EMP-002", t(4))
                .apply(new ComplaintAction.Decide(ComplaintFixtures.decision()), "EMP-002", t(5));
        Instant day30 = t(5).plus(Duration.ofDays(30));
        assertThat(decided.apply(new ComplaintAction.RequestReview("不服"), "EMP-009", day30).status())
                .isEqualTo(ComplaintStatus.REVIEW_REQUESTED);
        assertThatThrownBy(() -> decided.apply(new ComplaintAction.RequestReview("不服"), "EMP-009",
                day30.plus(Duration.ofDays(1))))
                .isInstanceOfSatisfying(ComplaintValidationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::rule).containsExactly("REVIEW_WINDOW"));
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
        assertThat(ComplaintFixtures.intake("BC-3").designatedMajor(true).build().initialLevel()).isEqualTo(ComplaintLevel.MAJOR);
    }

    @Test
    void toStringShowsNoPersonalData() {
        Complaint c = investigating();
        assertThat(c.toString()).doesNotContain("欧阳", "CUST-0001", "年费", "300");
        assertThat(c.complainant().toString()).doesNotContain("欧阳", "CUST-0001");
    }
}
