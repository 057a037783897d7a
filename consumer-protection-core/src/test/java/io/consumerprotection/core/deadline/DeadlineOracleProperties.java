package io.consumerprotection.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.calendar.CalendarId;
import io.consumerprotection.core.calendar.RollRule;
import io.consumerprotection.core.calendar.WorkingCalendars;
import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.complaint.ComplainantRecord;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.statistics.Statistics;

/**
 * The engine's due date of every milestone equals the {@link NaiveDeadlineOracle}'s, which walks the calendar
 * day by day from the rule text. Timelines are free over the events the deadline rules read (pauses with a
 * counted reason and another, resumes with and without a pause, extensions of every bundled tier and an unknown
 * one, new facts, end events, withdrawals, review requests), in time order, every bundled policy, the hotline and
 * the transferred channels, dates inside the China calendar's data (2008 to 2025). A PAUSED while paused becomes
 * a RESUMED and a RESUMED without a pause a PAUSED, so that few timelines are refused; those the engine still
 * refuses as invalid input (an unknown tier, for example) are counted, not compared.
 *
 * <p>Mutation check (2026-12-03, each mutation of {@code DeadlineEngine} applied alone, then reverted, running this
 * property, {@code DeadlineWorkedExamplesTest}, {@code DeadlineEngineTest}, {@code DeadlineEngineProperties} and
 * {@code DeadlineEngineFastPathProperties}):
 * <ul>
 *   <li>{@code pausedDays - 1}: caught by this property and three worked examples (mediationDaysAreNotCounted,
 *       aPauseStillOpenCountsUpToTheEvaluationDate, aPauseOnTheRestDaysBeforeTheRolledLastDayStartsInsideThePeriod);
 *       {@code DeadlineEngineTest} passed.</li>
 *   <li>start day counted as day 1 ({@code start.plusDays(term - 1)}): this property, eight of the nine worked
 *       examples, ten {@code DeadlineEngineTest} cases and {@code DeadlineEngineProperties}.</li>
 *   <li>a pause starting on the rest days before the rolled last day ignored (the rule before issue 16): this property
 *       and aPauseOnTheRestDaysBeforeTheRolledLastDayStartsInsideThePeriod only.</li>
 *   <li>not rolling at all ({@code due = nominal}): this property, the rolled-pause worked example, seven
 *       {@code DeadlineEngineTest} cases and {@code DeadlineEngineProperties}.</li>
 * </ul>
 * In every run the fast-path property passed: it compares the engine with itself.
 */
class DeadlineOracleProperties {

    private static final LocalDate FIRST = LocalDate.of(2008, 1, 2);
    private static final String[] TYPES = {"PAUSED", "RESUMED", "EXTENDED", "NEW_FACTS", "CUSTOMER_CONTACTED",
        "PLAN_PROPOSED", "DECIDED", "WITHDRAWN", "REVIEW_REQUESTED", "REVIEWED", "ACCEPTED", "PAUSED", "RESUMED",
        "EXTENDED", "NEW_FACTS", "REVIEW_REQUESTED", "ASSIGNED"};
    private static final String[] PAUSE_REASONS = {"MEDIATION", "OUTSIDE_APPRAISAL", "OTHER"};
    private static final String[] TIERS = {"COMPLEX", "VERY_COMPLEX", "STEP1", "STEP2", "UNHEARD_OF"};

    /** A host SLA: a cut-off, working-day milestones that pause and restart, a month, statutory-holiday rolling. */
    static final DeadlinePolicy HOST_WORKING_DAYS = DeadlinePolicy.builder(PolicyId.of("HOST-WORKING-DAYS"))
            .version("2025-01-01").title("host working days").citation("host rule")
            .calendar(CalendarId.CHINA_MAINLAND).cutoff(LocalTime.of(17, 0)).roll(RollRule.STATUTORY_HOLIDAYS)
            .atRiskPercent(50).pauseReasons(Set.of("MEDIATION", "OTHER"))
            .milestone(new MilestoneRule("ANSWER", Term.workingDays(5), MilestoneRule.RECEIPT,
                    Set.of("DECIDED", "PLAN_PROPOSED"), true, true, List.of(
                            new ExtensionStep("STEP1", Term.workingDays(8), false, true, "host: step 1"),
                            new ExtensionStep("STEP2", Term.workingDays(12), true, false, "")), ""))
            .milestone(new MilestoneRule("FOLLOW_UP", Term.workingDays(2), "ACCEPTED", Set.of("CUSTOMER_CONTACTED"),
                    false, true, List.of(), "follow-up: two working days"))
            .milestone(new MilestoneRule("MONTHLY", Term.of(1, TermUnit.MONTHS), "ASSIGNED", Set.of("DECIDED", "REVIEWED"),
                    true, true, List.of(new ExtensionStep("COMPLEX", Term.of(2, TermUnit.MONTHS), true, true, "m: c")),
                    "monthly: a month"))
            .transfer("BRANCH", PolicyId.NFRA_2020_3)
            .build();
    /** A host policy in weeks on the plain WEEKDAYS calendar, in New York, rolling over every non-working day. */
    static final DeadlinePolicy HOST_WEEKS = DeadlinePolicy.builder(PolicyId.of("HOST-WEEKS"))
            .version("3").title("host weeks").citation("host weeks rule").calendar(CalendarId.of("WEEKDAYS"))
            .zone(ZoneId.of("America/New_York")).roll(RollRule.NON_WORKING_DAYS).atRiskPercent(100)
            .pauseReasons(Set.of("OUTSIDE_APPRAISAL"))
            .milestone(new MilestoneRule("DECISION", Term.of(2, TermUnit.WEEKS), MilestoneRule.RECEIPT,
                    Set.of("DECIDED"), true, false, List.of(
                            new ExtensionStep("COMPLEX", Term.of(2, TermUnit.WEEKS), false, false, "same length"),
                            new ExtensionStep("VERY_COMPLEX", Term.of(4, TermUnit.WEEKS), true, true, "w: four weeks")),
                    "w: two weeks"))
            .milestone(new MilestoneRule("REVIEW", Term.calendarDays(3), "REVIEW_REQUESTED", Set.of("REVIEWED", "WITHDRAWN"),
                    true, true, List.of(), ""))
            .build();

    private static final DeadlinePolicies POLICIES = DeadlinePolicies.builder().add(HOST_WORKING_DAYS).add(HOST_WEEKS).build();
    private static final DeadlineEngine ENGINE = DeadlineEngine.builder().policies(POLICIES).allowProvisional(true).build();
    private static final NaiveDeadlineOracle ORACLE = new NaiveDeadlineOracle(WorkingCalendars.bundled());

    private final AtomicInteger cases = new AtomicInteger();
    private final AtomicInteger compared = new AtomicInteger();
    private final AtomicInteger agreed = new AtomicInteger();

    /** One event: its type, whole days after the previous event, its hour, pause reason and tier. */
    record Step(int type, int days, int hour, int reason, int tier) {
    }

    @Provide
    Arbitrary<PolicyId> policies() {
        return Arbitraries.of(POLICIES.all().stream().map(DeadlinePolicy::id).toList());
    }

    @Provide
    Arbitrary<String> channels() {
        return Arbitraries.frequency(Tuple.of(6, "HOTLINE"), Tuple.of(1, "PBOC_TRANSFER"), Tuple.of(1, "REGULATOR_TRANSFER"),
                Tuple.of(1, "BRANCH"));
    }

    @Provide
    Arbitrary<List<Step>> timelines() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, TYPES.length - 1),
                Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.integers().between(0, 6)),
                        Tuple.of(2, Arbitraries.integers().between(7, 25))),
                Arbitraries.integers().between(0, 23), Arbitraries.integers().between(0, PAUSE_REASONS.length - 1),
                Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.integers().between(0, 3)), Tuple.of(1, Arbitraries.just(4))))
                .as(Step::new);
        return step.list().ofMaxSize(10);
    }

    static ComplaintRecord record(String channel, LocalDate received, int hour, List<Step> steps) {
        Instant receivedAt = received.atTime(hour, 7).atZone(Timelines.SHANGHAI).toInstant();
        List<TimelineEventRecord> events = new ArrayList<>();
        events.add(new TimelineEventRecord(1, "RECEIVED", receivedAt, "intake", "", Map.of()));
        LocalDate day = received;
        int h = hour;
        boolean open = false;
        for (Step s : steps) {
            day = day.plusDays(s.days());
            h = s.days() == 0 ? Math.max(h, s.hour()) : s.hour();
            Map<String, String> d = new HashMap<>();
            String type = TYPES[s.type()];
            if (type.equals("PAUSED") && open) {
                type = "RESUMED";
            } else if (type.equals("RESUMED") && !open) {
                type = "PAUSED";
            }
            open = type.equals("PAUSED") || open && !type.equals("RESUMED");
            if (type.equals("PAUSED")) {
                d.put("pauseReason", PAUSE_REASONS[s.reason()]);
                d.put("noticeMethod", "SMS");
            }
            if (type.equals("EXTENDED")) {
                d.put("tier", TIERS[s.tier()]);
                d.put("approver", "head-office-1");
                d.put("noticeMethod", "SMS");
            }
            events.add(new TimelineEventRecord(events.size() + 1, type, day.atTime(h, 30).atZone(Timelines.SHANGHAI).toInstant(),
                    "handler-7", "", d));
        }
        return new ComplaintRecord("C-1", 1, channel, "ref", "HOTLINE",
                new ComplainantRecord("PERSON", "cust-1", "某某", "SELF", null, 1), "", "", "", Map.of(), "ORDINARY",
                "ACCEPTED", receivedAt, "branch-1", "staff-1", "staff-1", null, events, Map.of());
    }

    @Property(tries = 8000)
    void theEngineDueDatesAreTheOracleDueDates(
            @ForAll("policies") PolicyId policy, @ForAll("channels") String channel,
            @ForAll @IntRange(min = 0, max = 6500) int received, @ForAll @IntRange(min = 0, max = 23) int hour,
            @ForAll("timelines") List<Step> steps, @ForAll @IntRange(min = 0, max = 60) int asOfAfterLast) {
        LocalDate receivedDay = FIRST.plusDays(received);
        ComplaintRecord r = record(channel, receivedDay, hour, steps);
        LocalDate last = r.timeline().get(r.timeline().size() - 1).at().atZone(Timelines.SHANGHAI).toLocalDate();
        LocalDate asOf = last.plusDays(asOfAfterLast);
        cases.incrementAndGet();
        Statistics.label("policy").collect(policy.toString());
        DeadlineEvaluation evaluation;
        try {
            evaluation = ENGINE.evaluate(r, policy, asOf.atTime(23, 0).atZone(Timelines.SHANGHAI).toInstant());
        } catch (ConsumerProtectionException e) {
            Statistics.label("outcome").collect("refused: " + e.code());
            return;
        }
        Map<String, LocalDate> expected = ORACLE.dueDates(r, POLICIES.get(policy), POLICIES, asOf);
        compared.incrementAndGet();
        boolean same = evaluation.dueDates().equals(expected);
        Statistics.label("outcome").collect(same ? "agreed" : "disagreed");
        if (same) {
            agreed.incrementAndGet();
        }
        assertThat(evaluation.dueDates()).as("timeline %s as of %s under %s", r.timeline(), asOf, policy)
                .isEqualTo(expected);
    }

    @AfterProperty
    void report() {
        System.out.printf("DeadlineOracleProperties: %d cases, %d compared (engine did not refuse), %d agreed%n",
                cases.get(), compared.get(), agreed.get());
    }
}
