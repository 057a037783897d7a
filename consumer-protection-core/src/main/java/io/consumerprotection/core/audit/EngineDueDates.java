package io.consumerprotection.core.audit;

import io.consumerprotection.core.deadline.DeadlineEngine;
import io.consumerprotection.core.deadline.DeadlineEvaluation;
import io.consumerprotection.core.deadline.MilestoneEvaluation;
import io.consumerprotection.core.deadline.PolicyId;
import io.consumerprotection.core.internal.TimelineIndex;
import io.consumerprotection.spi.complaint.ComplaintRecord;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link DeadlineEvaluator#engine}: every due date recomputed by the deadline engine, the first policy naming a
 * milestone winning. The engine reads the timeline index the subject built: through its package-private
 * {@code evaluateDueDates(ComplaintRecord, TimelineIndex, PolicyId, Instant)}, which stays out of
 * {@code core.deadline}'s public API because {@link TimelineIndex} is internal (a method handle, since
 * {@code core.deadline} may not depend on the audit).
 */
final class EngineDueDates implements DeadlineEvaluator {

    private static final MethodHandle INDEXED;

    static {
        try {
            INDEXED = MethodHandles.privateLookupIn(DeadlineEngine.class, MethodHandles.lookup()).findVirtual(
                    DeadlineEngine.class, "evaluateDueDates", MethodType.methodType(DeadlineEvaluation.class,
                            ComplaintRecord.class, TimelineIndex.class, PolicyId.class, Instant.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final DeadlineEngine engine;
    private final PolicyId[] policies;
    private final Map<String, String> dataVersions;

    EngineDueDates(DeadlineEngine engine, List<PolicyId> policies, Map<String, String> dataVersions) {
        this.engine = engine;
        this.policies = policies.toArray(PolicyId[]::new);
        this.dataVersions = dataVersions;
    }

    @Override
    public Map<String, DueDate> dueDates(ComplaintSubject subject, Instant asOf) {
        Map<String, DueDate> out = new HashMap<>(8);
        for (PolicyId id : policies) {
            // Only the dates are read: no statuses, no explanations, so "as of" may lie past the calendar's data.
            DeadlineEvaluation e = evaluate(subject, id, asOf);
            String policy = e.policy().toString();
            String calendar = e.calendar() + " " + e.calendarVersion();
            List<MilestoneEvaluation> milestones = e.milestones();
            for (int i = 0, n = milestones.size(); i < n; i++) {
                MilestoneEvaluation m = milestones.get(i);
                if (m.dueDate() != null && !out.containsKey(m.milestone())) {
                    out.put(m.milestone(), new DueDate(m.milestone(), m.dueDate(), policy, e.policyVersion(),
                            m.provisional() ? calendar + " (provisional)" : calendar, m.lateExtensions()));
                }
            }
        }
        return Map.copyOf(out);
    }

    private DeadlineEvaluation evaluate(ComplaintSubject subject, PolicyId policy, Instant asOf) {
        try {
            return (DeadlineEvaluation) INDEXED.invokeExact(engine, subject.record(), subject.timeline(), policy, asOf);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e); // the engine's method declares no checked exception
        }
    }

    @Override
    public Map<String, String> dataVersions() {
        return dataVersions;
    }
}
