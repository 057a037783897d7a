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
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link DeadlineEvaluator#recorded}: the due dates the complaint lifecycle recorded for milestones that
 * have ended, and the deadline engine for everything as soon as one started milestone is still running (or
 * has no recorded date).
 *
 * <p>The policies that time a complaint depend only on its channel (transfer rules), so they are planned
 * once per channel: each milestone with its start and end events as event types, read against the
 * subject's index without looking up any name. A complaint with an extension is always recomputed (an
 * extension recorded after the due date does not count, and a stored date may predate that rule). When
 * every started milestone has ended with a recorded date, the answer is a table that builds the
 * {@link DueDate} of a milestone only when a rule asks for it.
 */
final class RecordedDueDates implements DeadlineEvaluator {

    private static final int ALWAYS = -1;
    private static final int NEVER = -2;

    private final DeadlineEngine engine;
    private final DeadlineEvaluator full;
    private final List<PolicyId> policies;
    private final Map<String, Plan[]> plansByChannel = new ConcurrentHashMap<>();

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
        /** The end events' ordinals (names that are no event type left out). */
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
                starts[m] = rule.startsAtReceipt() ? ALWAYS : rule.findStartType().map(Enum::ordinal).orElse(NEVER);
                ends[m] = rule.endTypes().stream().mapToInt(Enum::ordinal).toArray();
            }
        }

        /** Whether milestone {@code m} started: its start event is on the timeline (or is the receipt itself). */
        boolean started(ComplaintSubject subject, int m) {
            int start = starts[m];
            return start == ALWAYS || (start >= 0 && subject.has(start));
        }

        /** Whether milestone {@code m} ended: one of its end events, or a withdrawal, is on the timeline. */
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
        Plan[] plans = plansFor(record);
        Map<String, LocalDate> stored = record.dueDates();
        if (subject.has(ComplaintEventType.EXTENDED.ordinal())) {
            // an extension recorded after the due date in force is ignored by the engine (art. 18), while a
            // date stored before that rule may include it: extended complaints are always recomputed
            return full.dueDates(subject, asOf);
        }
        for (int p = 0; p < plans.length; p++) {
            Plan plan = plans[p];
            for (int m = 0; m < plan.names.length; m++) {
                if (plan.started(subject, m) && !answeredBefore(plans, p, m, subject)
                        && (!stored.containsKey(plan.names[m]) || !plan.ended(subject, m))) {
                    return full.dueDates(subject, asOf);
                }
            }
        }
        return new Recorded(plans, subject, stored);
    }

    /** Whether a milestone of the same name started earlier in policy order (that one gives the date). */
    private static boolean answeredBefore(Plan[] plans, int p, int m, ComplaintSubject subject) {
        String name = plans[p].names[m];
        for (int q = 0; q <= p; q++) {
            int until = q == p ? m : plans[q].names.length;
            for (int k = 0; k < until; k++) {
                if (plans[q].names[k].equals(name) && plans[q].started(subject, k)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Plan[] plansFor(ComplaintRecord record) {
        Plan[] plans = plansByChannel.get(record.channel());
        if (plans == null) {
            plans = plansByChannel.computeIfAbsent(record.channel(), channel -> policies.stream()
                    .map(id -> new Plan(engine.policyFor(record, id), engine)).toArray(Plan[]::new));
        }
        return plans;
    }

    /**
     * The recorded dates of a complaint whose started milestones have all ended with a recorded date: a
     * milestone's date is that of the first policy (in order) under which it started.
     */
    private static final class Recorded extends DueDateTable {
        private final Plan[] plans;
        private final ComplaintSubject subject;
        private final Map<String, LocalDate> stored;
        private DueDateTable listed;

        Recorded(Plan[] plans, ComplaintSubject subject, Map<String, LocalDate> stored) {
            this.plans = plans;
            this.subject = subject;
            this.stored = stored;
        }

        @Override
        public DueDate get(Object milestone) {
            for (Plan plan : plans) {
                for (int m = 0; m < plan.names.length; m++) {
                    String name = plan.names[m];
                    if (name.equals(milestone) && plan.started(subject, m)) {
                        return new DueDate(name, stored.get(name), plan.policy, plan.policyVersion, plan.calendar);
                    }
                }
            }
            return null;
        }

        @Override
        public boolean containsKey(Object milestone) {
            return get(milestone) != null;
        }

        @Override
        public Set<Entry<String, DueDate>> entrySet() {
            DueDateTable t = listed;
            if (t == null) {
                DueDateTable.Builder b = DueDateTable.builder(8);
                for (Plan plan : plans) {
                    for (int m = 0; m < plan.names.length; m++) {
                        String name = plan.names[m];
                        if (!b.contains(name) && plan.started(subject, m)) {
                            b.add(new DueDate(name, stored.get(name), plan.policy, plan.policyVersion, plan.calendar));
                        }
                    }
                }
                t = b.build();
                listed = t;
            }
            return t.entrySet();
        }
    }

    @Override
    public Map<String, String> dataVersions() {
        Map<String, String> m = new TreeMap<>(full.dataVersions());
        m.put("deadlines", "recorded due dates of ended milestones, engine for the rest");
        return m;
    }
}
