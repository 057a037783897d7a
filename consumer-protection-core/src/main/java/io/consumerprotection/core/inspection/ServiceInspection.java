package io.consumerprotection.core.inspection;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One service inspection of a unit: the score per checklist aspect (from the checklist's data version) and the
 * problems found, each tracked as a rectification item.
 *
 * @param id               the id
 * @param planId           the plan; empty when none
 * @param kind             the kind
 * @param unitId           the unit inspected
 * @param on               the day
 * @param inspector        who inspected
 * @param checklistId      the checklist
 * @param checklistVersion its data version
 * @param maxScore         the checklist's maximum total
 * @param scores           the score per aspect code
 * @param problems         the problems, in order
 * @param version          the stored version
 */
public record ServiceInspection(String id, String planId, InspectionKind kind, String unitId, LocalDate on, String inspector,
                                String checklistId, String checklistVersion, int maxScore, Map<String, Integer> scores,
                                List<InspectionProblem> problems, long version) {

    public ServiceInspection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(inspector, "inspector");
        Objects.requireNonNull(checklistId, "checklistId");
        Objects.requireNonNull(checklistVersion, "checklistVersion");
        planId = planId == null ? "" : planId;
        scores = Map.copyOf(scores);
        problems = List.copyOf(problems);
    }

    /** The total score. */
    public int totalScore() {
        return scores.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The total as a percentage of the checklist's maximum, 0 to 100. */
    public double percent() {
        return maxScore == 0 ? 0 : totalScore() * 100.0 / maxScore;
    }

    @Override
    public String toString() {
        return "ServiceInspection[id=" + Redaction.code(id) + ", kind=" + kind + ", unitId=" + Redaction.code(unitId) + ", on="
                + on + ", score=" + totalScore() + "/" + maxScore + ", problems=" + problems.size() + "]";
    }
}
