package io.consumerprotection.core.deadline;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every milestone of one complaint evaluated on one date under one policy, with the policy and calendar
 * data versions used.
 *
 * @param complaintId     the complaint
 * @param policy          the policy applied (after any regulator-transfer switch)
 * @param policyVersion   its version
 * @param calendar        the calendar id
 * @param calendarVersion the calendar's data version
 * @param asOf            the evaluation date, in the policy's zone
 * @param milestones      the milestones, in the policy's order
 */
public record DeadlineEvaluation(String complaintId, PolicyId policy, String policyVersion, String calendar,
                                 String calendarVersion, LocalDate asOf, List<MilestoneEvaluation> milestones) {

    public DeadlineEvaluation {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(policy, "policy");
        milestones = List.copyOf(milestones);
    }

    /** The due date of every started milestone, by milestone name, in the policy's order. */
    public Map<String, LocalDate> dueDates() {
        Map<String, LocalDate> map = new LinkedHashMap<>();
        for (MilestoneEvaluation m : milestones) {
            if (m.dueDate() != null) {
                map.put(m.milestone(), m.dueDate());
            }
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** The evaluation of one milestone, if the policy has it. */
    public Optional<MilestoneEvaluation> find(String milestone) {
        return milestones.stream().filter(m -> m.milestone().equals(milestone)).findFirst();
    }

    /** Whether any answer is provisional (a date beyond the calendar's data). */
    public boolean provisional() {
        return milestones.stream().anyMatch(MilestoneEvaluation::provisional);
    }

    @Override
    public String toString() {
        return "DeadlineEvaluation[complaintId=" + Redaction.code(complaintId) + ", policy=" + policy + ", policyVersion="
                + Redaction.code(policyVersion) + ", calendar=" + Redaction.code(calendar) + ", calendarVersion="
                + Redaction.code(calendarVersion) + ", asOf=" + asOf + ", milestones=" + milestones + "]";
    }
}
