package io.consumerprotection.core.privacy;

import io.consumerprotection.spi.internal.Redaction;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to a {@link SharingRequest}: allow (every field as requested), allow-masked (the minimised
 * payload, some fields dropped, masked or tokenised) or deny, with every reason and the id of its audit
 * record. {@link #toString()} lists field types, never values.
 *
 * @param outcome       the outcome
 * @param payload       what may be sent, by field type; empty when denied
 * @param reasons       every rule that applied, in the order applied
 * @param policyVersion the data version of the sharing policy used
 * @param auditRecordId the id of the audit record of this decision
 */
public record SharingDecision(Outcome outcome, Map<FieldType, String> payload, List<SharingReason> reasons,
                              String policyVersion, String auditRecordId) {

    /** What was decided. */
    public enum Outcome {
        /** Share every requested field as requested. */
        ALLOW,
        /** Share only the minimised, masked payload. */
        ALLOW_MASKED,
        /** Share nothing. */
        DENY
    }

    public SharingDecision {
        Objects.requireNonNull(outcome, "outcome");
        payload = Map.copyOf(payload);
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(policyVersion, "policyVersion");
        Objects.requireNonNull(auditRecordId, "auditRecordId");
    }

    @Override
    public String toString() {
        return "SharingDecision[" + outcome + ", fields=" + new java.util.TreeSet<>(payload.keySet()) + ", reasons="
                + reasons + ", policy=" + Redaction.code(policyVersion) + ", audit=" + Redaction.code(auditRecordId) + "]";
    }
}
