package io.consumerprotection.spi.complaint;

import io.consumerprotection.spi.internal.Redaction;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One event on a complaint's timeline, as a host persists it. The timeline is append-only: events are
 * never changed or removed, and their {@code sequence} numbers are 1, 2, 3… without gaps.
 *
 * @param sequence the position on the timeline, starting at 1
 * @param type     the event type, the name of a core {@code ComplaintEventType} such as {@code PAUSED}
 * @param at       when it happened
 * @param actor    who did it (staff id or system name)
 * @param reason   why, in words; may be empty, never {@code null}
 * @param details  typed details of the event (for example {@code pauseReason}, {@code approver}); values are
 *                 never raw personal data
 */
public record TimelineEventRecord(int sequence, String type, Instant at, String actor, String reason,
                                  Map<String, String> details) {

    public TimelineEventRecord {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        reason = reason == null ? "" : reason;
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    @Override
    public String toString() {
        return "TimelineEventRecord[sequence=" + sequence + ", type=" + Redaction.code(type) + ", at=" + at + ", actor="
                + Redaction.code(actor) + ", reason=" + Redaction.text(reason) + ", details=" + Redaction.codes(details) + "]";
    }
}
