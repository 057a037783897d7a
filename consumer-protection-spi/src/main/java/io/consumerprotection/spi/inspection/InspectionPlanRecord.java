package io.consumerprotection.spi.inspection;

import io.consumerprotection.spi.internal.Redaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An inspection plan as stored.
 *
 * @param id              an id unique among plans
 * @param kind            {@code MYSTERY_SHOPPER}, {@code SPOT_CHECK} or {@code SELF_CHECK}
 * @param organiser       the unit that runs it (head office, a supervising branch)
 * @param from            the first day of its period
 * @param to              the last day of its period (inclusive)
 * @param samplingPercent the share of the units to inspect, 1 to 100
 * @param checklistId     the checklist used, for example {@code SERVICE-6}
 * @param units           the units sampled to be inspected, in order
 * @param version         the stored version: 1 after the first save
 */
public record InspectionPlanRecord(String id, String kind, String organiser, LocalDate from, LocalDate to,
                                   int samplingPercent, String checklistId, List<String> units, long version) {

    public InspectionPlanRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(organiser, "organiser");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(checklistId, "checklistId");
        units = units == null ? List.of() : List.copyOf(units);
    }

    /** This record with another version. */
    public InspectionPlanRecord withVersion(long v) {
        return new InspectionPlanRecord(id, kind, organiser, from, to, samplingPercent, checklistId, units, v);
    }

    @Override
    public String toString() {
        return "InspectionPlanRecord[id=" + Redaction.code(id) + ", kind=" + Redaction.code(kind) + ", " + from + ".." + to
                + ", units=" + units.size() + ", version=" + version + "]";
    }
}
