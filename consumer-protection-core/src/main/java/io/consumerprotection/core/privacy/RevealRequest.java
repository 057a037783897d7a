package io.consumerprotection.core.privacy;

import io.consumerprotection.spi.internal.Redaction;
import java.util.Objects;

/**
 * A member of staff's request to see an unmasked value: who (real-name actor), which field of which subject,
 * and why.
 *
 * @param actor     the real-name staff id
 * @param type      the field type to reveal
 * @param subjectId the customer or complaint id the value belongs to
 * @param purpose   why it is needed; a blank purpose is refused
 */
public record RevealRequest(String actor, FieldType type, String subjectId, String purpose) {

    public RevealRequest {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subjectId, "subjectId");
        purpose = purpose == null ? "" : purpose.strip();
        if (actor.isBlank()) {
            throw new IllegalArgumentException("actor must not be blank: every reveal is real-name");
        }
    }

    @Override
    public String toString() {
        return "RevealRequest[actor=" + Redaction.code(actor) + ", type=" + type + ", subjectId="
                + Redaction.personal(subjectId) + ", purpose=" + Redaction.text(purpose) + "]";
    }
}
