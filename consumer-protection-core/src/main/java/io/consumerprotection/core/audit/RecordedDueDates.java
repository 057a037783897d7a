package io.consumerprotection.core.audit;

import io.consumerprotection.core.complaint.ComplaintEventType;
import io.consumerprotection.core.deadline.DeadlineEngine;
import io.consumerprotection.core.deadline.DeadlinePolicy;
import io.consumerprotection.core.deadline.MilestoneRule;
import io.consumerprotection.core.deadline.PolicyId;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link DeadlineEvaluator#recorded}: the due dates the complaint lifecycle recorded for milestones that
 * have ended, and the deadline engine for everything as soon as one started milestone is still running (or
 * has no recorded date). Each policy's milestones are planned once: their start and end events as event
 * types, so a complaint's checks read the subject's index and no name is looked up per complaint.
 */
final class RecordedDueDates implements DeadlineEvaluator {

    private static final int ALWAYS = -1;
    private static final int NEVER = -2;

    private final DeadlineEngine engine;
    private final DeadlineEvaluator full;
    private final List<PolicyId> policies;
    private final Map<PolicyId, Plan> plans = new ConcurrentHashMap<>();

    RecordedDueDates(DeadlineEngine engine, DeadlineEvaluator full, List<PolicyId> policies) {
        this.engine = engine;
        this.full = full;
        this.policies = policies;
    }

    /** A policy's milestones with their start and end events as event-type ordinals, and the citation texts. */
    private static final class Plan {
        final String policy;
        final String policyVersion;
        final String calendar;
        final String[] names;
        /** The start event's ordinal; {@link #ALWAYS} for the receipt, {@link #NEVER} for a name that is no event type. */
        final int[] starts;
        /** The end events' ordinals (names that are no event type left out), and the withdrawal's. */
        final int[][] ends;

        Plan(DeadlinePolicy policy, DeadlineEngine engine) {
            this.policy = policy.id().toString();
            this.policyVersion = policy.version();
            var calendarOf = engine.calendarFor(policy);
            this.calendar = calendarOf.id() + " " + calendarOf.version();
            List<MilestoneRule> rules = policy.milestones();
            names = new String[rules.size()];
            starts = new int[rules.size()];
            ends = new int[rules.size()][];
            for (int m = 0; m < names.length; m++) {
                MilestoneRule rule = rules.get(m);
                names[m] = rule.name();
                starts[m] = "RECEIVED".equals(rule.startEvent()) ? ALWAYS : ordinal(rule.startEvent());
                ends[m] = rule.endEvents().stream().mapToInt(Plan::ordinal).filter(o -> o >= 0).toArray();
            }
        }

        private static int ordinal(String eventType) {
            for (ComplaintEventType t : ComplaintEventType.values()) {
                if (t.name().equals(eventType)) {
                    return t.ordinal();
                }
            }
            return NEVER;
        }

        boolean started(ComplaintSubject subject, int m) {
            int start = starts[m];
            return start == ALWAYS || (start >= 0 && subject.has(start));
        }

        boolean ended(ComplaintSubject subject, int m) {
            if (subject.has(ComplaintEventType.WITHDRAWN.ordinal())) {
                return true;
            }
            for (int end : ends[m]) {
                if (subject.has(end)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Override
    public Map<String, DueDate> dueDates(ComplaintSubject subject, Instant asOf) {
        ComplaintRecord record = subject.record();
        Map<String, LocalDate> stored = record.dueDates();
        DueDateTable.Builder out = DueDateTable.builder(8);
        for (PolicyId id : policies) {
            DeadlinePolicy policy = engine.policyFor(record, id);
            Plan plan = plans.get(policy.id());
            if (plan == null) {
                plan = plans.computeIfAbsent(policy.id(), k -> new Plan(policy, engine));
            }
            for (int m = 0; m < plan.names.length; m++) {
                String name = plan.names[m];
                if (out.contains(name) || !plan.started(subject, m)) {
                    continue;
                }
                LocalDate date = stored.get(name);
                if (date == null || !plan.ended(subject, m)) {
                    return full.dueDates(subject, asOf);
                }
                out.add(new DueDate(name, date, plan.policy, plan.policyVersion, plan.calendar));
            }
        }
        return out.build();
    }

    @Override
    public Map<String, String> dataVersions() {
        Map<String, String> m = new TreeMap<>(full.dataVersions());
        m.put("deadlines", "recorded due dates of ended milestones, engine for the rest");
        return m;
    }
}
