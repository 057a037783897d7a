package io.consumerprotection.spi.privacy;

import io.consumerprotection.spi.internal.Redaction;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A personal-data incident (leak, damage or loss of consumers' financial information) as stored: when it
 * was discovered, which kinds of data, whose and how many (a count, never the persons), its cause, whether
 * it may endanger the consumers' property or personal safety, the rectification item it led to and the
 * steps taken.
 *
 * @param id                an id unique in the store
 * @param unitId            the unit (branch) where it happened
 * @param discoveredAt      when the institution discovered it (the 72-hour clock starts here)
 * @param dataKinds         the kinds of data concerned (field type names such as {@code MOBILE})
 * @param affectedGroup     whose data: a code such as {@code PERSONAL_CUSTOMERS} or {@code CARD_HOLDERS}
 * @param affectedCount     how many consumers are affected (at least 1)
 * @param cause             the cause found; empty while unknown
 * @param mayEndangerSafety whether it may endanger the consumers' property or personal safety
 * @param rectificationRef  the id of the rectification (整改) item opened for it; empty when none
 * @param policyVersion     the version of the incident policy its clock uses
 * @param events            the steps, in the order they were recorded
 * @param version           the stored version: 1 after the first save, one more after each
 */
public record IncidentRecord(String id, String unitId, Instant discoveredAt, Set<String> dataKinds,
                             String affectedGroup, long affectedCount, String cause, boolean mayEndangerSafety,
                             String rectificationRef, String policyVersion, List<IncidentEventRecord> events,
                             long version) {

    public IncidentRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(discoveredAt, "discoveredAt");
        Objects.requireNonNull(affectedGroup, "affectedGroup");
        Objects.requireNonNull(policyVersion, "policyVersion");
        dataKinds = dataKinds == null ? Set.of() : Set.copyOf(dataKinds);
        cause = cause == null ? "" : cause;
        rectificationRef = rectificationRef == null ? "" : rectificationRef;
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** This record with another version. */
    public IncidentRecord withVersion(long newVersion) {
        return new IncidentRecord(id, unitId, discoveredAt, dataKinds, affectedGroup, affectedCount, cause,
                mayEndangerSafety, rectificationRef, policyVersion, events, newVersion);
    }

    @Override
    public String toString() {
        return "IncidentRecord[id=" + Redaction.code(id) + ", unitId=" + Redaction.code(unitId) + ", discoveredAt="
                + discoveredAt + ", dataKinds=" + Redaction.codes(dataKinds) + ", affectedGroup="
                + Redaction.code(affectedGroup) + ", affectedCount=" + affectedCount + ", cause=" + Redaction.text(cause)
                + ", mayEndangerSafety=" + mayEndangerSafety + ", rectificationRef=" + Redaction.code(rectificationRef)
                + ", policyVersion=" + Redaction.code(policyVersion) + ", events=" + events.size() + ", version="
                + version + "]";
    }
}
