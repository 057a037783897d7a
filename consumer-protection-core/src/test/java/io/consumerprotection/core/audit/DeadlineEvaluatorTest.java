package io.consumerprotection.core.audit;

import static io.consumerprotection.core.audit.AuditFixtures.decidedAt;
import static io.consumerprotection.core.audit.AuditFixtures.noon;
import static io.consumerprotection.core.audit.AuditFixtures.received;
import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.complaint.Channel;
import io.consumerprotection.core.complaint.Complaint;
import io.consumerprotection.core.complaint.ComplaintAction;
import io.consumerprotection.core.deadline.DeadlineEngine;
import io.consumerprotection.core.deadline.PolicyId;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The deadline rules on the real deadline engine and the bundled CN calendar. */
class DeadlineEvaluatorTest {

    private static final DeadlineEvaluator ENGINE = DeadlineEvaluator.engine(DeadlineEngine.bundled(), PolicyId.NFRA_2020_3,
            PolicyId.INTERNAL_3_5_10);

    private static AuditContext asOf(String day) {
        return AuditContext.builder(noon(day)).deadlines(ENGINE).build();
    }

    @Test
    void theWorkedExampleOfRegulationFacts() {
        // received Fri 2024-09-20, 15 days → 2024-10-05 inside the National Day break → due 2024-10-08
        Complaint c = decidedAt(received("C-1"), noon("2024-10-10"));
        Outcome o = AuditFixtures.check("CP-COMPLAINT-001", c, asOf("2024-12-31"));
        assertThat(o.kind()).isEqualTo(FindingKind.FAIL);
        assertThat(o.message()).isEqualTo("due 2024-10-08 (NFRA-2020-3, calendar CN 2026a), decided 2024-10-10: 2 days late");
        assertThat(o.evidence()).contains(new Evidence("policy", "NFRA-2020-3 2020-03-01"));
        assertThat(AuditFixtures.check("CP-COMPLAINT-001", decidedAt(received("C-2"), noon("2024-10-08")), asOf("2024-12-31"))
                .kind()).isEqualTo(FindingKind.PASS);
    }

    @Test
    void threeFiveTenMilestonesComeFromTheInternalPolicyInWorkingDays() {
        ComplaintSubject s = ComplaintSubject.of(received("C-1"));
        AuditContext ctx = asOf("2024-12-31");
        assertThat(s.findDue("CONTACT", ctx)).hasValueSatisfying(d -> {
            // Fri 2024-09-20 + 3 working days: Mon 23, Tue 24, Wed 25
            assertThat(d.date()).isEqualTo(LocalDate.of(2024, 9, 25));
            assertThat(d.policy()).isEqualTo("INTERNAL-3-5-10");
            assertThat(d.calendar()).isEqualTo("CN 2026a");
        });
        assertThat(s.findDue("DECISION", ctx)).hasValueSatisfying(d -> assertThat(d.policy()).isEqualTo("NFRA-2020-3"));
    }

    @Test
    void anAuditRunAfterTheCalendarDataEndsStillTimesComplaintsWhoseDatesAreCovered() {
        // received 2024-09-20, still open: due 2024-10-08; the audit runs on 2026-11-23, past the data
        // (2026-10-10), with the strict engine: the due date needs no day past the data, so the rule decides
        Complaint open = AuditFixtures.investigating(received("C-1"));
        AuditContext today = AuditContext.builder(noon("2026-11-23")).deadlines(ENGINE).build();
        Outcome o = AuditFixtures.check("CP-COMPLAINT-001", open, today);
        assertThat(o.kind()).isEqualTo(FindingKind.FAIL);
        assertThat(o.message()).isEqualTo("due 2024-10-08 (NFRA-2020-3, calendar CN 2026a), not decided by 2026-11-23: 776 days overdue");
        // a complaint received after the data ends still cannot be timed
        Complaint late = AuditFixtures.investigating(Complaint.received(io.consumerprotection.core.complaint.ComplaintId.of("C-2"),
                io.consumerprotection.core.complaint.ComplaintFixtures.intake("REF-C-2").receivedAt(noon("2026-11-02")).build(),
                io.consumerprotection.core.complaint.ComplaintLevel.ORDINARY, "EMP-001"));
        assertThat(AuditFixtures.check("CP-COMPLAINT-001", late, today).kind()).isEqualTo(FindingKind.NEEDS_REVIEW);
    }

    @Test
    void aPboCTransferredComplaintIsTimedByThePboCPolicy() {
        Complaint c = decidedAt(received("C-1", Channel.PBOC_TRANSFER), noon("2024-10-10"));
        Outcome o = AuditFixtures.check("CP-COMPLAINT-006", c, asOf("2024-12-31"));
        assertThat(o.message()).contains("PBOC-2020-5");
    }

    @Test
    void anExtensionMovesTheDueDate() {
        Complaint c = AuditFixtures.investigating(received("C-1"))
                .apply(new ComplaintAction.Extend(io.consumerprotection.core.complaint.HandlingTier.COMPLEX, null, null, "复杂"),
                        "EMP-002", noon("2024-10-01"))
                .apply(new ComplaintAction.Decide(io.consumerprotection.core.complaint.ComplaintFixtures.decision()), "EMP-002",
                        noon("2024-10-15"));
        assertThat(AuditFixtures.check("CP-COMPLAINT-001", c, asOf("2024-12-31")).kind()).isEqualTo(FindingKind.PASS);
    }

    @Test
    void theRunRecordNamesThePolicyAndCalendarVersions() {
        assertThat(asOf("2024-12-31").describe()).containsEntry("policy.NFRA-2020-3", "2020-03-01")
                .containsEntry("policy.INTERNAL-3-5-10", "2024-01-01").containsKey("policy.NFRA-2020-3.calendar");
    }

    @Test
    void recordedDueDatesOfEndedMilestonesAreTrustedAndRunningOnesRecomputed() {
        DeadlineEvaluator recorded = DeadlineEvaluator.recorded(DeadlineEngine.bundled(), PolicyId.NFRA_2020_3,
                PolicyId.INTERNAL_3_5_10);
        AuditContext ctx = AuditContext.builder(noon("2024-12-31")).deadlines(recorded).build();
        Complaint decided = decidedAt(received("C-1"), noon("2024-10-10"));
        // a recorded date is taken as is for an ended milestone (here deliberately different from the engine's)
        Complaint stamped = decided.withDueDates(Map.of("DECISION", LocalDate.of(2024, 10, 9), "CONTACT",
                LocalDate.of(2024, 9, 25), "PLAN", LocalDate.of(2024, 9, 27), "RESOLVE", LocalDate.of(2024, 10, 9)));
        assertThat(AuditFixtures.check("CP-COMPLAINT-001", stamped, ctx).message())
                .isEqualTo("due 2024-10-09 (NFRA-2020-3, calendar CN 2026a), decided 2024-10-10: 1 day late");
        // without recorded dates the engine computes them
        assertThat(AuditFixtures.check("CP-COMPLAINT-001", decided, ctx).message())
                .isEqualTo("due 2024-10-08 (NFRA-2020-3, calendar CN 2026a), decided 2024-10-10: 2 days late");
        // a running milestone is recomputed, whatever was recorded
        Complaint open = AuditFixtures.investigating(received("C-2")).withDueDates(Map.of("DECISION", LocalDate.of(2025, 1, 1)));
        assertThat(ComplaintSubject.of(open).findDue("DECISION", ctx)).hasValueSatisfying(d ->
                assertThat(d.date()).isEqualTo(LocalDate.of(2024, 10, 8)));
        assertThat(ctx.describe()).containsKey("deadlines");
    }

    @Test
    void storedDueDatesAreCitedAsStored() {
        Complaint c = decidedAt(received("C-1"), noon("2024-10-10")).withDueDates(Map.of("DECISION", LocalDate.of(2024, 10, 8)));
        Outcome o = AuditFixtures.check("CP-COMPLAINT-001", c, AuditFixtures.context("2024-12-31"));
        assertThat(o.message()).isEqualTo("due 2024-10-08 (stored, calendar host), decided 2024-10-10: 2 days late");
    }

    @Test
    void aComplaintTheEngineCannotTimeNeedsReview() {
        Complaint c = decidedAt(received("C-1"), noon("2024-10-10"));
        AuditContext broken = AuditContext.builder(noon("2024-12-31")).deadlines((s, at) -> {
            throw new io.consumerprotection.spi.ConsumerProtectionException("CALENDAR_COVERAGE", "beyond data");
        }).build();
        Outcome o = AuditFixtures.check("CP-COMPLAINT-001", c, broken);
        assertThat(o.kind()).isEqualTo(FindingKind.NEEDS_REVIEW);
        assertThat(o.message()).contains("CALENDAR_COVERAGE");
    }

    @Test
    void everyFindingOnAProvisionalDueDateSaysSo() {
        DeadlineEvaluator provisional = DeadlineEvaluator.engine(DeadlineEngine.builder().allowProvisional(true).build(),
                PolicyId.NFRA_2020_3, PolicyId.INTERNAL_3_5_10);
        Complaint c = Complaint.received(io.consumerprotection.core.complaint.ComplaintId.of("C-P"),
                io.consumerprotection.core.complaint.ComplaintFixtures.intake("REF-C-P").receivedAt(noon("2026-11-02")).build(),
                io.consumerprotection.core.complaint.ComplaintLevel.ORDINARY, "EMP-001");
        Complaint open = AuditFixtures.investigating(c);
        AuditContext early = AuditContext.builder(noon("2026-11-04")).deadlines(provisional).build();
        Outcome notDue = AuditFixtures.check("CP-COMPLAINT-001", open, early);
        assertThat(notDue.kind()).isEqualTo(FindingKind.NOT_APPLICABLE);
        assertThat(notDue.message()).contains("PROVISIONAL", "(provisional)", "calendar import-notice");

        AuditContext late = AuditContext.builder(noon("2027-01-29")).deadlines(provisional).build();
        Outcome overdue = AuditFixtures.check("CP-COMPLAINT-001", open, late);
        assertThat(overdue.kind()).isEqualTo(FindingKind.FAIL);
        assertThat(overdue.message()).contains("calendar CN 2026a (provisional)");

        Outcome inTime = AuditFixtures.check("CP-COMPLAINT-001", decidedAt(c, noon("2026-11-06")), late);
        assertThat(inTime.kind()).isEqualTo(FindingKind.PASS);
        assertThat(inTime.message()).contains("PROVISIONAL", "(provisional)", "calendar import-notice");
    }
}
