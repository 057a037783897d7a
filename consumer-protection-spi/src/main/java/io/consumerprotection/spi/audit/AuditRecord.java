package io.consumerprotection.spi.audit;

import io.consumerprotection.spi.internal.Redaction;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of the audit trail: who did what to which complaint or data item, when, for what purpose and
 * with what outcome. Values are never unmasked personal data.
 *
 * @param id           a unique id
 * @param at           when it happened
 * @param actor        who did it (real-name staff id or system)
 * @param action       what was done, for example {@code COMPLAINT_DECIDED} or {@code PII_REVEALED}
 * @param subjectType  the kind of subject, for example {@code COMPLAINT} or {@code CUSTOMER_FIELD}
 * @param subjectId    the subject's id
 * @param purpose      why it was done; may be empty
 * @param outcome      {@code SUCCEEDED}, {@code DENIED}, {@code FAILED}…
 * @param details      further facts (rule and data versions, fields touched)
 * @param previousHash the hash of the record before this one in the trail (hex); empty for the first
 * @param hash         this record's hash (hex) over its content and {@code previousHash}; empty when the
 *                     writer does not chain records
 */
public record AuditRecord(String id, Instant at, String actor, String action, String subjectType, String subjectId,
                          String purpose, String outcome, Map<String, String> details, String previousHash,
                          String hash) {

    public AuditRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(outcome, "outcome");
        purpose = purpose == null ? "" : purpose;
        details = details == null ? Map.of() : Map.copyOf(details);
        previousHash = previousHash == null ? "" : previousHash;
        hash = hash == null ? "" : hash;
    }

    @Override
    public String toString() {
        return "AuditRecord[id=" + Redaction.code(id) + ", at=" + at + ", actor=" + Redaction.code(actor) + ", action="
                + Redaction.code(action) + ", subjectType=" + Redaction.code(subjectType) + ", subjectId="
                + Redaction.code(subjectId) + ", purpose=" + Redaction.code(purpose) + ", outcome=" + Redaction.code(outcome)
                + ", details=" + Redaction.codes(details) + ", previousHash=" + Redaction.code(previousHash) + ", hash="
                + Redaction.code(hash) + "]";
    }
}
