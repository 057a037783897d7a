package io.consumerprotection.core.deadline;

import static io.consumerprotection.core.deadline.Timelines.at;
import static io.consumerprotection.core.deadline.Timelines.received;
import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.consumerprotection.core.calendar.CalendarCoverageException;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeadlineEngineTest {

    private final DeadlineEngine engine = DeadlineEngine.builder()
            .clock(Clock.fixed(Instant.parse("2024-09-25T02:00:00Z"), ZoneOffset.UTC)).build();

    @Test
    void theWorkedExampleRollsOverNationalDay() {
        ComplaintRecord c = received("2024-09-20T10:15").record();
        DeadlineEvaluation e = engine.evaluate(c, PolicyId.NFRA_2020_3, at("2024-09-25"));
        MilestoneEvaluation d = e.find(Milestone.DECISION).orElseThrow();
        assertThat(d.dueDate()).isEqualTo(of(2024, 10, 8));
        assertThat(d.status()).isEqualTo(DeadlineStatus.ON_TRACK);
        assertThat(d.calendarDaysLeft()).isEqualTo(13);
        // 9-26, 9-27, 9-29 (make-up Sunday), 9-30, 10-8
        assertThat(d.workingDaysLeft()).isEqualTo(5);
        assertThat(String.join("; ", d.explanation())).contains(
                "received 2024-09-20 (Fri)", "day 1 is 2024-09-21", "+15 calendar days = 2024-10-05",
                "2024-10-05 is a statutory holiday (国庆节) → 2024-10-08 (Civil Code art. 203",
                "policy NFRA-2020-3 2020-03-01; calendar CN 2026a");
        assertThat(e.policyVersion()).isEqualTo("2020-03-01");
        assertThat(e.calendarVersion()).isEqualTo("2026a");
        assertThat(e.find(Milestone.REVIEW).orElseThrow().status()).isEqualTo(DeadlineStatus.NOT_STARTED);
        assertThat(engine.dueDates(c, PolicyId.NFRA_2020_3)).containsExactly(Map.entry(Milestone.DECISION, of(2024, 10, 8)));
    }

    @Test
    void lateNightUtcReceiptIsAlreadyTheNextDayInShanghai() {
        // 2024-09-19T17:30Z is 2024-09-20 01:30 in Shanghai
        ComplaintRecord c = received("C-2", "HOTLINE", Instant.parse("2024-09-19T17:30:00Z")).record();
        assertThat(engine.dueDates(c, PolicyId.NFRA_2020_3)).containsEntry(Milestone.DECISION, of(2024, 10, 8));
        // one minute before Shanghai midnight it is still 09-19: 09-19 + 15 = 10-04, a holiday → 10-08 too,
        // so compare the 3-5-10 contact milestone instead: 09-19 (Thu) + 3 working days = 09-24; 09-20 + 3 = 09-25
        ComplaintRecord before = received("C-3", "HOTLINE", Instant.parse("2024-09-19T15:59:00Z")).record();
        ComplaintRecord after = received("C-4", "HOTLINE", Instant.parse("2024-09-19T16:00:00Z")).record();
        assertThat(engine.dueDates(before, PolicyId.INTERNAL_3_5_10)).containsEntry(Milestone.CONTACT, of(2024, 9, 24));
        assertThat(engine.dueDates(after, PolicyId.INTERNAL_3_5_10)).containsEntry(Milestone.CONTACT, of(2024, 9, 25));
    }

    @Test
    void extensionsLengthenTheDecisionPeriod() {
        ComplaintRecord complex = received("2024-09-20T10:15").extended("2024-09-30", "COMPLEX").record();
        // 09-20 + 30 = 10-20 (Sun) → 10-21
        assertThat(engine.dueDates(complex, PolicyId.NFRA_2020_3)).containsEntry(Milestone.DECISION, of(2024, 10, 21));
        ComplaintRecord veryComplex = received("2024-09-20T10:15").extended("2024-09-30", "VERY_COMPLEX").record();
        // 09-20 + 60 = 11-19 (Tue)
        assertThat(engine.dueDates(veryComplex, PolicyId.NFRA_2020_3)).containsEntry(Milestone.DECISION, of(2024, 11, 19));
    }

    @Test
    void aLateExtensionDoesNotHideTheBreach() {
        // issue 16: received 2025-03-03, due 03-18; COMPLEX recorded on 03-25 would move it to 04-02; decided 03-30
        ComplaintRecord c = received("2025-03-03T10:00").extended("2025-03-25", "COMPLEX").event("DECIDED", "2025-03-30")
                .record();
        MilestoneEvaluation d = engine.evaluate(c, PolicyId.NFRA_2020_3, at("2025-04-01")).find(Milestone.DECISION)
                .orElseThrow();
        assertThat(d.dueDate()).isEqualTo(of(2025, 3, 18));
        assertThat(d.status()).isEqualTo(DeadlineStatus.MET_LATE);
        assertThat(d.lateExtensions()).containsExactly(2);
        assertThat(String.join("; ", d.explanation())).contains(
                "extension COMPLEX recorded on 2025-03-25, after the due date 2025-03-18 then in force: ignored");
        assertThat(engine.dueDates(c, PolicyId.NFRA_2020_3)).containsEntry(Milestone.DECISION, of(2025, 3, 18));
    }

    @Test
    void anExtensionOnTheLastDayStillCounts() {
        ComplaintRecord c = received("2025-03-03T10:00").extended("2025-03-18T23:00", "COMPLEX").record();
        MilestoneEvaluation d = engine.evaluate(c, PolicyId.NFRA_2020_3, at("2025-03-20")).find(Milestone.DECISION)
                .orElseThrow();
        // 03-03 + 30 = 04-02 (Wed)
        assertThat(d.dueDate()).isEqualTo(of(2025, 4, 2));
        assertThat(d.lateExtensions()).isEmpty();
    }

    @Test
    void aFurtherExtensionAfterTheExtendedDueDateIsIgnoredToo() {
        // COMPLEX on time (due 04-02), VERY_COMPLEX recorded 04-07, after 04-02: the due date stays 04-02
        ComplaintRecord c = received("2025-03-03T10:00").extended("2025-03-10", "COMPLEX")
                .extended("2025-04-07", "VERY_COMPLEX").record();
        MilestoneEvaluation d = engine.evaluate(c, PolicyId.NFRA_2020_3, at("2025-04-08")).find(Milestone.DECISION)
                .orElseThrow();
        assertThat(d.dueDate()).isEqualTo(of(2025, 4, 2));
        assertThat(d.lateExtensions()).containsExactly(3);
        assertThat(d.status()).isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void anExtensionDuringAPauseIsMeasuredAgainstTheDueDateMovedByThePause() {
        // due 03-18; mediation from 03-10, still open on 03-25 (16 days paused so far: 03-10..03-25) → 04-03 in force
        ComplaintRecord c = received("2025-03-03T10:00").paused("2025-03-10", "MEDIATION")
                .extended("2025-03-25", "COMPLEX").record();
        MilestoneEvaluation d = engine.evaluate(c, PolicyId.NFRA_2020_3, at("2025-03-26")).find(Milestone.DECISION)
                .orElseThrow();
        assertThat(d.lateExtensions()).isEmpty();
    }

    @Test
    void aVeryComplexExtensionWithoutApproverIsATypedError() {
        ComplaintRecord c = received("2024-09-20T10:15").event("EXTENDED", "2024-09-30", Map.of("tier", "VERY_COMPLEX")).record();
        assertThatThrownBy(() -> engine.dueDates(c, PolicyId.NFRA_2020_3))
                .isInstanceOfSatisfying(InvalidTimelineException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_INPUT");
                    assertThat(e.violations()).extracting(v -> v.field() + " " + v.rule()).containsExactly(
                            "timeline[2].details.approver APPROVER_REQUIRED", "timeline[2].details.noticeMethod NOTICE_REQUIRED");
                });
    }

    @Test
    void aPauseThatEndsBeforeItStartsIsATypedError() {
        ComplaintRecord c = received("2024-09-20T10:15").paused("2024-09-27", "MEDIATION").resumed("2024-09-25").record();
        assertThatThrownBy(() -> engine.dueDates(c, PolicyId.NFRA_2020_3))
                .isInstanceOfSatisfying(InvalidTimelineException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + " " + v.rule()).containsExactly("timeline[3].at PAUSE_ENDS_BEFORE_START"));
        ComplaintRecord noPause = received("2024-09-20T10:15").resumed("2024-09-25").record();
        assertThatThrownBy(() -> engine.dueDates(noPause, PolicyId.NFRA_2020_3)).isInstanceOf(InvalidTimelineException.class)
                .hasMessageContaining("RESUMED_WITHOUT_PAUSE");
    }

    @Test
    void mediationIsNotCounted() {
        // paused 09-25 (day 5), resumed 09-28: 3 days not counted; 10-05 + 3 = 10-08, a working day
        ComplaintRecord c = received("2024-09-20T10:15").paused("2024-09-25", "MEDIATION").resumed("2024-09-28").record();
        DeadlineEvaluation e = engine.evaluate(c, PolicyId.NFRA_2020_3, at("2024-09-30"));
        assertThat(e.dueDates()).containsEntry(Milestone.DECISION, of(2024, 10, 8));
        ComplaintRecord longer = received("2024-09-20T10:15").paused("2024-09-25", "MEDIATION").resumed("2024-10-10").record();
        // 15 days not counted: 10-05 + 15 = 10-20 (Sun) → 10-21
        assertThat(engine.dueDates(longer, PolicyId.NFRA_2020_3)).containsEntry(Milestone.DECISION, of(2024, 10, 21));
    }

    @Test
    void anOpenPauseCountsUpToTheEvaluationDate() {
        ComplaintRecord c = received("2024-09-02T10:00").paused("2024-09-05", "OUTSIDE_APPRAISAL").record();
        // 09-02 + 15 = 09-17 (Mid-Autumn holiday); paused 09-05..09-10 (6 days) → 09-23 (Mon)
        MilestoneEvaluation d = engine.evaluate(c, PolicyId.NFRA_2020_3, at("2024-09-10")).find(Milestone.DECISION).orElseThrow();
        assertThat(d.dueDate()).isEqualTo(of(2024, 9, 23));
        assertThat(d.status()).isEqualTo(DeadlineStatus.PAUSED);
    }

    @Test
    void aPauseForAReasonThePolicyDoesNotKnowIsNotCounted() {
        ComplaintRecord c = received("2024-09-20T10:15").paused("2024-09-25", "WAITING_FOR_CUSTOMER").resumed("2024-09-28").record();
        DeadlineEvaluation e = engine.evaluate(c, PolicyId.NFRA_2020_3, at("2024-09-30"));
        assertThat(e.dueDates()).containsEntry(Milestone.DECISION, of(2024, 10, 8));
        assertThat(String.join("; ", e.find(Milestone.DECISION).orElseThrow().explanation())).contains("not counted");
    }

    @Test
    void newFactsRestartThePeriod() {
        ComplaintRecord c = received("2024-09-20T10:15").event("NEW_FACTS", "2024-10-10").record();
        // 10-10 + 15 = 10-25 (Fri)
        assertThat(engine.dueDates(c, PolicyId.NFRA_2020_3)).containsEntry(Milestone.DECISION, of(2024, 10, 25));
    }

    @Test
    void statusesThroughThePeriod() {
        ComplaintRecord c = received("2024-09-20T10:15").record();
        assertThat(status(c, "2024-09-21")).isEqualTo(DeadlineStatus.ON_TRACK);
        // 80% of 18 days = 14.4 days: from 10-05 (15 days used) at risk
        assertThat(status(c, "2024-10-04")).isEqualTo(DeadlineStatus.ON_TRACK);
        assertThat(status(c, "2024-10-05")).isEqualTo(DeadlineStatus.AT_RISK);
        assertThat(status(c, "2024-10-08")).isEqualTo(DeadlineStatus.DUE_TODAY);
        assertThat(status(c, "2024-10-09")).isEqualTo(DeadlineStatus.OVERDUE);
        ComplaintRecord met = received("2024-09-20T10:15").event("DECIDED", "2024-10-08T23:00").record();
        assertThat(status(met, "2024-10-20")).isEqualTo(DeadlineStatus.MET);
        ComplaintRecord late = received("2024-09-20T10:15").event("DECIDED", "2024-10-09T08:00").record();
        assertThat(status(late, "2024-10-20")).isEqualTo(DeadlineStatus.MET_LATE);
        ComplaintRecord withdrawn = received("2024-09-20T10:15").event("WITHDRAWN", "2024-09-23").record();
        assertThat(status(withdrawn, "2024-10-20")).isEqualTo(DeadlineStatus.ENDED);
    }

    @Test
    void reviewRunsFromTheRequest() {
        ComplaintRecord c = received("2024-09-20T10:15").event("DECIDED", "2024-09-30")
                .event("REVIEW_REQUESTED", "2024-10-15").record();
        // 10-15 + 30 = 11-14 (Thu)
        assertThat(engine.dueDates(c, PolicyId.NFRA_2020_3)).containsEntry(Milestone.REVIEW, of(2024, 11, 14));
    }

    @Test
    void theInternal3510StandardCountsWorkingDays() {
        // received Thu 2024-02-08: 2-9, 2-18 (make-up Sunday), 2-19 → CONTACT 2-19; PLAN 2-21; RESOLVE 2-28
        ComplaintRecord c = received("2024-02-08T09:00").record();
        assertThat(engine.dueDates(c, PolicyId.INTERNAL_3_5_10)).containsExactly(
                Map.entry(Milestone.CONTACT, of(2024, 2, 19)), Map.entry(Milestone.PLAN, of(2024, 2, 21)),
                Map.entry(Milestone.RESOLVE, of(2024, 2, 28)));
        ComplaintRecord contacted = received("2024-02-08T09:00").event("CUSTOMER_CONTACTED", "2024-02-09").record();
        assertThat(engine.evaluate(contacted, PolicyId.INTERNAL_3_5_10, at("2024-02-19")).find(Milestone.CONTACT)
                .orElseThrow().status()).isEqualTo(DeadlineStatus.MET);
    }

    @Test
    void aCutOffMovesWorkingDayMilestones() {
        DeadlinePolicy withCutoff = DeadlinePolicies.bundled().get(PolicyId.INTERNAL_3_5_10).toBuilder()
                .cutoff(LocalTime.of(17, 0)).build();
        DeadlineEngine e = DeadlineEngine.builder().policies(DeadlinePolicies.builder().add(withCutoff).build()).build();
        // Mon 2024-09-02 17:30 counts from Tue 09-03: contact by Fri 09-06 instead of Thu 09-05
        assertThat(e.dueDates(received("2024-09-02T17:30").record(), PolicyId.INTERNAL_3_5_10))
                .containsEntry(Milestone.CONTACT, of(2024, 9, 6));
        assertThat(e.dueDates(received("2024-09-02T16:59").record(), PolicyId.INTERNAL_3_5_10))
                .containsEntry(Milestone.CONTACT, of(2024, 9, 5));
    }

    @Test
    void pbocTransfersAreTimedByPbocOrder5() {
        ComplaintRecord c = received("P-1", "PBOC_TRANSFER", at("2024-09-20T10:15")).extended("2024-09-25", "COMPLEX").record();
        DeadlineEvaluation e = engine.evaluate(c, PolicyId.NFRA_2020_3, at("2024-09-25"));
        assertThat(e.policy()).isEqualTo(PolicyId.PBOC_2020_5);
        // extension with approval: 60 days at most, 09-20 + 60 = 11-19
        assertThat(e.dueDates()).containsExactly(Map.entry(Milestone.DECISION, of(2024, 11, 19)));
        assertThat(e.find(Milestone.DECISION).orElseThrow().explanation().get(0)).contains("PBOC_TRANSFER", "PBOC-2020-5");
    }

    @Test
    void otherPoliciesProveTheModelGeneral() {
        // regulator forwarding (art. 33): the bank's own art. 18 period from its receipt of the forwarded complaint,
        // not the regulator's 7 working days: 2024-09-27 + 15 = 10-12 (a make-up working Saturday)
        assertThat(engine.dueDates(received("2024-09-27T10:00").record(), PolicyId.REGULATOR_FORWARDING))
                .containsEntry(Milestone.DECISION, of(2024, 10, 12));
        // Mon 2024-09-02 + 15 = 09-17 (中秋) → 09-18; 7 working days would have been 09-11
        assertThat(engine.dueDates(received("2024-09-02T10:00").record(), PolicyId.REGULATOR_FORWARDING))
                .containsEntry(Milestone.DECISION, of(2024, 9, 18));
        // credit-reporting dispute: 2024-09-20 + 20 = 10-10 (Thu)
        assertThat(engine.dueDates(received("2024-09-20T10:00").record(), PolicyId.CREDIT_REPORTING_DISPUTE))
                .containsEntry(Milestone.DECISION, of(2024, 10, 10));
        // FCA: received Mon 2024-09-02 London; summary by Thu 09-05; final 8 weeks later, 10-28
        ComplaintRecord uk = received("U-1", "EMAIL", Instant.parse("2024-09-02T09:00:00Z")).record();
        assertThat(engine.dueDates(uk, PolicyId.FCA_DISP)).containsExactly(
                Map.entry("SUMMARY", of(2024, 9, 5)), Map.entry(Milestone.DECISION, of(2024, 10, 28)));
        // CFPB: 15 and 60 calendar days, no roll
        ComplaintRecord us = received("U-2", "EMAIL", Instant.parse("2024-09-02T15:00:00Z")).record();
        assertThat(engine.dueDates(us, PolicyId.CFPB)).containsExactly(
                Map.entry(Milestone.CONTACT, of(2024, 9, 17)), Map.entry(Milestone.DECISION, of(2024, 11, 1)));
    }

    @Test
    void beyondCoverageIsATypedErrorUnlessProvisionalIsAllowed() {
        ComplaintRecord c = received("2026-09-28T10:00").record();
        assertThatThrownBy(() -> engine.dueDates(c, PolicyId.NFRA_2020_3))
                .isInstanceOfSatisfying(CalendarCoverageException.class, e -> {
                    assertThat(e.date()).isEqualTo(of(2026, 10, 13));
                    assertThat(e.version()).isEqualTo("2026a");
                    // the coverage error says what to do: load the next notice, or opt into provisional answers
                    assertThat(e.getMessage()).contains("calendar import-notice", "HolidayCalendarProvider",
                            "allowProvisionalCalendar(true)");
                });
        DeadlineEngine provisional = DeadlineEngine.builder().allowProvisional(true).build();
        DeadlineEvaluation e = provisional.evaluate(c, PolicyId.NFRA_2020_3, at("2026-09-30"));
        assertThat(e.dueDates()).containsEntry(Milestone.DECISION, of(2026, 10, 13));
        assertThat(e.provisional()).isTrue();
        assertThat(e.find(Milestone.DECISION).orElseThrow().explanation()).anySatisfy(step -> assertThat(step)
                .startsWith("PROVISIONAL: calendar CN 2026a has data up to 2026-10-10")
                .contains("load the next State Council holiday notice", "calendar import-notice", "HolidayCalendarProvider"));
        assertThat(provisional.evaluate(received("2024-09-20T10:15").record(), PolicyId.NFRA_2020_3, at("2024-09-25")).provisional())
                .isFalse();
    }

    @Test
    void badArgumentsAreRejected() {
        assertThatNullPointerException().isThrownBy(() -> engine.dueDates(null, PolicyId.NFRA_2020_3)).withMessage("complaint");
        assertThatNullPointerException().isThrownBy(() -> engine.dueDates(received("2024-09-20").record(), null)).withMessage("policy");
        assertThatThrownBy(() -> engine.dueDates(received("2024-09-20").record(), PolicyId.of("NO-SUCH")))
                .isInstanceOfSatisfying(UnknownPolicyException.class, e -> assertThat(e.code()).isEqualTo("UNKNOWN_POLICY"));
    }

    private DeadlineStatus status(ComplaintRecord c, String day) {
        return engine.evaluate(c, PolicyId.NFRA_2020_3, at(day)).find(Milestone.DECISION).orElseThrow().status();
    }
}
