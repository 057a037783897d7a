package io.consumerprotection.spi.rectification;

import io.consumerprotection.spi.internal.Redaction;
import java.time.Instant;
import java.util.Objects;

/**
 * One stored accountability (问责) decision tied to a rectification item and, where there is one, to a
 * complaint. The person is a role or staff id, never a name.
 *
 * @param id          the record's id
 * @param itemId      the rectification item it belongs to
 * @param who         the person held accountable, as a role or staff id
 * @param what        what they are held accountable for
 * @param outcome     the outcome, for example {@code CRITICISM}, {@code DEDUCTION}, {@code RATING_VETO}
 * @param complaintId the complaint concerned; empty when none
 * @param decidedAt   when it was decided
 */
public record AccountabilityRecord(String id, String itemId, String who, String what, String outcome,
                                   String complaintId, Instant decidedAt) {

    public AccountabilityRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(outcome, "outcome");
        complaintId = Objects.requireNonNullElse(complaintId, "");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    @Override
    public String toString() {
        return "AccountabilityRecord[id=" + Redaction.code(id) + ", itemId=" + Redaction.code(itemId) + ", who="
                + Redaction.code(who) + ", outcome=" + Redaction.code(outcome) + ", complaintId="
                + Redaction.code(complaintId) + ", decidedAt=" + decidedAt + "]";
    }
}
