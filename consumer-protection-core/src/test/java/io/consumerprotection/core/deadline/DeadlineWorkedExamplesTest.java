package io.consumerprotection.core.deadline;

import static io.consumerprotection.core.deadline.Timelines.at;
import static io.consumerprotection.core.deadline.Timelines.received;
import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.calendar.WorkingCalendars;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Worked examples whose nominal last day is a working day, so that no roll over a rest day can hide an
 * off-by-one: a day more or less gives another working day, or a weekend rolled to a different Monday (one
 * example rolls on purpose: a pause on the rest days before the rolled last day).
 * March 2025 has no holiday in the China calendar (清明 is 04-04..04-06); 2025-03-03 is a Monday. Each
 * example is also checked against the {@link NaiveDeadlineOracle}.
 */
class DeadlineWorkedExamplesTest {

    private final DeadlineEngine engine = DeadlineEngine.bundled();
    private final NaiveDeadlineOracle oracle = new NaiveDeadlineOracle(WorkingCalendars.bundled());

    private MilestoneEvaluation evaluate(ComplaintRecord c, PolicyId policy, String milestone, String asOf) {
        MilestoneEvaluation m = engine.evaluate(c, policy, at(asOf)).find(milestone).orElseThrow();
        DeadlinePolicies all = engine.policies();
        assertThat(oracle.dueDates(c, all.get(policy), all, LocalDate.parse(asOf)).get(milestone))
                .as("the oracle agrees").isEqualTo(m.dueDate());
        return m;
    }

    @Test
    void plainDecisionPeriod() {
        // received Mon 03-03 (day 0, not counted); day 15 = Tue 03-18, a working day: no roll
        ComplaintRecord c = received("2025-03-03T10:00").record();
        assertThat(evaluate(c, PolicyId.NFRA_2020_3, Milestone.DECISION, "2025-03-04").dueDate()).isEqualTo(of(2025, 3, 18));
    }

    @Test
    void mediationDaysAreNotCounted() {
        // paused (mediation) Wed 03-05, resumed Wed 03-12: 03-05..03-11 are paused, 7 days
        // 03-03 + 15 + 7 = Tue 03-25 (working); 6 paused days would give Mon 03-24, 8 would give Wed 03-26
        ComplaintRecord c = received("2025-03-03T10:00").paused("2025-03-05T09:00", "MEDIATION")
                .resumed("2025-03-12T15:00").record();
        assertThat(evaluate(c, PolicyId.NFRA_2020_3, Milestone.DECISION, "2025-03-13").dueDate()).isEqualTo(of(2025, 3, 25));
    }

    @Test
    void aPauseStillOpenCountsUpToTheEvaluationDate() {
        // paused Wed 03-05, still open on Tue 03-11: 03-05..03-11 are paused, 7 days
        // 03-03 + 15 + 7 = Tue 03-25 (working); 6 days would give Mon 03-24, 8 Wed 03-26
        ComplaintRecord c = received("2025-03-03T10:00").paused("2025-03-05T09:00", "OUTSIDE_APPRAISAL").record();
        assertThat(evaluate(c, PolicyId.NFRA_2020_3, Milestone.DECISION, "2025-03-11").dueDate()).isEqualTo(of(2025, 3, 25));
    }

    @Test
    void newFactsRestartThePeriodFromTheirReceipt() {
        // new material received Thu 03-06: day 0 is 03-06, day 15 = Fri 03-21 (working)
        ComplaintRecord c = received("2025-03-03T10:00").event("NEW_FACTS", "2025-03-06T11:00").record();
        assertThat(evaluate(c, PolicyId.NFRA_2020_3, Milestone.DECISION, "2025-03-07").dueDate()).isEqualTo(of(2025, 3, 21));
    }

    @Test
    void anExtensionWhileRunningMakesTheWholeTermThirtyDays() {
        // COMPLEX recorded Mon 03-10, within the period (due 03-18): 03-03 + 30 = Wed 04-02 (working)
        ComplaintRecord c = received("2025-03-03T10:00").extended("2025-03-10", "COMPLEX").record();
        assertThat(evaluate(c, PolicyId.NFRA_2020_3, Milestone.DECISION, "2025-03-11").dueDate()).isEqualTo(of(2025, 4, 2));
    }

    @Test
    void anExtensionOnTheLastDayStillCountsButOneDayLaterDoesNot() {
        // the period's last day is Tue 03-18 and runs to 24:00 (Civil Code art. 203): an extension on 03-18 counts
        // (03-03 + 30 = Wed 04-02); one recorded on Wed 03-19 is late, ignored, and reported (sequence 2)
        ComplaintRecord onTime = received("2025-03-03T10:00").extended("2025-03-18T20:00", "COMPLEX").record();
        assertThat(evaluate(onTime, PolicyId.NFRA_2020_3, Milestone.DECISION, "2025-03-19").dueDate()).isEqualTo(of(2025, 4, 2));
        ComplaintRecord late = received("2025-03-03T10:00").extended("2025-03-19T09:00", "COMPLEX").record();
        MilestoneEvaluation m = evaluate(late, PolicyId.NFRA_2020_3, Milestone.DECISION, "2025-03-20");
        assertThat(m.dueDate()).isEqualTo(of(2025, 3, 18));
        assertThat(m.lateExtensions()).containsExactly(2);
    }

    @Test
    void theReviewIsDecidedWithinThirtyDaysOfTheApplication() {
        // review requested Tue 2025-06-10: day 30 = Thu 07-10 (working)
        ComplaintRecord c = received("2025-05-12T10:00").event("DECIDED", "2025-05-20")
                .event("REVIEW_REQUESTED", "2025-06-10T14:00").record();
        assertThat(evaluate(c, PolicyId.NFRA_2020_3, Milestone.REVIEW, "2025-06-11").dueDate()).isEqualTo(of(2025, 7, 10));
    }

    @Test
    void aPauseOnTheRestDaysBeforeTheRolledLastDayStartsInsideThePeriod() {
        // received Fri 03-07: day 15 = Sat 03-22, rolled to Mon 03-24 (Civil Code art. 203); the period runs until
        // 03-24 ends, so mediation from Sun 03-23 to Wed 03-26 starts inside it and leaves 2 days (03-23, 03-24),
        // which run again on Wed 03-26 and Thu 03-27 → Thu 03-27 (working). Ignoring the pause would give Mon 03-24;
        // shifting the unrolled Sat 03-22 by the 3 paused days would give Tue 03-25, a day still paused.
        ComplaintRecord c = received("2025-03-07T10:00").paused("2025-03-23T09:00", "MEDIATION")
                .resumed("2025-03-26T09:00").record();
        MilestoneEvaluation m = evaluate(c, PolicyId.NFRA_2020_3, Milestone.DECISION, "2025-03-26");
        assertThat(m.dueDate()).isEqualTo(of(2025, 3, 27));
        assertThat(m.explanation()).anySatisfy(s -> assertThat(s).contains("2025-03-22 rolls to 2025-03-24")
                .contains("still runs on 2025-03-23"));
        // a pause that starts the day after the rolled last day is after the period: it moves nothing
        ComplaintRecord after = received("2025-03-07T10:00").paused("2025-03-25T09:00", "MEDIATION")
                .resumed("2025-03-27T09:00").record();
        assertThat(evaluate(after, PolicyId.NFRA_2020_3, Milestone.DECISION, "2025-03-27").dueDate()).isEqualTo(of(2025, 3, 24));
        // on the rolled day itself: 1 day left (03-24), run again on Wed 03-26 → Wed 03-26
        ComplaintRecord onTheDay = received("2025-03-07T10:00").paused("2025-03-24T09:00", "MEDIATION")
                .resumed("2025-03-26T09:00").record();
        assertThat(evaluate(onTheDay, PolicyId.NFRA_2020_3, Milestone.DECISION, "2025-03-26").dueDate()).isEqualTo(of(2025, 3, 26));
    }

    @Test
    void workingDaysSkipPausedWorkingDays() {
        // 3-5-10 RESOLVE, 10 working days, pausable: received Mon 03-03; counted Tue 03-04 (1);
        // paused (outside appraisal) Wed 03-05 to Mon 03-10: 03-05, 03-06, 03-07 not counted (03-08/09 weekend);
        // 03-10..03-14 (2..6), 03-17..03-20 (7..10) → Thu 03-20; without the pause it would be Mon 03-17
        ComplaintRecord c = received("2025-03-03T10:00").paused("2025-03-05T09:00", "OUTSIDE_APPRAISAL")
                .resumed("2025-03-10T09:00").record();
        assertThat(evaluate(c, PolicyId.INTERNAL_3_5_10, Milestone.RESOLVE, "2025-03-11").dueDate())
                .isEqualTo(of(2025, 3, 20));
    }
}
