package io.consumerprotection.spi.inspection;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One service inspection of a unit (a mystery-shopper visit, an on-site spot check, a self-check) as stored:
 * the score per checklist aspect and the problems found.
 *
 * @param id               an id unique among inspections
 * @param planId           the plan it belongs to; empty when none
 * @param kind             {@code MYSTERY_SHOPPER}, {@code SPOT_CHECK} or {@code SELF_CHECK}
 * @param unitId           the unit inspected
 * @param on               the day of the inspection
 * @param inspector        who inspected (staff id or the external firm's code)
 * @param checklistId      the checklist
 * @param checklistVersion its data version
 * @param scores           the score per aspect code
 * @param problems         the problems, in order
 * @param version          the stored version: 1 after the first save
 */
public record ServiceInspectionRecord(String id, String planId, String kind, String unitId, LocalDate on, String inspector,
                                      String checklistId, String checklistVersion, Map<String, Integer> scores,
                                      List<InspectionProblemRecord> problems, long version) {

    public ServiceInspectionRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(inspector, "inspector");
        Objects.requireNonNull(checklistId, "checklistId");
        Objects.requireNonNull(checklistVersion, "checklistVersion");
        planId = planId == null ? "" : planId;
        scores = scores == null ? Map.of() : Map.copyOf(scores);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** This record with another version. */
    public ServiceInspectionRecord withVersion(long v) {
        return new ServiceInspectionRecord(id, planId, kind, unitId, on, inspector, checklistId, checklistVersion, scores,
                problems, v);
    }

    @Override
    public String toString() {
        return "ServiceInspectionRecord[id=" + Redaction.code(id) + ", kind=" + Redaction.code(kind) + ", unitId="
                + Redaction.code(unitId) + ", on=" + on + ", scores=" + scores.size() + ", problems=" + problems.size()
                + ", version=" + version + "]";
    }
}
