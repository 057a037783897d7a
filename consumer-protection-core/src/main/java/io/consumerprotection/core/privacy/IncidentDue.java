package io.consumerprotection.core.privacy;

import io.consumerprotection.spi.internal.Redaction;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One duty of a personal-data incident at an instant: when it falls due, its status in the complaint deadline's
 * vocabulary ({@link DutyStatus}: ON_TRACK, AT_RISK, OVERDUE while open; MET, MET_LATE once met), when it
 * was met and why the due instant is what it is.
 *
 * @param duty        the duty
 * @param dueAt       the last instant it may be met
 * @param status      the status
 * @param metAt       when it was met, or {@code null}
 * @param explanation how the due instant was reached, citing the rule
 */
public record IncidentDue(IncidentDuty duty, Instant dueAt, DutyStatus status, Instant metAt, String explanation) {

    public IncidentDue {
        Objects.requireNonNull(duty, "duty");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** When it was met, if it was. */
    public Optional<Instant> findMetAt() {
        return Optional.ofNullable(metAt);
    }

    @Override
    public String toString() {
        return "IncidentDue[duty=" + duty + ", dueAt=" + dueAt + ", status=" + status + ", metAt=" + metAt + ", explanation="
                + Redaction.text(explanation) + "]";
    }
}
