package io.consumerprotection.core.audit;

import io.consumerprotection.core.complaint.Complaint;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Where the deadline rules get a complaint's due dates from: the deadline engine, which recomputes them
 * from the timeline under the policy in force, or the due dates stored on the complaint.
 *
 * @implSpec Implementations are thread-safe and do no I/O per call.
 */
@FunctionalInterface
public interface DeadlineEvaluator {

    /** The due date of this milestone for the complaint, or empty when its policy has no such milestone. */
    Optional<DueDate> findDue(Complaint complaint, String milestone);

    /** The policy and calendar versions this evaluator uses, for the run record; empty when unknown. */
    default Map<String, String> dataVersions() {
        return Map.of();
    }

    /**
     * The due dates the host stored on the complaint ({@code ComplaintRecord.dueDates()}), cited as policy
     * {@code stored} and calendar {@code host}: use it when the deadline engine is not configured.
     */
    static DeadlineEvaluator stored() {
        return new DeadlineEvaluator() {
            @Override
            public Optional<DueDate> findDue(Complaint complaint, String milestone) {
                LocalDate date = complaint.dueDates().get(milestone);
                return date == null ? Optional.empty() : Optional.of(new DueDate(milestone, date, "stored", "host"));
            }

            @Override
            public Map<String, String> dataVersions() {
                return Map.of("deadlines", "stored due dates");
            }
        };
    }
}
