package io.consumerprotection.core.audit;

import static com.google.common.base.Preconditions.checkArgument;

import io.consumerprotection.core.deadline.DeadlineEngine;
import io.consumerprotection.core.deadline.PolicyId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where the deadline rules get a complaint's due dates from: the {@link DeadlineEngine}, which recomputes
 * them from the timeline under the policies in force and cites policy and calendar versions, or the due
 * dates stored on the complaint.
 *
 * @implSpec Implementations are thread-safe and do no I/O per call. They may throw a
 * {@link io.consumerprotection.spi.ConsumerProtectionException} when a complaint cannot be timed; the
 * deadline rules then ask for review.
 */
@FunctionalInterface
public interface DeadlineEvaluator {

    /** Every due date of the complaint as of the instant, by milestone name. */
    Map<String, DueDate> dueDates(ComplaintSubject subject, Instant asOf);

    /** The policy and calendar versions this evaluator uses, for the run record; empty when unknown. */
    default Map<String, String> dataVersions() {
        return Map.of();
    }

    /**
     * The deadline engine under these policies: the milestones of each policy, the first policy naming a
     * milestone winning (for example {@code NFRA-2020-3} for {@code DECISION} and {@code REVIEW}, then
     * {@code INTERNAL-3-5-10} for {@code CONTACT}, {@code PLAN}, {@code RESOLVE}). Regulator-transferred
     * complaints are timed by the policy the engine's transfer rules name.
     */
    static DeadlineEvaluator engine(DeadlineEngine engine, PolicyId... policies) {
        Objects.requireNonNull(engine, "engine");
        List<PolicyId> ids = List.of(policies);
        checkArgument(!ids.isEmpty(), "policies must name at least one policy");
        Map<String, String> versions = new TreeMap<>();
        for (PolicyId id : ids) {
            var p = engine.policies().get(id);
            versions.put("policy." + p.id(), p.version());
            versions.put("policy." + p.id() + ".calendar", p.calendarId() + p.calendarVersion().map(v -> " " + v).orElse(""));
            engine.policies().all().stream().filter(t -> p.transfers().containsValue(t.id()))
                    .forEach(t -> versions.put("policy." + t.id(), t.version()));
        }
        return new EngineDueDates(engine, ids, Map.copyOf(versions));
    }

    /**
     * The deadline engine under these policies, trusting the due dates the complaint lifecycle recorded
     * ({@code ComplaintRecord.dueDates()}, computed by the same engine at every transition) for milestones
     * that have ended, and recomputing the others (a running milestone can still move, for example while
     * paused). Findings cite the policy and calendar the engine would use. Use it when the lifecycle and the
     * audit share the policies and calendar versions; {@link #engine} recomputes everything and needs no
     * such trust.
     */
    static DeadlineEvaluator recorded(DeadlineEngine engine, PolicyId... policies) {
        return new RecordedDueDates(engine, engine(engine, policies), List.of(policies));
    }

    /**
     * The due dates the host stored on the complaint ({@code ComplaintRecord.dueDates()}), cited as policy
     * {@code stored} and calendar {@code host}: use it when the deadline engine is not configured.
     */
    static DeadlineEvaluator stored() {
        return new DeadlineEvaluator() {
            @Override
            public Map<String, DueDate> dueDates(ComplaintSubject subject, Instant asOf) {
                Map<String, DueDate> out = new HashMap<>();
                subject.record().dueDates().forEach((m, d) -> out.put(m, new DueDate(m, d, "stored", "", "host")));
                return Map.copyOf(out);
            }

            @Override
            public Map<String, String> dataVersions() {
                return Map.of("deadlines", "stored due dates");
            }
        };
    }
}
