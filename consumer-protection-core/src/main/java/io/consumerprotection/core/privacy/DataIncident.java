package io.consumerprotection.core.privacy;

import io.consumerprotection.spi.internal.Redaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A personal-data incident (leak, damage or loss of consumers' financial information, PBoC Order 2020 No. 5
 * art. 34): when it was discovered, which kinds of data, whose and how many, its cause, whether it may endanger
 * the consumers' property or personal safety, the rectification (整改) item opened for it and the steps taken.
 * Its clock is {@link IncidentClock}; it is kept through {@link IncidentRegister}. Immutable: the {@code with…}
 * methods return copies.
 *
 * @param id                the id
 * @param unitId            the unit (branch) where it happened
 * @param discoveredAt      when it was discovered; the clock starts here
 * @param dataKinds         the kinds of data concerned (at least one)
 * @param affected          whose data and how many consumers
 * @param cause             the cause found; empty while unknown
 * @param mayEndangerSafety whether it may endanger the consumers' property or personal safety
 * @param rectificationRef  the rectification item's id; empty when none was opened
 * @param policyVersion     the version of the {@link IncidentPolicy} its clock uses
 * @param events            the steps in recording order
 * @param version           the stored version (0 before the first save)
 */
public record DataIncident(IncidentId id, String unitId, Instant discoveredAt, Set<FieldType> dataKinds,
                           AffectedConsumers affected, String cause, boolean mayEndangerSafety, String rectificationRef,
                           String policyVersion, List<IncidentEvent> events, long version) {

    public DataIncident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(discoveredAt, "discoveredAt");
        Objects.requireNonNull(affected, "affected");
        Objects.requireNonNull(policyVersion, "policyVersion");
        dataKinds = dataKinds == null || dataKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(dataKinds));
        cause = cause == null ? "" : cause;
        rectificationRef = rectificationRef == null ? "" : rectificationRef;
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** The first step of this type, if it was taken. */
    public Optional<IncidentEvent> findFirst(IncidentEventType type) {
        Objects.requireNonNull(type, "type");
        return events.stream().filter(e -> e.type() == type).findFirst();
    }

    /** The step of this type with the earliest instant, if it was taken. */
    public Optional<IncidentEvent> findEarliest(IncidentEventType type) {
        Objects.requireNonNull(type, "type");
        return events.stream().filter(e -> e.type() == type).min(java.util.Comparator.comparing(IncidentEvent::at));
    }

    /** Whether the incident was closed. */
    public boolean isClosed() {
        return findFirst(IncidentEventType.CLOSED).isPresent();
    }

    /** Consumers reached by all notifications together. */
    public long notifiedCount() {
        return events.stream().filter(e -> e.type() == IncidentEventType.CONSUMERS_NOTIFIED)
                .mapToLong(IncidentEvent::count).sum();
    }

    /** The cause, if one was recorded. */
    public Optional<String> findCause() {
        return cause.isBlank() ? Optional.empty() : Optional.of(cause);
    }

    /** The rectification item's id, if one was opened. */
    public Optional<String> findRectificationRef() {
        return rectificationRef.isBlank() ? Optional.empty() : Optional.of(rectificationRef);
    }

    /** A copy with one more step. */
    public DataIncident withEvent(IncidentEvent event) {
        List<IncidentEvent> more = new ArrayList<>(events);
        more.add(Objects.requireNonNull(event, "event"));
        return new DataIncident(id, unitId, discoveredAt, dataKinds, affected, cause, mayEndangerSafety,
                rectificationRef, policyVersion, more, version);
    }

    /** A copy with this cause. */
    public DataIncident withCause(String newCause) {
        return new DataIncident(id, unitId, discoveredAt, dataKinds, affected, Objects.requireNonNull(newCause, "cause"),
                mayEndangerSafety, rectificationRef, policyVersion, events, version);
    }

    /** A copy linked to this rectification item. */
    public DataIncident withRectificationRef(String ref) {
        return new DataIncident(id, unitId, discoveredAt, dataKinds, affected, cause, mayEndangerSafety,
                Objects.requireNonNull(ref, "rectificationRef"), policyVersion, events, version);
    }

    /** A copy with this stored version. */
    public DataIncident withVersion(long newVersion) {
        return new DataIncident(id, unitId, discoveredAt, dataKinds, affected, cause, mayEndangerSafety,
                rectificationRef, policyVersion, events, newVersion);
    }

    @Override
    public String toString() {
        return "DataIncident[id=" + Redaction.code(id.value()) + ", unitId=" + Redaction.code(unitId) + ", discoveredAt="
                + discoveredAt + ", dataKinds=" + dataKinds + ", affected=" + affected + ", cause=" + Redaction.text(cause)
                + ", mayEndangerSafety=" + mayEndangerSafety + ", rectificationRef=" + Redaction.code(rectificationRef)
                + ", policyVersion=" + Redaction.code(policyVersion) + ", events=" + events + ", version=" + version + "]";
    }
}
