package io.consumerprotection.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.core.calendar.CalendarId;
import io.consumerprotection.core.calendar.RollRule;
import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.complaint.ComplainantRecord;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import io.consumerprotection.spi.complaint.TimelineEventRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The engine answers exactly what the frozen {@link ReferenceDeadlineEngine} answers (the algorithm before
 * the engine classified each timeline once per evaluation): the same evaluations with and without
 * explanations, the same due dates, and the same exceptions with the same messages and violations in the
 * same order. Timelines are generated freely: pauses with a counted reason, another reason, a blank reason
 * or none; resumes with and without a pause and before the pause; extensions of every tier including
 * unknown and blank ones, with and without approver and notice; new facts; withdrawals; repeated receipts;
 * events before the receipt; sequence numbers out of order and repeated; transferred channels; every
 * bundled policy and host policies that use what the bundled ones do not (a cut-off, months, a milestone
 * started by another event, pausable and restartable working-day milestones, statutory-holiday rolling,
 * a transfer); dates before, inside and after the calendar's data, strict and provisional.
 */
class DeadlineEngineReferenceProperties {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate FIRST = LocalDate.of(2007, 1, 10);
    private static final String[] TYPES = {"PAUSED", "RESUMED", "EXTENDED", "NEW_FACTS", "CUSTOMER_CONTACTED",
        "PLAN_PROPOSED", "DECIDED", "WITHDRAWN", "REVIEW_REQUESTED", "REVIEWED", "ACCEPTED", "ASSIGNED", "RECEIVED",
        "NOTIFIED", "paused", "PAUSED", "EXTENDED"};
    private static final String[] PAUSE_REASONS = {"MEDIATION", "OUTSIDE_APPRAISAL", "OTHER", null, " ", ""};
    private static final String[] TIERS = {"COMPLEX", "VERY_COMPLEX", "SIMPLE", "STEP1", "STEP2", "UNHEARD_OF", "", null,
        " "};

    private static final DeadlinePolicy HOST_WORKING_DAYS = DeadlinePolicy.builder(PolicyId.of("HOST-WORKING-DAYS"))
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
    private static final DeadlinePolicy HOST_WEEKS = DeadlinePolicy.builder(PolicyId.of("HOST-WEEKS"))
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

    /** A clock the properties set before each call of {@link DeadlineEngine#dueDates}. */
    private static final class SettableClock extends Clock {
        private Instant now = Instant.EPOCH;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static final SettableClock STRICT_CLOCK = new SettableClock();
    private static final SettableClock PROVISIONAL_CLOCK = new SettableClock();
    private static final DeadlineEngine STRICT = DeadlineEngine.builder().policies(POLICIES).clock(STRICT_CLOCK).build();
    private static final DeadlineEngine PROVISIONAL = DeadlineEngine.builder().policies(POLICIES).clock(PROVISIONAL_CLOCK)
            .allowProvisional(true).build();

    /**
     * One generated event: its type, days (possibly negative) and hour after the previous event, variants of
     * its pause reason, tier and approval (0 approver and notice, 1 neither, 2 approver only, 3 notice only,
     * 4 a blank approver), and a number that may replace its sequence number.
     */
    record Step(int type, int days, int hour, int reason, int tier, int approval, int sequence) {
    }

    @Provide
    Arbitrary<PolicyId> policies() {
        List<PolicyId> ids = new ArrayList<>();
        POLICIES.all().forEach(p -> ids.add(p.id()));
        return Arbitraries.of(ids);
    }

    @Provide
    Arbitrary<String> channels() {
        return Arbitraries.of("HOTLINE", "PBOC_TRANSFER", "REGULATOR_TRANSFER", "BRANCH");
    }

    /** Days from the receipt to the evaluation: mostly within the terms, sometimes long after or before. */
    @Provide
    Arbitrary<Integer> asOfDays() {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.integers().between(-3, 45)),
                Tuple.of(1, Arbitraries.integers().between(-40, 500)));
    }

    @Provide
    Arbitrary<List<Step>> timelines() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, TYPES.length - 1),
                Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.integers().between(0, 25)),
                        Tuple.of(1, Arbitraries.integers().between(-2, -1))), Arbitraries.integers().between(0, 23),
                mostlyValid(PAUSE_REASONS.length, 3), mostlyValid(TIERS.length, 5), mostlyValid(5, 1),
                Arbitraries.integers().between(0, 12)).as(Step::new);
        return step.list().ofMaxSize(12);
    }

    /** An index below {@code n}, nine times in ten below {@code valid} (the well-formed variants come first). */
    private static Arbitrary<Integer> mostlyValid(int n, int valid) {
        return Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.integers().between(0, valid - 1)),
                Tuple.of(1, Arbitraries.integers().between(valid, n - 1)));
    }

    /**
     * The complaint: sequence order 0 numbers the events in list order, 1 swaps neighbours whose generated
     * number is even, 2 uses the generated numbers as they are (repeats and gaps).
     */
    private static ComplaintRecord record(String channel, int receivedDay, int receivedHour, List<Step> steps, int order) {
        LocalDate day = FIRST.plusDays(receivedDay);
        Instant receivedAt = day.atTime(receivedHour, 7).atZone(SHANGHAI).toInstant();
        List<TimelineEventRecord> events = new ArrayList<>();
        events.add(new TimelineEventRecord(1, "RECEIVED", receivedAt, "intake", "", Map.of()));
        int hour = receivedHour;
        int[] sequences = new int[steps.size()];
        for (int i = 0; i < steps.size(); i++) {
            sequences[i] = order == 2 ? steps.get(i).sequence() : i + 2;
        }
        if (order == 1) {
            for (int i = 1; i < steps.size(); i++) {
                if (steps.get(i).sequence() % 2 == 0) {
                    int swapped = sequences[i - 1];
                    sequences[i - 1] = sequences[i];
                    sequences[i] = swapped;
                    i++;
                }
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            day = day.plusDays(s.days());
            hour = s.days() == 0 ? Math.max(hour, s.hour()) : s.hour();
            String type = TYPES[s.type()];
            events.add(new TimelineEventRecord(sequences[i], type, day.atTime(hour, 30).atZone(SHANGHAI).toInstant(),
                    "handler-7", "", details(s)));
        }
        return new ComplaintRecord("C-" + receivedDay, 1, channel, "ref", "HOTLINE",
                new ComplainantRecord("PERSON", "cust-1", "某某", "SELF", null, 1), "", "", "", Map.of(), "ORDINARY",
                "ACCEPTED", receivedAt, "branch-1", "staff-1", "staff-1", null, events, Map.of());
    }

    /** Every event carries the generated details, whatever its type: only the engine decides which it reads. */
    private static Map<String, String> details(Step s) {
        Map<String, String> d = new HashMap<>();
        if (PAUSE_REASONS[s.reason()] != null) {
            d.put("pauseReason", PAUSE_REASONS[s.reason()]);
        }
        if (TIERS[s.tier()] != null) {
            d.put("tier", TIERS[s.tier()]);
        }
        if (s.approval() == 0 || s.approval() == 2) {
            d.put("approver", "head-office-1");
        }
        if (s.approval() == 0 || s.approval() == 3) {
            d.put("noticeMethod", "SMS");
        }
        if (s.approval() == 4) {
            d.put("approver", " ");
        }
        return d;
    }

    @Property(tries = 4000)
    void theEngineAnswersWhatTheReferenceAlgorithmAnswers(
            @ForAll("policies") PolicyId policy, @ForAll("channels") String channel,
            @ForAll @IntRange(min = -10, max = 7300) int received, @ForAll @IntRange(min = 0, max = 23) int hour,
            @ForAll("timelines") List<Step> steps, @ForAll @IntRange(min = 0, max = 2) int order,
            @ForAll("asOfDays") int asOfAfter, @ForAll @IntRange(min = 0, max = 23) int asOfHour,
            @ForAll boolean provisional) {
        ComplaintRecord r = record(channel, received, hour, steps, order);
        Instant asOf = FIRST.plusDays(received + asOfAfter).atTime(asOfHour, 0).atZone(SHANGHAI).toInstant();
        DeadlineEngine engine = provisional ? PROVISIONAL : STRICT;
        ReferenceDeadlineEngine reference = new ReferenceDeadlineEngine(engine);

        Object expected = outcome(() -> reference.evaluate(r, policy, asOf));
        Statistics.label("outcome").collect(expected instanceof DeadlineEvaluation e
                ? "evaluated, first milestone " + e.milestones().get(0).status()
                : ((Class<?>) ((List<?>) expected).get(0)).getSimpleName());
        assertThat(outcome(() -> engine.evaluate(r, policy, asOf))).isEqualTo(expected);
        assertThat(outcome(() -> engine.evaluateWithoutExplanation(r, policy, asOf)))
                .isEqualTo(outcome(() -> reference.evaluateWithoutExplanation(r, policy, asOf)));
    }

    @Property(tries = 1000)
    void dueDatesAreTheReferenceDueDates(
            @ForAll("policies") PolicyId policy, @ForAll("channels") String channel,
            @ForAll @IntRange(min = -10, max = 7300) int received, @ForAll @IntRange(min = 0, max = 23) int hour,
            @ForAll("timelines") List<Step> steps, @ForAll @IntRange(min = 0, max = 2) int order,
            @ForAll("asOfDays") int nowAfter, @ForAll boolean provisional) {
        ComplaintRecord r = record(channel, received, hour, steps, order);
        Instant now = FIRST.plusDays(received + nowAfter).atTime(12, 0).atZone(SHANGHAI).toInstant();
        DeadlineEngine engine = provisional ? PROVISIONAL : STRICT;
        (provisional ? PROVISIONAL_CLOCK : STRICT_CLOCK).now = now;
        ReferenceDeadlineEngine reference = new ReferenceDeadlineEngine(engine);
        assertThat(outcome(() -> engine.dueDates(r, policy)))
                .isEqualTo(outcome(() -> reference.compute(r, policy, now, false, false).dueDates()));
    }

    /** The result, or the exception's class, message and (for the library's exceptions) code and violations. */
    private static Object outcome(Supplier<?> call) {
        try {
            return call.get();
        } catch (ConsumerProtectionException e) {
            return List.of(e.getClass(), e.code(), String.valueOf(e.getMessage()), e.violations());
        } catch (RuntimeException e) {
            return List.of(e.getClass(), String.valueOf(e.getMessage()));
        }
    }
}
