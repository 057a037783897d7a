package io.consumerprotection.core.complaint;

import io.consumerprotection.spi.internal.Redaction;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One event on a complaint's timeline: what happened, when, who did it and why. Events are never changed
 * or removed; their sequence numbers run 1, 2, 3… without gaps.
 *
 * @param sequence position on the timeline, from 1
 * @param type     what happened
 * @param at       when
 * @param actor    who (staff id or system)
 * @param reason   why, in words; empty when none was given
 * @param details  typed details; keys are the constants of {@link EventDetail}
 */
public record TimelineEvent(int sequence, ComplaintEventType type, Instant at, String actor, String reason,
                            Map<String, String> details) {

    public TimelineEvent {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be at least 1, got " + sequence);
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        reason = reason == null ? "" : reason;
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** The detail with this key, if present. */
    public Optional<String> findDetail(String key) {
        return Optional.ofNullable(details.get(key));
    }

    @Override
    public String toString() {
        return "TimelineEvent[" + sequence + " " + type + " at " + at + " by " + Redaction.code(actor) + ", reason="
                + Redaction.text(reason) + ", details=" + Redaction.codes(details) + "]";
    }
}
