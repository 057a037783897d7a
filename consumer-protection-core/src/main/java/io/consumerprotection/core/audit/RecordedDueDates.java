package io.consumerprotection.core.audit;

import io.consumerprotection.core.complaint.ComplaintEventType;
import io.consumerprotection.core.deadline.DeadlineEngine;
import io.consumerprotection.core.deadline.DeadlinePolicy;
import io.consumerprotection.core.deadline.MilestoneRule;
import io.consumerprotection.core.deadline.PolicyId;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link DeadlineEvaluator#recorded}: the due dates the complaint lifecycle recorded for milestones that
 * have ended, and the deadline engine for everything as soon as one started milestone is still running (or
 * has no recorded date). A milestone's date is that of the first policy (in order) under which it started.
 *
 * <p>The policies that time a complaint depend only on its channel (transfer rules), so their milestones are
 * planned once per channel, with start and end events as event types read against the subject's index. A
 * complaint with an extension is always recomputed (an extension recorded after the due date does not count,
 * and a stored date may predate that rule).
 */
final class RecordedDueDates implements DeadlineEvaluator {

    private final DeadlineEngine engine;
    private final DeadlineEvaluator full;
    private final List<PolicyId> policies;
    private final Map<String, Step[]> stepsByChannel = new ConcurrentHashMap<>();

    RecordedDueDates(DeadlineEngine engine, DeadlineEvaluator full, List<PolicyId> policies) {
        this.engine = engine;
        this.full = full;
        this.policies = policies;
    }

    /**
     * A milestone of one of the policies, with the citation texts of its policy.
     *
     * @param start the start event's type; {@code null} for the receipt (or a name that is no event type: never started)
     * @param ends  the end events' types, a withdrawal included
     */
    private record Step(String name, boolean atReceipt, ComplaintEventType start, List<ComplaintEventType> ends,
                        String policy, String policyVersion, String calendar) {

        static Step of(MilestoneRule rule, DeadlinePolicy policy, String calendar) {
            List<ComplaintEventType> ends = new ArrayList<>(rule.endTypes());
            ends.add(ComplaintEventType.WITHDRAWN);
            return new Step(rule.name(), rule.startsAtReceipt(), rule.findStartType().orElse(null), List.copyOf(ends),
                    policy.id().toString(), policy.version(), calendar);
        }

        boolean started(ComplaintSubject subject) {
            return atReceipt || (start != null && subject.has(start.ordinal()));
        }

        boolean ended(ComplaintSubject subject) {
            for (int i = 0, n = ends.size(); i < n; i++) {
                if (subject.has(ends.get(i).ordinal())) {
                    return true;
                }
            }
            return false;
        }
    }

    @Override
    public Map<String, DueDate> dueDates(ComplaintSubject subject, Instant asOf) {
        if (subject.has(ComplaintEventType.EXTENDED.ordinal())) {
            // an extension recorded after the due date in force is ignored by the engine (art. 18), while a
            // date stored before that rule may include it: extended complaints are always recomputed
            return full.dueDates(subject, asOf);
        }
        Map<String, LocalDate> stored = subject.record().dueDates();
        Map<String, DueDate> out = new HashMap<>(8);
        for (Step step : stepsFor(subject.record())) {
            if (out.containsKey(step.name) || !step.started(subject)) {
                continue;
            }
            LocalDate date = stored.get(step.name);
            if (date == null || !step.ended(subject)) {
                return full.dueDates(subject, asOf);
            }
            out.put(step.name, new DueDate(step.name, date, step.policy, step.policyVersion, step.calendar));
        }
        return Map.copyOf(out);
    }

    private Step[] stepsFor(ComplaintRecord record) {
        Step[] steps = stepsByChannel.get(record.channel());
        if (steps == null) {
            steps = stepsByChannel.computeIfAbsent(record.channel(), channel -> policies.stream()
                    .map(id -> engine.policyFor(record, id)).flatMap(policy -> {
                        var calendar = engine.calendarFor(policy);
                        String text = calendar.id() + " " + calendar.version();
                        return policy.milestones().stream().map(rule -> Step.of(rule, policy, text));
                    }).toArray(Step[]::new));
        }
        return steps;
    }

    @Override
    public Map<String, String> dataVersions() {
        Map<String, String> m = new TreeMap<>(full.dataVersions());
        m.put("deadlines", "recorded due dates of ended milestones, engine for the rest");
        return m;
    }
}
