package io.consumerprotection.core.privacy;

import io.consumerprotection.spi.internal.Redaction;
import java.time.Instant;
import java.util.Objects;

/**
 * One recorded step of a personal-data incident.
 *
 * @param type      the step
 * @param at        when it happened
 * @param actor     who did it (real-name staff id)
 * @param reference a reference code (the regulator's receipt, the notification batch); empty when none
 * @param count     consumers reached by a notification; 0 for the other steps
 */
public record IncidentEvent(IncidentEventType type, Instant at, String actor, String reference, long count) {

    public IncidentEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        reference = reference == null ? "" : reference;
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
    }

    @Override
    public String toString() {
        return "IncidentEvent[" + type + " at " + at + " by " + Redaction.code(actor)
                + (reference.isEmpty() ? "" : ", reference " + Redaction.code(reference))
                + (count == 0 ? "" : ", " + count + " consumers") + "]";
    }
}
