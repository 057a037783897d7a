package io.consumerprotection.core.rectification;

import io.consumerprotection.core.complaint.ComplaintId;
import io.consumerprotection.spi.internal.Redaction;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One accountability (问责) decision: who is held accountable for what, with which outcome, tied to a
 * rectification item and, where there is one, to a complaint. The person is a role or staff id, never a name.
 *
 * @param id        the record's id (same format as a rectification id)
 * @param item      the rectification item
 * @param who       the person held accountable, as a role or staff id
 * @param what      what they are held accountable for
 * @param outcome   the outcome
 * @param complaint the complaint concerned, if any
 * @param decidedAt when it was decided
 */
public record Accountability(RectificationId id, RectificationId item, String who, String what,
                             AccountabilityOutcome outcome, Optional<ComplaintId> complaint, Instant decidedAt) {

    public Accountability {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (who.isBlank()) {
            throw new IllegalArgumentException("who must not be blank");
        }
    }

    /** A decision without a complaint. */
    public static Accountability of(RectificationId id, RectificationId item, String who, String what,
                                    AccountabilityOutcome outcome, Instant decidedAt) {
        return new Accountability(id, item, who, what, outcome, Optional.empty(), decidedAt);
    }

    /** A copy tied to this complaint. */
    public Accountability withComplaint(ComplaintId complaintId) {
        return new Accountability(id, item, who, what, outcome, Optional.of(complaintId), decidedAt);
    }

    /** Whether this decision vetoes the person's rating in the appraisal (seed 003). */
    public boolean vetoesRating() {
        return outcome == AccountabilityOutcome.RATING_VETO;
    }

    @Override
    public String toString() {
        return "Accountability[id=" + Redaction.code(id.value()) + ", item=" + Redaction.code(item.value()) + ", who=" + Redaction.code(who) + ", outcome=" + outcome
                + ", complaint=" + complaint.map(c -> Redaction.code(c.value())).orElse("-") + ", decidedAt=" + decidedAt + "]";
    }
}
