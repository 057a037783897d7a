package io.consumerprotection.core.privacy;

import io.consumerprotection.spi.internal.Redaction;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What is known when a personal-data incident is first recorded.
 *
 * @param id                the host's id for it
 * @param unitId            the unit (branch) where it happened
 * @param discoveredAt      when it was discovered
 * @param dataKinds         the kinds of data concerned
 * @param affected          whose data and how many consumers
 * @param cause             the cause if already known; may be empty
 * @param mayEndangerSafety whether it may endanger the consumers' property or personal safety
 * @param actor             who records it (real-name staff id)
 */
public record IncidentReport(IncidentId id, String unitId, Instant discoveredAt, Set<FieldType> dataKinds,
                             AffectedConsumers affected, String cause, boolean mayEndangerSafety, String actor) {

    public IncidentReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(discoveredAt, "discoveredAt");
        Objects.requireNonNull(affected, "affected");
        Objects.requireNonNull(actor, "actor");
        dataKinds = dataKinds == null ? Set.of() : Set.copyOf(dataKinds);
        cause = cause == null ? "" : cause;
    }

    @Override
    public String toString() {
        return "IncidentReport[id=" + id + ", unitId=" + Redaction.code(unitId) + ", discoveredAt=" + discoveredAt
                + ", dataKinds=" + dataKinds + ", affected=" + affected + ", cause=" + Redaction.text(cause)
                + ", mayEndangerSafety=" + mayEndangerSafety + ", actor=" + Redaction.code(actor) + "]";
    }
}
