package io.consumerprotection.spi.privacy;

import io.consumerprotection.spi.internal.Redaction;
import java.time.Instant;
import java.util.Objects;

/**
 * One step in the handling of a personal-data incident, as stored.
 *
 * @param type      {@code CONTAINED}, {@code CONSUMERS_NOTIFIED}, {@code REGULATOR_REPORTED} or {@code CLOSED}
 * @param at        when it happened
 * @param actor     who did it (real-name staff id or system)
 * @param reference a reference code (the regulator's receipt, the notification batch); may be empty; never
 *                  personal data
 * @param count     how many consumers the step reached (notifications); 0 when it does not apply
 */
public record IncidentEventRecord(String type, Instant at, String actor, String reference, long count) {

    public IncidentEventRecord {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        reference = reference == null ? "" : reference;
    }

    @Override
    public String toString() {
        return "IncidentEventRecord[type=" + Redaction.code(type) + ", at=" + at + ", actor=" + Redaction.code(actor)
                + ", reference=" + Redaction.code(reference) + ", count=" + count + "]";
    }
}
