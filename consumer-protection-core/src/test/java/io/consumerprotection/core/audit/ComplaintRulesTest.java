package io.consumerprotection.core.audit;

import static io.consumerprotection.core.audit.AuditFixtures.append;
import static io.consumerprotection.core.audit.AuditFixtures.check;
import static io.consumerprotection.core.audit.AuditFixtures.context;
import static io.consumerprotection.core.audit.AuditFixtures.decidedAt;
import static io.consumerprotection.core.audit.AuditFixtures.due;
import static io.consumerprotection.core.audit.AuditFixtures.investigating;
import static io.consumerprotection.core.audit.AuditFixtures.noon;
import static io.consumerprotection.core.audit.AuditFixtures.received;
import static io.consumerprotection.core.audit.AuditFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.complaint.Channel;
import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintAction;
import io.consumerprotection.core.complaint.ComplaintEventType;
import io.consumerprotection.core.complaint.ComplaintFixtures;
import io.consumerprotection.core.complaint.ComplaintId;
import io.consumerprotection.core.complaint.ComplaintLevel;
import io.consumerprotection.core.complaint.ComplaintStatus;
import io.consumerprotection.core.complaint.EventDetail;
import io.consumerprotection.core.complaint.HandlingTier;
import io.consumerprotection.core.complaint.Intake;
import io.consumerprotection.core.complaint.NoticeMethod;
import io.consumerprotection.core.complaint.PauseReason;
import io.consumerprotection.core.complaint.Satisfaction;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ComplaintRulesTest {

    private static final AuditContext DUE_OCT_8 = context("2024-12-31", due("DECISION", "2024-10-08"));

    @Test
    void thereAreTwentyComplaintRulesEachWithACitationAndBothTitles() {
        assertThat(BuiltInRules.complaints().rulesFor(SubjectKind.COMPLAINT)).hasSize(20).allSatisfy(r -> {
            assertThat(r.definition().titleZh()).isNotBlank();
            assertThat(r.definition().titleEn()).isNotBlank();
            assertThat(r.definition().citation().instrument()).isNotBlank();
        });
    }

    @Nested
    class DecidedLate {
        @Test
        void failsWithDueDatePolicyCalendarAndDaysLate() {
            Complaint c = decidedAt(received("C-1"), noon("2024-10-10"));
            Outcome o = check("CP-COMPLAINT-001", c, DUE_OCT_8);
            assertThat(o.kind()).isEqualTo(FindingKind.FAIL);
            assertThat(o.message()).isEqualTo("due 2024-10-08 (NFRA-2020-3, calendar CN 2026a), decided 2024-10-10: 2 days late");
            assertThat(o.evidence()).extracting(Evidence::name).contains("dueDate.DECISION");
        }

        @Test
        void passesWhenDecidedOnTheLastDay() {
            Complaint c = decidedAt(received("C-1"),
                    java.time.LocalDate.parse("2024-10-08").atTime(23, 59).atZone(AuditFixtures.CHINA).toInstant());
            assertThat(check("CP-COMPLAINT-001", c, DUE_OCT_8).kind()).isEqualTo(FindingKind.PASS);
        }

        @Test
        void failsWhenStillOpenAfterTheDueDate() {
            Complaint c = investigating(received("C-1"));
            Outcome o = check("CP-COMPLAINT-001", c, context("2024-10-12", due("DECISION", "2024-10-08")));
            assertThat(o.kind()).isEqualTo(FindingKind.FAIL);
            assertThat(o.message()).endsWith("not decided by 2024-10-12: 4 days overdue");
        }

        @Test
        void isNotApplicableWhenWithdrawnOrNotYetDue() {
            Complaint withdrawn = investigating(received("C-1")).apply(new ComplaintAction.Withdraw("已解决"), "EMP-002",
                    noon("2024-09-25"));
            assertThat(check("CP-COMPLAINT-001", withdrawn, DUE_OCT_8).kind()).isEqualTo(FindingKind.NOT_APPLICABLE);
            Complaint open = investigating(received("C-2"));
            assertThat(check("CP-COMPLAINT-001", open, context("2024-10-01", due("DECISION", "2024-10-08"))).kind())
                    .isEqualTo(FindingKind.NOT_APPLICABLE);
        }

        @Test
        void needsReviewWithoutADueDate() {
            Complaint c = decidedAt(received("C-1"), noon("2024-10-10"));
            assertThat(check("CP-COMPLAINT-001", c, context("2024-12-31", due())).kind()).isEqualTo(FindingKind.NEEDS_REVIEW);
        }
    }

    @Nested
    class Extensions {
        private Complaint extended(String approver, NoticeMethod notice) {
            Complaint c = investigating(received("C-1"));
            Map<String, String> details = new java.util.HashMap<>();
            details.put(EventDetail.TIER, HandlingTier.VERY_COMPLEX.name());
            if (approver != null) {
                details.put(EventDetail.APPROVER, approver);
            }
            if (notice != null) {
                details.put(EventDetail.NOTICE_METHOD, notice.name());
            }
            return append(c, ComplaintEventType.EXTENDED, noon("2024-10-01"), details, "需外部鉴定", null);
        }

        @Test
        void passWhenApprovedAndNotified() {
            Complaint c = investigating(received("C-1")).apply(new ComplaintAction.Extend(HandlingTier.VERY_COMPLEX,
                    "MGR-HQ-01", NoticeMethod.SMS, "涉及多方核实"), "EMP-002", noon("2024-10-01"));
            assertThat(check("CP-COMPLAINT-002", c, DUE_OCT_8).kind()).isEqualTo(FindingKind.PASS);
            assertThat(check("CP-COMPLAINT-003", c, DUE_OCT_8).kind()).isEqualTo(FindingKind.PASS);
        }

        @Test
        void failWithoutApproverOrWithoutNotice() {
            Outcome noApprover = check("CP-COMPLAINT-002", extended(null, NoticeMethod.SMS), DUE_OCT_8);
            assertThat(noApprover.kind()).isEqualTo(FindingKind.FAIL);
            assertThat(noApprover.message()).contains("approver");
            assertThat(check("CP-COMPLAINT-003", extended(null, NoticeMethod.SMS), DUE_OCT_8).kind()).isEqualTo(FindingKind.PASS);
            Outcome noNotice = check("CP-COMPLAINT-003", extended("MGR-HQ-01", null), DUE_OCT_8);
            assertThat(noNotice.kind()).isEqualTo(FindingKind.FAIL);
            assertThat(noNotice.message()).contains("notice");
        }

        @Test
        void notApplicableWithoutAnExtensionTo60Days() {
            Complaint to30 = investigating(received("C-1")).apply(new ComplaintAction.Extend(HandlingTier.COMPLEX, null, null,
                    "案情复杂"), "EMP-002", noon("2024-10-01"));
            assertThat(check("CP-COMPLAINT-002", to30, DUE_OCT_8).kind()).isEqualTo(FindingKind.NOT_APPLICABLE);
            assertThat(check("CP-COMPLAINT-003", received("C-2"), DUE_OCT_8).kind()).isEqualTo(FindingKind.NOT_APPLICABLE);
        }
    }

    /** Issue 16: received 2025-03-03, due 03-18; COMPLEX recorded on 03-25 (late); decided 03-30. */
    @Nested
    class LateExtension {
        private final io.consumerprotection.core.deadline.DeadlineEngine engine =
                io.consumerprotection.core.deadline.DeadlineEngine.bundled();

        private Complaint lateExtended() {
            Complaint c = Complaint.received(ComplaintId.of("C-16"), ComplaintFixtures.intake("REF-16")
                    .receivedAt(noon("2025-03-03")).build(), ComplaintLevel.ORDINARY, "EMP-001");
            c = investigating(c);
            // as stored by a lifecycle that accepted the late extension: the due date it recorded is 04-02
            c = append(c, ComplaintEventType.EXTENDED, noon("2025-03-25"), Map.of(EventDetail.TIER, "COMPLEX"), "案情复杂", null);
            c = c.apply(new ComplaintAction.Decide(ComplaintFixtures.decision()), "EMP-002", noon("2025-03-30"));
            return c.withDueDates(Map.of("DECISION", java.time.LocalDate.parse("2025-04-02")));
        }

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
        void theOriginalBreachStandsAndTheLateExtensionIsAFindingOfItsOwn(boolean recorded) {
            // under NFRA-2020-3 alone every started milestone has ended with a stored date: the fast path's case
            io.consumerprotection.core.deadline.PolicyId[] policies = {io.consumerprotection.core.deadline.PolicyId.NFRA_2020_3};
            DeadlineEvaluator deadlines = recorded ? DeadlineEvaluator.recorded(engine, policies)
                    : DeadlineEvaluator.engine(engine, policies);
            AuditContext ctx = context("2025-06-30", deadlines);
            Outcome breach = check("CP-COMPLAINT-001", lateExtended(), ctx);
            assertThat(breach.kind()).isEqualTo(FindingKind.FAIL);
            assertThat(breach.message()).startsWith("due 2025-03-18 (NFRA-2020-3, calendar CN 2026a), decided 2025-03-30: 12 days late");
            Outcome late = check("CP-COMPLAINT-020", lateExtended(), ctx);
            assertThat(late.kind()).isEqualTo(FindingKind.FAIL);
            assertThat(late.message()).contains("2025-03-18", "COMPLEX on 2025-03-25");
            assertThat(late.evidence()).extracting(Evidence::name).contains("dueDate.DECISION", "timeline[6].EXTENDED.at");
        }

        @Test
        void anExtensionInTimePassesAndNoExtensionIsNotApplicable() {
            DeadlineEvaluator deadlines = DeadlineEvaluator.engine(engine, io.consumerprotection.core.deadline.PolicyId.NFRA_2020_3);
            Complaint inTime = investigating(received("C-1")).apply(new ComplaintAction.Extend(HandlingTier.COMPLEX, null, null,
                    "案情复杂"), "EMP-002", noon("2024-10-01"));
            assertThat(check("CP-COMPLAINT-020", inTime, context("2024-10-02", deadlines)).kind()).isEqualTo(FindingKind.PASS);
            assertThat(check("CP-COMPLAINT-020", received("C-2"), context("2024-10-02", deadlines)).kind())
                    .isEqualTo(FindingKind.NOT_APPLICABLE);
        }
    }

    @Nested
    class RegulatorFeedback {
        private Complaint forwarded(String feedbackDue) {
            Intake.Builder b = ComplaintFixtures.intake("NFRA-1").channel(Channel.REGULATOR_TRANSFER)
                    .regulatorReceivedOn(java.time.LocalDate.parse("2024-09-12"));
            if (feedbackDue != null) {
                b.regulatorFeedbackDue(java.time.LocalDate.parse(feedbackDue));
            }
            return decidedAt(Complaint.received(ComplaintId.of("C-33"), b.build(), ComplaintLevel.ORDINARY, "EMP-001"),
                    noon("2024-10-08"));
        }

        @Test
        void passesOnTimeFailsLateOrMissingAndIsNotApplicableWithoutADay() {
            Complaint onTime = forwarded("2024-10-15").apply(new ComplaintAction.ReportToRegulator("已反馈"), "EMP-002",
                    noon("2024-10-15"));
            assertThat(check("CP-COMPLAINT-021", onTime, context("2024-12-31")).kind()).isEqualTo(FindingKind.PASS);
            Complaint late = forwarded("2024-10-15").apply(new ComplaintAction.ReportToRegulator("已反馈"), "EMP-002",
                    noon("2024-10-18"));
            Outcome o = check("CP-COMPLAINT-021", late, context("2024-12-31"));
            assertThat(o.kind()).isEqualTo(FindingKind.FAIL);
            assertThat(o.message()).isEqualTo("feedback due 2024-10-15, given 2024-10-18: 3 days late");
            Outcome missing = check("CP-COMPLAINT-021", forwarded("2024-10-15"), context("2024-10-20"));
            assertThat(missing.kind()).isEqualTo(FindingKind.FAIL);
            assertThat(missing.message()).contains("none by 2024-10-20", "5 days overdue");
            assertThat(check("CP-COMPLAINT-021", forwarded("2024-10-15"), context("2024-10-14")).kind())
                    .isEqualTo(FindingKind.NOT_APPLICABLE);
            assertThat(check("CP-COMPLAINT-021", forwarded(null), context("2024-12-31")).kind())
                    .isEqualTo(FindingKind.NOT_APPLICABLE);
            assertThat(check("CP-COMPLAINT-021", received("C-2"), context("2024-12-31")).kind())
                    .isEqualTo(FindingKind.NOT_APPLICABLE);
        }
    }

    @Nested
    class Pauses {
        @Test
        void passFailAndNotApplicable() {
            Complaint paused = investigating(received("C-1")).apply(new ComplaintAction.Pause(PauseReason.MEDIATION,
                    NoticeMethod.PHONE, "调解"), "EMP-002", noon("2024-09-25"));
            assertThat(check("CP-COMPLAINT-004", paused, DUE_OCT_8).kind()).isEqualTo(FindingKind.PASS);

            Complaint silent = append(investigating(received("C-2")), ComplaintEventType.PAUSED, noon("2024-09-25"),
                    Map.of(EventDetail.PAUSE_REASON, "OUTSIDE_APPRAISAL"), "", ComplaintStatus.PAUSED);
            Outcome o = check("CP-COMPLAINT-004", silent, DUE_OCT_8);
            assertThat(o.kind()).isEqualTo(FindingKind.FAIL);
            assertThat(o.message()).contains("OUTSIDE_APPRAISAL");

            assertThat(check("CP-COMPLAINT-004", investigating(received("C-3")), DUE_OCT_8).kind())
                    .isEqualTo(FindingKind.NOT_APPLICABLE);
        }
    }

    @Nested
    class Review {
        private Complaint reviewedAt(String day) {
            Complaint c = decidedAt(received("C-1"), noon("2024-10-08"))
                    .apply(new ComplaintAction.RequestReview("不服"), "EMP-002", noon("2024-10-15"));
            return c.apply(new ComplaintAction.DecideReview(ComplaintFixtures.decision()), "EMP-HQ", noon(day));
        }

        @Test
        void passFailAndNotApplicable() {
            AuditContext ctx = context("2024-12-31", due("DECISION", "2024-10-08", "REVIEW", "2024-11-14"));
            assertThat(check("CP-COMPLAINT-005", reviewedAt("2024-11-14"), ctx).kind()).isEqualTo(FindingKind.PASS);
            Outcome late = check("CP-COMPLAINT-005", reviewedAt("2024-11-20"), ctx);
            assertThat(late.kind()).isEqualTo(FindingKind.FAIL);
            assertThat(late.message()).isEqualTo("due 2024-11-14 (NFRA-2020-3, calendar CN 2026a), reviewed 2024-11-20: 6 days late");
            assertThat(check("CP-COMPLAINT-005", decidedAt(received("C-2"), noon("2024-10-08")), ctx).kind())
                    .isEqualTo(FindingKind.NOT_APPLICABLE);
        }
    }

    @Nested
    class RegulatorTransferred {
        @Test
        void passFailAndNotApplicable() {
            Complaint late = decidedAt(received("C-1", Channel.REGULATOR_TRANSFER), noon("2024-10-09"));
            Outcome o = check("CP-COMPLAINT-006", late, DUE_OCT_8);
            assertThat(o.kind()).isEqualTo(FindingKind.FAIL);
            assertThat(o.message()).endsWith("decided 2024-10-09: 1 day late");
            assertThat(check("CP-COMPLAINT-006", decidedAt(received("C-2", Channel.PBOC_TRANSFER), noon("2024-10-08")),
                    DUE_OCT_8).kind()).isEqualTo(FindingKind.PASS);
            assertThat(check("CP-COMPLAINT-006", decidedAt(received("C-3"), noon("2024-10-09")), DUE_OCT_8).kind())
                    .isEqualTo(FindingKind.NOT_APPLICABLE);
        }

        @Test
        void theTransferredRuleIsCritical() {
            assertThat(AuditFixtures.complaintRule("CP-COMPLAINT-006").definition().severity()).isEqualTo(Severity.CRITICAL);
        }
    }

    @Nested
    class ThreeFiveTen {
        private final AuditContext ctx = context("2024-12-31",
                due("CONTACT", "2024-09-25", "PLAN", "2024-09-27", "RESOLVE", "2024-10-08", "DECISION", "2024-10-08"));

        @Test
        void contactPlanAndResolve() {
            Complaint c = investigating(received("C-1"))
                    .apply(new ComplaintAction.RecordContact(NoticeMethod.PHONE), "EMP-002", noon("2024-09-24"))
                    .apply(new ComplaintAction.ProposePlan("退还年费"), "EMP-002", noon("2024-09-30"))
                    .apply(new ComplaintAction.Decide(ComplaintFixtures.decision()), "EMP-002", noon("2024-10-08"));
            assertThat(check("CP-COMPLAINT-007", c, ctx).kind()).isEqualTo(FindingKind.PASS);
            Outcome plan = check("CP-COMPLAINT-008", c, ctx);
            assertThat(plan.kind()).isEqualTo(FindingKind.FAIL);
            assertThat(plan.message()).isEqualTo("due 2024-09-27 (NFRA-2020-3, calendar CN 2026a), plan proposed 2024-09-30: 3 days late");
            assertThat(check("CP-COMPLAINT-009", c, ctx).kind()).isEqualTo(FindingKind.PASS);
            Complaint lateContact = investigating(received("C-2"))
                    .apply(new ComplaintAction.RecordContact(NoticeMethod.PHONE), "EMP-002", noon("2024-09-26"));
            assertThat(check("CP-COMPLAINT-007", lateContact, ctx).kind()).isEqualTo(FindingKind.FAIL);
        }

        @Test
        void planOnTimeAndResolvedLate() {
            Complaint c = investigating(received("C-3"))
                    .apply(new ComplaintAction.ProposePlan("退还年费"), "EMP-002", noon("2024-09-27"))
                    .apply(new ComplaintAction.Decide(ComplaintFixtures.decision()), "EMP-002", noon("2024-10-11"));
            assertThat(check("CP-COMPLAINT-008", c, ctx).kind()).isEqualTo(FindingKind.PASS);
            Outcome resolve = check("CP-COMPLAINT-009", c, ctx);
            assertThat(resolve.kind()).isEqualTo(FindingKind.FAIL);
            assertThat(resolve.message()).endsWith("decided 2024-10-11: 3 days late");
        }

        @Test
        void notApplicableWhenThePolicyHasNoSuchMilestone() {
            Complaint c = decidedAt(received("C-1"), noon("2024-10-08"));
            for (String id : new String[] {"CP-COMPLAINT-007", "CP-COMPLAINT-008", "CP-COMPLAINT-009"}) {
                assertThat(check(id, c, DUE_OCT_8).kind()).as(id).isEqualTo(FindingKind.NOT_APPLICABLE);
            }
        }
    }

    @Nested
    class Classification {
        @Test
        void passFailAndNotApplicable() {
            Complaint decided = decidedAt(received("C-1"), noon("2024-10-08"));
            assertThat(check("CP-COMPLAINT-010", decided, DUE_OCT_8).kind()).isEqualTo(FindingKind.PASS);
            Complaint noCause = with(decided, decided.narrative(), decided.request(), "EMP-001", "EMP-002",
                    Map.of("BUSINESS", "0602"), ComplaintLevel.ORDINARY);
            Outcome o = check("CP-COMPLAINT-010", noCause, DUE_OCT_8);
            assertThat(o.kind()).isEqualTo(FindingKind.FAIL);
            assertThat(o.message()).contains("CAUSE missing");
            assertThat(check("CP-COMPLAINT-010", received("C-2"), DUE_OCT_8).kind()).isEqualTo(FindingKind.NOT_APPLICABLE);
        }

        @Test
        void checksCodesAgainstTheBundledSchemeInForce() {
            Complaint decided = decidedAt(received("C-1"), noon("2024-10-08"));
            Complaint unknown = with(decided, decided.narrative(), decided.request(), "EMP-001", "EMP-002",
                    Map.of("BUSINESS", "06015", "CAUSE", "9876"), ComplaintLevel.ORDINARY);
            Outcome o = check("CP-COMPLAINT-010", unknown, DUE_OCT_8);
            assertThat(o.kind()).isEqualTo(FindingKind.FAIL);
            assertThat(o.message()).contains("CAUSE code (4 digits)").contains("scheme 2018.1").doesNotContain("9876");
            Complaint valid = with(decided, decided.narrative(), decided.request(), "EMP-001", "EMP-002",
                    Map.of("BUSINESS", "06015", "CAUSE", "0703"), ComplaintLevel.ORDINARY);
            assertThat(check("CP-COMPLAINT-010", valid, DUE_OCT_8).kind()).isEqualTo(FindingKind.PASS);
        }

        @Test
        void usesTheConfiguredSchemeCheck() {
            Complaint decided = decidedAt(received("C-1"), noon("2024-10-08"));
            AuditContext strict = AuditContext.builder(noon("2024-12-31"))
                    .classification(c -> java.util.List.of("BUSINESS code 0602 is not in scheme JR/T 0169 v9")).build();
            // a host's own check words its problems itself: no built-in Chinese template can know them
            @SuppressWarnings("unchecked")
            Rule<ComplaintSubject> unchecked = (Rule<ComplaintSubject>) BuiltInRules.all().get(RuleId.of("CP-COMPLAINT-010"));
            assertThat(unchecked.check(ComplaintSubject.of(decided), strict).message()).contains("not in scheme");
        }
    }

    @Nested
    class FirstContact {
        @Test
        void passFailAndNotApplicable() {
            Complaint c = received("C-1");
            assertThat(check("CP-COMPLAINT-011", c, DUE_OCT_8).kind()).isEqualTo(FindingKind.PASS);
            Complaint blank = with(c, c.narrative(), c.request(), " ", null, c.classification(), c.level());
            assertThat(check("CP-COMPLAINT-011", blank, DUE_OCT_8).kind()).isEqualTo(FindingKind.FAIL);
            Complaint merged = c.apply(new ComplaintAction.MergeInto(ComplaintId.of("C-0")), "EMP-001", noon("2024-09-21"));
            Complaint mergedBlank = with(merged, c.narrative(), c.request(), "", null, c.classification(), c.level());
            assertThat(check("CP-COMPLAINT-011", mergedBlank, DUE_OCT_8).kind()).isEqualTo(FindingKind.NOT_APPLICABLE);
        }
    }

    @Nested
    class HandOver {
        @Test
        void passFailAndNotApplicable() {
            Complaint handed = investigating(received("C-1")).apply(new ComplaintAction.HandOver("EMP-003", "原经办人休假"),
                    "EMP-002", noon("2024-09-24"));
            assertThat(check("CP-COMPLAINT-012", handed, DUE_OCT_8).kind()).isEqualTo(FindingKind.PASS);
            Complaint silent = with(handed, handed.narrative(), handed.request(), "EMP-001", "EMP-007",
                    handed.classification(), handed.level());
            Outcome o = check("CP-COMPLAINT-012", silent, DUE_OCT_8);
            assertThat(o.kind()).isEqualTo(FindingKind.FAIL);
            assertThat(o.message()).contains("EMP-003").contains("EMP-007");
            assertThat(check("CP-COMPLAINT-012", received("C-2"), DUE_OCT_8).kind()).isEqualTo(FindingKind.NOT_APPLICABLE);
        }

        @Test
        void failsForAHandOverWithoutReason() {
            Complaint c = append(investigating(received("C-1")), ComplaintEventType.HANDED_OVER, noon("2024-09-24"),
                    Map.of(EventDetail.FROM_HANDLER, "EMP-002", EventDetail.HANDLER, "EMP-003"), "", null);
            Complaint moved = with(c, c.narrative(), c.request(), "EMP-001", "EMP-003", c.classification(), c.level());
            assertThat(check("CP-COMPLAINT-012", moved, DUE_OCT_8).message()).contains("no reason");
        }
    }

    @Nested
    class Remedies {
        @Test
        void passFailAndNotApplicable() {
            assertThat(check("CP-COMPLAINT-013", decidedAt(received("C-1"), noon("2024-10-08")), DUE_OCT_8).kind())
                    .isEqualTo(FindingKind.PASS);
            Complaint bare = append(investigating(received("C-2")), ComplaintEventType.DECIDED, noon("2024-10-08"),
                    Map.of(EventDetail.OUTCOME, "UPHELD", EventDetail.REMEDIES, ""), "", ComplaintStatus.DECIDED);
            assertThat(check("CP-COMPLAINT-013", bare, DUE_OCT_8).kind()).isEqualTo(FindingKind.FAIL);
            assertThat(check("CP-COMPLAINT-013", investigating(received("C-3")), DUE_OCT_8).kind())
                    .isEqualTo(FindingKind.NOT_APPLICABLE);
        }
    }

    @Nested
    class SatisfactionAfterDecision {
        @Test
        void passFailAndNotApplicable() {
            Complaint decided = decidedAt(received("C-1"), noon("2024-10-08"));
            Complaint recorded = decided.apply(new ComplaintAction.RecordSatisfaction(Satisfaction.SATISFIED), "EMP-002",
                    noon("2024-10-09"));
            assertThat(check("CP-COMPLAINT-014", recorded, context("2024-12-01")).kind()).isEqualTo(FindingKind.PASS);
            Outcome o = check("CP-COMPLAINT-014", decided, context("2024-12-01"));
            assertThat(o.kind()).isEqualTo(FindingKind.FAIL);
            assertThat(o.message()).contains("decided 2024-10-08").contains("54 days");
            assertThat(check("CP-COMPLAINT-014", decided, context("2024-10-20")).kind()).isEqualTo(FindingKind.NOT_APPLICABLE);
            assertThat(check("CP-COMPLAINT-014", received("C-2"), context("2024-12-01")).kind())
                    .isEqualTo(FindingKind.NOT_APPLICABLE);
        }
    }

    @Nested
    class Repeats {
        private final Rule<ComplaintSubject> rule = AuditFixtures.complaintRule("CP-COMPLAINT-015");

        @Test
        void passFailAndNotApplicable() {
            Complaint repeat = received("C-2");
            Outcome fail = rule.check(ComplaintSubject.of(repeat, ComplaintId.of("C-1")), DUE_OCT_8);
            assertThat(fail.kind()).isEqualTo(FindingKind.FAIL);
            assertThat(fail.message()).contains("C-1");
            Complaint merged = repeat.apply(new ComplaintAction.MergeInto(ComplaintId.of("C-1")), "EMP-001", noon("2024-09-21"));
            assertThat(rule.check(ComplaintSubject.of(merged, ComplaintId.of("C-1")), DUE_OCT_8).kind()).isEqualTo(FindingKind.PASS);
            assertThat(rule.check(ComplaintSubject.of(repeat), DUE_OCT_8).kind()).isEqualTo(FindingKind.NOT_APPLICABLE);
        }
    }

    @Nested
    class MajorAlert {
        private final Complaint major = Complaint.received(ComplaintId.of("C-9"),
                ComplaintFixtures.intake("REF-9").build(), ComplaintLevel.MAJOR, "EMP-001");

        private AuditContext alerts(Optional<Boolean> answer) {
            return AuditContext.builder(noon("2024-12-31")).alerts(id -> answer).build();
        }

        @Test
        void passWithHostEvidenceOrANotifiedEvent() {
            assertThat(check("CP-COMPLAINT-016", major, alerts(Optional.of(true))).kind()).isEqualTo(FindingKind.PASS);
            Complaint notified = append(major, ComplaintEventType.NOTIFIED, noon("2024-09-20"),
                    Map.of(EventDetail.NOTIFICATION_KIND, "MAJOR_COMPLAINT_ALERT", EventDetail.RECIPIENT, "SUPERVISOR"), "", null);
            assertThat(check("CP-COMPLAINT-016", notified, alerts(Optional.empty())).kind()).isEqualTo(FindingKind.PASS);
        }

        @Test
        void failWhenTheHostKnowsNoAlertAndReviewWhenNobodyKnows() {
            assertThat(check("CP-COMPLAINT-016", major, alerts(Optional.of(false))).kind()).isEqualTo(FindingKind.FAIL);
            assertThat(check("CP-COMPLAINT-016", major, alerts(Optional.empty())).kind()).isEqualTo(FindingKind.NEEDS_REVIEW);
        }

        @Test
        void notApplicableToAComplaintThatWasNeverMajor() {
            assertThat(check("CP-COMPLAINT-016", received("C-1"), alerts(Optional.of(false))).kind())
                    .isEqualTo(FindingKind.NOT_APPLICABLE);
        }

        @Test
        void aComplaintRaisedToMajorCounts() {
            Complaint raised = investigating(received("C-1")).apply(new ComplaintAction.ChangeLevel(ComplaintLevel.MAJOR,
                    "20人以上集体投诉"), "EMP-002", noon("2024-09-22"));
            assertThat(check("CP-COMPLAINT-016", raised, alerts(Optional.of(false))).kind()).isEqualTo(FindingKind.FAIL);
        }
    }

    @Nested
    class Narrative {
        private Complaint withText(String narrative, String request) {
            Complaint c = received("C-1");
            return with(c, narrative, request, "EMP-001", null, c.classification(), c.level());
        }

        @Test
        void personalDataPassFailAndNotApplicable() {
            assertThat(check("CP-COMPLAINT-017", received("C-1"), DUE_OCT_8).kind()).isEqualTo(FindingKind.PASS);
            assertThat(check("CP-COMPLAINT-017", withText("客户手机138****5678已核实", ""), DUE_OCT_8).kind())
                    .isEqualTo(FindingKind.PASS);
            Outcome o = check("CP-COMPLAINT-017", withText("请致电13812345678联系我", ""), DUE_OCT_8);
            assertThat(o.kind()).isEqualTo(FindingKind.FAIL);
            assertThat(o.message()).contains("MOBILE").doesNotContain("13812345678");
            assertThat(o.evidence()).extracting(Evidence::name).containsExactly("narrative[3..14]");
            assertThat(check("CP-COMPLAINT-017", withText("", ""), DUE_OCT_8).kind()).isEqualTo(FindingKind.NOT_APPLICABLE);
        }

        @Test
        void c3PassFailAndNotApplicable() {
            assertThat(check("CP-COMPLAINT-018", withText("请致电13812345678联系我", ""), DUE_OCT_8).kind())
                    .isEqualTo(FindingKind.PASS);
            Outcome o = check("CP-COMPLAINT-018", withText("卡背面CVN2为123，请核实", ""), DUE_OCT_8);
            assertThat(o.kind()).isEqualTo(FindingKind.FAIL);
            assertThat(o.message()).contains("CVN").doesNotContain("123");
            assertThat(check("CP-COMPLAINT-018", withText("", "交易密码是886622"), DUE_OCT_8).kind()).isEqualTo(FindingKind.FAIL);
            assertThat(check("CP-COMPLAINT-018", withText("", ""), DUE_OCT_8).kind()).isEqualTo(FindingKind.NOT_APPLICABLE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"CVN码123", "CVV码是456", "安全码：789", "卡背面三位数321", "PIN number 4321"})
        void c3KeywordVariantsAreFound(String text) {
            // issue 14: these passed the rule before
            assertThat(check("CP-COMPLAINT-018", withText("客户称" + text, ""), DUE_OCT_8).kind()).isEqualTo(FindingKind.FAIL);
        }
    }
}
