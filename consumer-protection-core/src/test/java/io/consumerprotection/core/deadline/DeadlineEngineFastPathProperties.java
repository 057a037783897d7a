package io.consumerprotection.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.consumerprotection.spi.ConsumerProtectionException;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

/**
 * The explanation-free paths ({@link DeadlineEngine#evaluateWithoutExplanation} and
 * {@link DeadlineEngine#dueDates}) answer exactly what {@link DeadlineEngine#evaluate} answers, less the
 * explanations, over generated timelines: pauses (with and without a counted reason, left open, resumed
 * before they start), extensions of every tier (with and without approver), new facts, review requests,
 * decisions, withdrawals, transferred channels and dates near the end of calendar coverage.
 */
class DeadlineEngineFastPathProperties {

    private static final LocalDate FIRST = LocalDate.of(2007, 1, 10);
    private static final String[] TYPES = {"PAUSED", "RESUMED", "EXTENDED", "NEW_FACTS", "CUSTOMER_CONTACTED",
        "PLAN_PROPOSED", "DECIDED", "WITHDRAWN", "REVIEW_REQUESTED", "REVIEWED", "ACCEPTED", "ASSIGNED"};

    /** One generated event: type index, days and hours after the previous one, and a variant for its details. */
    record Step(int type, int days, int hour, int variant) {
    }

    @Provide
    Arbitrary<PolicyId> policies() {
        return Arbitraries.of(PolicyId.NFRA_2020_3, PolicyId.PBOC_2020_5, PolicyId.INTERNAL_3_5_10,
                PolicyId.REGULATOR_FORWARDING, PolicyId.CREDIT_REPORTING_DISPUTE);
    }

    @Provide
    Arbitrary<List<Step>> timelines() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, TYPES.length - 1),
                Arbitraries.integers().between(0, 25), Arbitraries.integers().between(0, 23),
                Arbitraries.integers().between(0, 5)).as(Step::new);
        return step.list().ofMaxSize(9);
    }

    @Provide
    Arbitrary<String> channels() {
        return Arbitraries.of("HOTLINE", "PBOC_TRANSFER", "REGULATOR_TRANSFER", "BRANCH");
    }

    private static Map<String, String> details(String type, int variant) {
        Map<String, String> d = new HashMap<>();
        switch (type) {
            case "PAUSED" -> {
                if (variant != 5) {
                    d.put("pauseReason", variant < 2 ? "MEDIATION" : variant < 4 ? "OUTSIDE_APPRAISAL" : "OTHER");
                }
                if (variant % 2 == 0) {
                    d.put("noticeMethod", "SMS");
                }
            }
            case "EXTENDED" -> {
                d.put("tier", new String[] {"SIMPLE", "COMPLEX", "VERY_COMPLEX", "VERY_COMPLEX", "UNHEARD_OF", ""}[variant]);
                if (variant != 3) {
                    d.put("approver", "head-office-1");
                    d.put("noticeMethod", "SMS");
                }
            }
            default -> {
            }
        }
        return d;
    }

    private static ComplaintRecord record(String channel, int receivedDay, int receivedHour, List<Step> steps) {
        Timelines t = Timelines.received("C-9", channel, FIRST.plusDays(receivedDay).atTime(receivedHour, 7)
                .atZone(Timelines.SHANGHAI).toInstant());
        LocalDate day = FIRST.plusDays(receivedDay);
        int hour = receivedHour;
        for (Step s : steps) {
            day = day.plusDays(s.days());
            hour = s.days() == 0 ? Math.max(hour, s.hour()) : s.hour();
            String type = TYPES[s.type()];
            t.event(type, day.atTime(hour, 30).toString(), details(type, s.variant()));
        }
        return t.record();
    }

    @Property(tries = 1500)
    void withoutExplanationEverythingButTheExplanationIsTheSame(
            @ForAll("policies") PolicyId policy, @ForAll("channels") String channel,
            @ForAll @IntRange(min = 0, max = 7250) int received, @ForAll @IntRange(min = 0, max = 23) int hour,
            @ForAll("timelines") List<Step> steps, @ForAll @IntRange(min = -5, max = 400) int asOfAfter,
            @ForAll boolean provisional) {
        ComplaintRecord r = record(channel, received, hour, steps);
        Instant asOf = FIRST.plusDays(received + asOfAfter).atTime(12, 0).atZone(Timelines.SHANGHAI).toInstant();
        DeadlineEngine engine = provisional ? PROVISIONAL : STRICT;
        Object full = outcome(() -> engine.evaluate(r, policy, asOf));
        Object fast = outcome(() -> engine.evaluateWithoutExplanation(r, policy, asOf));
        Statistics.label("outcome").collect(full instanceof DeadlineEvaluation ? "evaluated" : "refused");
        if (full instanceof DeadlineEvaluation e) {
            assertThat(fast).isInstanceOf(DeadlineEvaluation.class);
            DeadlineEvaluation f = (DeadlineEvaluation) fast;
            List<MilestoneEvaluation> withoutSteps = new ArrayList<>();
            for (MilestoneEvaluation m : e.milestones()) {
                assertThat(m.explanation()).isNotEmpty();
                withoutSteps.add(new MilestoneEvaluation(m.milestone(), m.dueDate(), m.status(), m.calendarDaysLeft(),
                        m.workingDaysLeft(), m.endedOn(), m.provisional(), List.of(), m.lateExtensions()));
            }
            assertThat(f).isEqualTo(new DeadlineEvaluation(e.complaintId(), e.policy(), e.policyVersion(), e.calendar(),
                    e.calendarVersion(), e.asOf(), withoutSteps));
        } else {
            assertThat(fast).isEqualTo(full);
        }
    }

    @Property(tries = 1500)
    void dueDatesAsOfAnInstantAreTheEvaluatedOnesWithoutRunningStatuses(
            @ForAll("policies") PolicyId policy, @ForAll("channels") String channel,
            @ForAll @IntRange(min = 0, max = 7250) int received, @ForAll @IntRange(min = 0, max = 23) int hour,
            @ForAll("timelines") List<Step> steps, @ForAll @IntRange(min = -5, max = 400) int asOfAfter,
            @ForAll boolean provisional) {
        ComplaintRecord r = record(channel, received, hour, steps);
        Instant asOf = FIRST.plusDays(received + asOfAfter).atTime(12, 0).atZone(Timelines.SHANGHAI).toInstant();
        DeadlineEngine engine = provisional ? PROVISIONAL : STRICT;
        Object full = outcome(() -> engine.evaluate(r, policy, asOf));
        Object dates = outcome(() -> engine.evaluateDueDates(r, policy, asOf));
        Statistics.label("outcome").collect(full instanceof DeadlineEvaluation ? "evaluated"
                : dates instanceof DeadlineEvaluation ? "timed, today not covered" : "refused");
        if (!(dates instanceof DeadlineEvaluation d)) {
            // it refuses only what evaluate refuses: for the same reason, or (when evaluate stopped at "today"
            // being past the data) for what evaluate would have found next, such as an invalid timeline
            assertThat(full).isNotInstanceOf(DeadlineEvaluation.class);
            if (!full.toString().contains("CALENDAR_COVERAGE")) {
                assertThat(dates).isEqualTo(full);
            }
            return;
        }
        if (!(full instanceof DeadlineEvaluation e)) {
            // evaluate refused "today" only: the calendar's data ends before the instant
            assertThat(full).asString().contains("CALENDAR_COVERAGE");
            assertThat(provisional).isFalse();
            return;
        }
        assertThat(d.dueDates()).isEqualTo(e.dueDates());
        assertThat(d.policy()).isEqualTo(e.policy());
        assertThat(d.calendarVersion()).isEqualTo(e.calendarVersion());
        for (int i = 0; i < e.milestones().size(); i++) {
            MilestoneEvaluation m = e.milestones().get(i);
            MilestoneEvaluation n = d.milestones().get(i);
            assertThat(n.dueDate()).isEqualTo(m.dueDate());
            assertThat(n.endedOn()).isEqualTo(m.endedOn());
            assertThat(n.status()).isEqualTo(m.status().isOpen() ? DeadlineStatus.ON_TRACK : m.status());
            if (!provisional || !m.status().isOpen()) {
                assertThat(n.provisional()).isEqualTo(m.provisional());
            }
        }
    }

    @Property(tries = 500)
    void dueDatesAreTheEvaluatedDueDates(@ForAll("policies") PolicyId policy, @ForAll("channels") String channel,
                                         @ForAll @IntRange(min = 0, max = 6800) int received,
                                         @ForAll @IntRange(min = 0, max = 23) int hour,
                                         @ForAll("timelines") List<Step> steps) {
        ComplaintRecord r = record(channel, received, hour, steps);
        Instant now = FIRST.plusDays(received + 30).atTime(12, 0).atZone(Timelines.SHANGHAI).toInstant();
        DeadlineEngine engine = DeadlineEngine.builder().allowProvisional(true).clock(Clock.fixed(now, ZoneOffset.UTC)).build();
        Object due = outcome(() -> engine.dueDates(r, policy));
        Object evaluated = outcome(() -> engine.evaluate(r, policy, now).dueDates());
        assertThat(due).isEqualTo(evaluated);
    }

    private static final DeadlineEngine STRICT = DeadlineEngine.bundled();
    private static final DeadlineEngine PROVISIONAL = DeadlineEngine.builder().allowProvisional(true).build();

    /** The result, or the exception's class, code, message and violations. */
    private static Object outcome(java.util.function.Supplier<?> call) {
        try {
            return call.get();
        } catch (ConsumerProtectionException e) {
            return List.of(e.getClass(), e.code(), String.valueOf(e.getMessage()), e.violations());
        }
    }
}
