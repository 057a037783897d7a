package io.consumerprotection.core.inspection;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an inspector reports: which unit on which day, under which plan and checklist, the score per aspect and
 * the problems found.
 *
 * @param id          the inspection's id
 * @param planId      the plan; empty when none
 * @param kind        the kind
 * @param unitId      the unit inspected
 * @param on          the day
 * @param inspector   who inspected (staff id or firm code)
 * @param checklistId the checklist
 * @param scores      a score for every aspect of the checklist
 * @param problems    the problems found
 * @param actor       who records it
 */
public record InspectionReport(String id, String planId, InspectionKind kind, String unitId, LocalDate on, String inspector,
                               String checklistId, Map<String, Integer> scores, List<ProblemFound> problems, String actor) {

    public InspectionReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(inspector, "inspector");
        Objects.requireNonNull(checklistId, "checklistId");
        Objects.requireNonNull(actor, "actor");
        planId = planId == null ? "" : planId;
        scores = Map.copyOf(scores);
        problems = List.copyOf(problems);
    }

    @Override
    public String toString() {
        return "InspectionReport[id=" + Redaction.code(id) + ", kind=" + kind + ", unitId=" + Redaction.code(unitId) + ", on="
                + on + ", scores=" + scores.size() + ", problems=" + problems.size() + "]";
    }
}
